// The explorer embedded in a news page: a self-sizing iframe and a Shadow DOM script embed that
// host CSS cannot break, under a strict CSP, plus the single-file build from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { serveTree, launch, DIST, STRICT_CSP } from './harness.mjs';

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
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
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
  for (const height of [1e9, -5, 'NaN', null, Infinity]) {
    await inner.evaluate((h) => parent.postMessage({ type: 'factlens:height', height: h }, '*'), height);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('#fl-frame', (f) => f.getBoundingClientRect().height), before);
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

test('the single-file build opens from file:// and shows cards', { skip: !existsSync(SINGLE) && 'run scripts/single-file.mjs first' }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
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
  await page.waitForFunction(() => location.hash.includes('q=bialiatski'), null, { timeout: 5000 });
  await context.close();
});
