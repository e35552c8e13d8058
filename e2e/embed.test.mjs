// The explorer embedded in a news page: a self-sizing iframe and a Shadow DOM script embed that
// host CSS cannot break, under a strict CSP, plus the single-file build from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { serveTree, launch, DIST, STRICT_CSP, watchErrors } from './harness.mjs';

const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
const SINGLE = new URL('../dist-single/factlens.html', import.meta.url).pathname;
let server, browser;

before(async () => {
  server = await serveTree({ '/': EXAMPLES, '/factlens/': DIST }, { 'content-security-policy': STRICT_CSP });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function newsPage(width = 1280, hash = '') {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/news-page.html${hash}`);
  const frame = page.frameLocator('#fl-frame');
  await frame.locator('article[data-kind]').first().waitFor();
  await page.locator('factlens-explorer article[data-kind]').first().waitFor();
  return { page, frame, errors, context };
}

/** Waits until the iframe's height has settled to its content's, and returns both. */
async function settledHeights(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const outer = await page.$eval('#fl-frame', (f) => f.getBoundingClientRect().height);
    const inner = await page.frames().find((f) => f.url().includes('embed'))?.evaluate(() => document.querySelector('.factlens').getBoundingClientRect().height);
    if (Math.abs(outer - inner) <= 2 && outer === last) return { outer, inner };
    last = outer;
    await page.waitForTimeout(100);
  }
  const outer = await page.$eval('#fl-frame', (f) => f.getBoundingClientRect().height);
  const inner = await page.frames().find((f) => f.url().includes('embed')).evaluate(() => document.querySelector('.factlens').getBoundingClientRect().height);
  return { outer, inner };
}

for (const width of [375, 1280]) {
  test(`the iframe sizes itself to its content at ${width} px, also after filtering, with no inner scrollbar`, async () => {
    const { page, frame, errors, context } = await newsPage(width);
    const first = await settledHeights(page);
    assert.ok(Math.abs(first.outer - first.inner) <= 2, JSON.stringify(first));
    await frame.locator('input[type=search]').fill('kalesnikava');
    await frame.locator('[role=status]').filter({ hasText: /shown/ }).waitFor();
    const filtered = await settledHeights(page);
    assert.ok(Math.abs(filtered.outer - filtered.inner) <= 2, JSON.stringify(filtered));
    assert.ok(filtered.outer < first.outer, `filtering shrinks the frame: ${first.outer} -> ${filtered.outer}`);
    const inner = page.frames().find((f) => f.url().includes('embed'));
    assert.equal(await inner.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 2), true, 'no inner scroll');
    await page.screenshot({ path: `e2e/screenshots/news-page-${width}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('height messages from another window, or with a bad height, are ignored', async () => {
  const { page, context } = await newsPage();
  const before = (await settledHeights(page)).outer;
  await page.evaluate(() => window.postMessage({ type: 'factlens:height', height: 300 }, '*'));
  const inner = page.frames().find((f) => f.url().includes('embed'));
  for (const height of [-5, 'NaN', null, Infinity, '9000']) {
    await inner.evaluate((h) => parent.postMessage({ type: 'factlens:height', height: h }, '*'), height);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('#fl-frame', (f) => f.getBoundingClientRect().height), before);
  await context.close();
});

test('a frame taller than its cap is held there and scrolls inside, so every card stays reachable', async () => {
  const { page, frame, context } = await newsPage(375);
  const full = (await settledHeights(page)).inner;
  // a cap below the content's height (the default cap is 20,000 px; the seed story renders ~5,000 px tall)
  await page.$eval('#fl-frame', (f) => { f.dataset.maxHeight = '700'; });
  await frame.locator('input[type=search]').fill('a');
  await frame.locator('input[type=search]').fill('');
  await page.waitForFunction(() => document.querySelector('#fl-frame').getBoundingClientRect().height === 700);
  const inner = page.frames().find((f) => f.url().includes('embed'));
  await inner.waitForFunction(() => getComputedStyle(document.documentElement).overflowY !== 'hidden');
  assert.ok(full > 700, `the story renders taller than the cap: ${full}`);
  // the last card can be scrolled to inside the frame
  const last = frame.locator('article[data-kind]').last();
  await last.scrollIntoViewIfNeeded();
  const seen = await inner.evaluate(() => {
    const cards = document.querySelectorAll('article[data-kind]');
    const box = cards[cards.length - 1].getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
  assert.ok(seen, 'the last card is in view after scrolling inside the frame');
  // a huge height is held at the cap too, not ignored
  await inner.evaluate(() => parent.postMessage({ type: 'factlens:height', height: 1e9 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.$eval('#fl-frame', (f) => f.getBoundingClientRect().height), 700);
  // without the cap the frame fits its content again, with no inner scrolling
  await page.$eval('#fl-frame', (f) => { delete f.dataset.maxHeight; });
  await frame.locator('input[type=search]').fill('a');
  await frame.locator('input[type=search]').fill('');
  const back = await settledHeights(page);
  assert.ok(Math.abs(back.outer - back.inner) <= 2 && back.outer > 700, JSON.stringify(back));
  await inner.waitForFunction(() => getComputedStyle(document.documentElement).overflowY === 'hidden');
  await context.close();
});

test('on a plain static host (no CORS or other headers) both embeds load, styled, with no console error', async () => {
  const plain = await serveTree({ '/': EXAMPLES, '/factlens/': DIST }, {}, { cors: false });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${plain.origin}/news-page.html`);
  const frame = page.frameLocator('#fl-frame');
  await frame.locator('input[type=search]').fill('kalesnikava');
  await frame.locator('article[data-kind=person] h2', { hasText: 'Maria Kalesnikava' }).waitFor();
  await page.locator('factlens-explorer article[data-kind]').first().waitFor();
  // styled: the explorer's stylesheet applied in both (cards have a border; unstyled ones have none)
  const border = (el) => getComputedStyle(el).borderTopWidth;
  assert.notEqual(await frame.locator('article[data-kind]').first().evaluate(border), '0px');
  assert.notEqual(await page.locator('factlens-explorer article[data-kind]').first().evaluate(border), '0px');
  assert.ok((await settledHeights(page)).outer > 300, 'the iframe sized itself');
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
  await plain.close();
});

test('the iframe snippet lets "read at the outlet" open the news site outside the sandbox', async () => {
  // README's snippet and the example page carry the same sandbox tokens
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const example = await readFile(new URL('news-page.html', `file://${EXAMPLES}`), 'utf8');
  for (const text of [readme, example]) {
    const sandbox = text.match(/<iframe[^>]*sandbox="([^"]*)"/)[1].split(' ');
    for (const token of ['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox']) assert.ok(sandbox.includes(token), `${token} in ${sandbox}`);
  }
  // a popup opened from a frame with these tokens is not sandboxed: it can run its own scripts
  const context = await browser.newContext();
  const page = await context.newPage();
  await context.route('**/host.html', (r) => r.fulfill({ contentType: 'text/html', body:
    `<!doctype html><title>host</title><iframe sandbox="${example.match(/<iframe[^>]*sandbox="([^"]*)"/)[1]}" src="${server.origin}/frame.html"></iframe>` }));
  await context.route('**/frame.html', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>f</title><a id="out" href="/outlet.html" target="_blank" rel="noopener noreferrer">Read at the outlet</a>' }));
  await context.route('**/outlet.html', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>outlet</title><script>document.title = "scripts run"</script>' }));
  await page.goto(`${server.origin}/host.html`);
  const [popup] = await Promise.all([context.waitForEvent('page'), page.frameLocator('iframe').locator('#out').click()]);
  await popup.waitForLoadState();
  assert.equal(await popup.title(), 'scripts run');
  await context.close();
});

test('a script embed with data-sync-url owns only #factlens=… in the host hash: anchors keep working', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route('**/anchors.html', (r) => r.fulfill({ contentType: 'text/html', body:
    '<!doctype html><html lang="en"><head><title>anchors</title><script type="module" src="factlens/factlens-element.js"></script></head><body>'
    + '<p><a id="jump" href="#notes">Notes</a></p><div style="height:3000px"></div>'
    + '<factlens-explorer data-sync-url data-theme="light"></factlens-explorer>'
    + '<div style="height:3000px"></div><h2 id="notes">Notes</h2></body></html>' }));
  // a deep link: the host's own anchor and the explorer's view, side by side
  await page.goto(`${server.origin}/anchors.html#intro&factlens=${encodeURIComponent('kind=person&open=maria-kalesnikava')}`);
  const widget = page.locator('factlens-explorer');
  await widget.locator('article[data-open] h2').waitFor();
  assert.equal(await widget.locator('article[data-open] h2').textContent(), 'Maria Kalesnikava');
  // the deep-linked card was found inside the shadow root and scrolled into view
  assert.ok(await widget.locator('article[data-open]').evaluate((el) => { const b = el.getBoundingClientRect(); return b.top < innerHeight && b.bottom > 0; }));
  // the reader searches: the explorer's part changes, the page's own part stays
  await widget.locator('input[type=search]').fill('bialiatski');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=bialiatski'));
  assert.ok((await page.evaluate(() => location.hash)).startsWith('#intro&'));
  // an in-page anchor link: the page scrolls to it, the explorer keeps its view
  await page.click('#jump');
  await page.waitForFunction(() => location.hash === '#notes');
  await page.waitForTimeout(200);
  assert.equal(await widget.locator('input[type=search]').inputValue(), 'bialiatski');
  assert.equal(await page.evaluate(() => location.hash), '#notes');
  // typing again adds the explorer's part without erasing the anchor
  await widget.locator('input[type=search]').fill('kalesnikava');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=kalesnikava'));
  assert.ok((await page.evaluate(() => location.hash)).startsWith('#notes&factlens='));
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

const PROBES = ['.factlens', '.factlens h1', 'input[type=search]', 'article[data-kind]', 'article[data-kind] h2', 'fieldset label'];
const PROPS = ['font-size', 'font-family', 'color', 'background-color', 'letter-spacing', 'text-transform', 'box-sizing', 'border-top-width', 'margin-top', 'line-height'];

function widgetStyles(page) {
  return page.evaluate(([probes, props]) => {
    const root = document.querySelector('factlens-explorer').shadowRoot;
    return probes.map((sel) => {
      const el = root.querySelector(sel);
      const cs = getComputedStyle(el);
      return [sel, props.map((p) => `${p}: ${cs.getPropertyValue(p)}`)];
    });
  }, [PROBES, PROPS]);
}

test('host CSS changes no computed style inside the script embed', async () => {
  const { page, context } = await newsPage();
  const hostile = await widgetStyles(page);
  // the same widget on a page with no CSS at all
  const plain = await context.newPage();
  await plain.route('**/plain.html', (r) => r.fulfill({ contentType: 'text/html', body:
    '<!doctype html><html lang="en"><head><title>plain</title><script type="module" src="factlens/factlens-element.js"></script></head>'
    + '<body><factlens-explorer data-theme="light" data-compact data-view="kind=figure"></factlens-explorer></body></html>' }));
  await plain.goto(`${server.origin}/plain.html`);
  await plain.locator('factlens-explorer article[data-kind]').first().waitFor();
  assert.deepEqual(hostile, await widgetStyles(plain));
  await context.close();
});

test('the script embed changes no computed style outside it', async () => {
  const outside = (page) => page.evaluate(() => ['body', '.story > p', '.story > h2', '.site', 'main'].map((sel) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return [sel, cs.fontSize, cs.fontFamily, cs.color, cs.backgroundColor, cs.boxSizing, cs.margin, cs.letterSpacing];
  }));
  const { page, context } = await newsPage();
  const withWidget = await outside(page);
  const bare = await context.newPage();
  await bare.route('**/factlens/**', (r) => r.fulfill({ status: 404, body: '' }));
  await bare.goto(`${server.origin}/news-page.html`);
  assert.deepEqual(withWidget, await outside(bare));
  await context.close();
});

test('the page and both embeds run under a strict CSP header with no console error', async () => {
  const { page, frame, errors, context } = await newsPage();
  await frame.locator('article[data-kind] button.toggle').first().click();
  await frame.locator('article[data-open]').waitFor();
  await settledHeights(page); // the frame grows: let the page settle before clicking below it
  const toggle = page.locator('factlens-explorer article[data-kind] button.toggle').first();
  await toggle.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await toggle.click();
  await page.locator('factlens-explorer article[data-open]').waitFor();
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test('a deep link through the host URL opens the right card, and the view follows into the host URL', async () => {
  const { page, frame, context } = await newsPage(1280, '#factlens=kind%3Dperson%26open%3Dmaria-kalesnikava');
  await frame.locator('article[data-open] h2').waitFor();
  assert.equal(await frame.locator('article[data-open] h2').textContent(), 'Maria Kalesnikava');
  await frame.locator('input[type=search]').fill('bialiatski');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=bialiatski'));
  await context.close();
});

test('the single-file build opens from file:// and shows cards, under its own CSP', { skip: !existsSync(SINGLE) && !process.env.CI && 'run scripts/single-file.mjs first' }, async () => {
  const html = await readFile(SINGLE, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  assert.ok(csp && /script-src 'sha384-[^']+'/.test(csp) && /style-src 'sha384-[^']+'/.test(csp), csp);
  assert.ok(!csp.includes('unsafe-inline') && csp.includes("default-src 'none'"), csp);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(pathToFileURL(SINGLE).href);
  await page.locator('article[data-kind]').first().waitFor();
  assert.ok(await page.locator('article[data-kind]').count() > 10);
  await page.fill('input[type=search]', 'kolesnikova');
  assert.equal(await page.locator('article[data-kind=person] h2').first().textContent(), 'Maria Kalesnikava');
  assert.deepEqual(errors, []);
  await context.close();
});

test('options: a forced theme and a transparent background, by URL query and by attribute', async () => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`${server.origin}/factlens/index.html?embed&theme=dark&transparent`);
  // the page's build-time HTML shows the default view until the app has read the options
  await page.locator('.factlens[data-transparent] article[data-kind]').first().waitFor();
  const [bg, card] = await page.evaluate(() => [getComputedStyle(document.querySelector('.factlens')).backgroundColor,
    getComputedStyle(document.querySelector('.card')).backgroundColor]);
  assert.equal(bg, 'rgba(0, 0, 0, 0)', 'transparent');
  assert.equal(card, 'rgb(27, 32, 39)', 'dark surface although the reader prefers light');
  await page.route('**/themed.html', (r) => r.fulfill({ contentType: 'text/html', body:
    '<!doctype html><html lang="en"><head><title>t</title><script type="module" src="factlens/factlens-element.js"></script></head>'
    + '<body><factlens-explorer data-theme="dark" data-pinned="ales-bialiatski-age-63" data-sync-url></factlens-explorer></body></html>' }));
  await page.goto(`${server.origin}/themed.html`);
  const first = page.locator('factlens-explorer article[data-kind]').first();
  await first.waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('factlens-explorer').shadowRoot.querySelector('.card')).backgroundColor), 'rgb(27, 32, 39)');
  assert.match(await first.locator('h2').textContent(), /^63/, 'the pinned card comes first');
  await page.locator('factlens-explorer input[type=search]').fill('bialiatski');
  // the script embed's view lives in its own part of the host's hash
  await page.waitForFunction(() => location.hash.startsWith('#factlens=') && decodeURIComponent(location.hash).includes('q=bialiatski'), null, { timeout: 5000 });
  await context.close();
});
