// The explorer as a reader uses it: search, filters, URL state, sources, keyboard, accessibility.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { serve, launch, open, headings, STRICT_CSP, DIST } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
let server, browser;

before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function search(page, text) {
  await page.fill('input[type=search]', text);
  await page.waitForFunction((t) => document.querySelector('input[type=search]').value === t, text);
}

test('cards of every kind render with no console errors', async () => {
  const { page, errors, context } = await open(browser, server.url);
  assert.ok(await page.locator('article[data-kind=person]').count() >= 8);
  assert.ok(await page.locator('article[data-kind=figure]').count() >= 3);
  // the first page holds the 30 most reported cards of every kind: the figures are all a filter away
  await page.check('#fl-kind-figure');
  assert.ok(await page.locator('article[data-kind=figure]').count() >= 8);
  assert.deepEqual(errors, []);
  await context.close();
});

test('search tolerates case, transliteration and typos, and matches numbers with or without commas', async () => {
  const { page, errors, context } = await open(browser, server.url);
  for (const [query, expected] of [['kolesnikova', 'Maria Kalesnikava'], ['TIKHANOVSKY', 'Siarhei Tsikhanouski'],
    ['bialatski', 'Ales Bialiatski'], ['babaryko', 'Viktar Babaryka']]) {
    await search(page, query);
    // the person comes first; relatives and their figures may follow ("Kalesnikava's sister")
    const hs = await page.$$eval('article[data-kind=person] h2', (x) => x.map((h) => h.textContent));
    assert.equal(hs[0], expected, `search "${query}": ${hs}`);
  }
  for (const query of ['1227', '1,227']) {
    await search(page, query);
    const hs = await headings(page);
    assert.equal(hs.length, 1, `search "${query}": ${hs}`);
    // the value is one of its quantity's values, listed on the card (issue 15: one card per quantity)
    assert.match(await page.textContent('article[data-kind]'), /1,227/);
  }
  await search(page, 'zzqqxx');
  assert.equal(await page.locator('article[data-kind]').count(), 0);
  assert.match(await page.textContent('[role=status]'), /No cards match/);
  await page.click('text=Clear search and filters >> nth=0');
  assert.ok(await page.locator('article[data-kind]').count() > 10);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a misspelt search offers a spelling the articles use', async () => {
  const { page, context } = await open(browser, server.url);
  await search(page, 'kalesnikxyz');
  await page.click('.empty button.link');
  assert.equal(await page.inputValue('input[type=search]'), 'kalesnikava');
  assert.equal((await headings(page))[0], 'Maria Kalesnikava');
  await context.close();
});

test('facets combine: OR within a facet, AND across, with counts', async () => {
  const { page, context } = await open(browser, server.url);
  const count = async (id) => Number((await page.textContent(`label[for=${id}] .count`)).replace(/\D/g, ''));
  const people = await count('fl-kind-person');
  const figures = await count('fl-kind-figure');
  // every kind's count adds up to the cards found (the page renders 30 of them at first)
  const kinds = await page.$$eval('.facets input[id^=fl-kind-]', (xs) => xs.map((x) => x.id));
  let total = 0;
  for (const id of kinds) total += await count(id);
  assert.match(await page.textContent('[role=status]'), new RegExp(`^${total} cards`));
  await page.check('#fl-kind-figure');
  assert.equal(await page.locator('article[data-kind=person]').count(), 0);
  assert.equal(await page.locator('article[data-kind=figure]').count(), figures);
  await page.check('#fl-kind-person');
  assert.match(await page.textContent('[role=status]'), new RegExp(`^${people + figures} cards`), 'OR within kind');
  await page.uncheck('#fl-kind-person');
  await page.check('#fl-contested');
  const contested = await page.locator('article[data-kind=figure]').count();
  assert.ok(contested >= 2 && contested < figures, `contested figures: ${contested}`);
  assert.equal(await page.locator('article[data-contested]').count(), contested);
  const firstOutlet = await count('fl-outlet-0');
  await page.uncheck('#fl-contested');
  await page.check('#fl-outlet-0');
  assert.equal(await page.locator('article[data-kind]').count(), await count('fl-kind-figure'), 'kind AND outlet');
  assert.ok(firstOutlet > 0);
  await context.close();
});

test('the view lives in the URL: back, forward and a shared link reproduce it', async () => {
  const { page, context } = await open(browser, server.url);
  await search(page, 'kolesnikova');
  await page.check('#fl-kind-person');
  await page.click('article[data-kind=person] button.toggle');
  await page.waitForSelector('article[data-open]');
  const hash = new URL(page.url()).hash;
  assert.match(hash, /q=kolesnikova/);
  assert.match(hash, /kind=person/);
  assert.match(hash, /open=maria-kalesnikava/);
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('article[data-open]'));
  assert.ok(await page.isChecked('#fl-kind-person'));
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('#fl-kind-person').checked);
  await page.goForward();
  await page.goForward();
  await page.waitForSelector('article[data-open]');
  const second = await open(browser, server.url + hash);
  assert.equal(await second.page.inputValue('input[type=search]'), 'kolesnikova');
  assert.equal((await headings(second.page))[0], 'Maria Kalesnikava');
  assert.equal(await second.page.locator('article[data-kind=figure]').count(), 0, 'kind filter restored');
  assert.equal(await second.page.getAttribute('article[data-open] button.toggle', 'aria-expanded'), 'true');
  await second.context.close();
  await context.close();
});

test('garbled or hostile URL state is ignored without errors', async () => {
  const bad = '#q=%E2%28%A1&open=%3Cscript%3E&src=x:99999999&kind=robot&sort=%00&outlet=' + 'x'.repeat(5000);
  const { page, errors, context } = await open(browser, server.url + bad);
  assert.ok(await page.locator('article[data-kind]').count() > 10);
  assert.equal(await page.locator('dialog[open]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a quote opens its article with the sentence marked; closing returns to the card', async () => {
  const { page, errors, context } = await open(browser, server.url + '#q=kolesnikova&open=maria-kalesnikava');
  const quote = (await page.textContent('article[data-open] blockquote >> nth=1')).trim();
  await page.click('article[data-open] .quotes button >> nth=1');
  await page.waitForSelector('dialog[open]');
  assert.equal((await page.textContent('dialog[open] mark')).trim(), quote);
  assert.ok((await page.textContent('dialog[open] h2')).length > 10, 'headline shown');
  assert.match(new URL(page.url()).hash, /src=/);
  const inView = await page.$eval('dialog[open] mark', (m) => {
    const r = m.getBoundingClientRect(); const d = m.closest('dialog').getBoundingClientRect();
    return r.top >= d.top - 1 && r.bottom <= d.bottom + 1;
  });
  assert.ok(inView, 'marked sentence scrolled into view');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  // the browser closes the dialog first; the URL follows on the next render
  await page.waitForFunction(() => !location.hash.includes('src='));
  assert.match(new URL(page.url()).hash, /open=maria-kalesnikava/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard alone: search, filter, open a card, open a source, close it', async () => {
  const { page, context } = await open(browser, server.url);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
  await page.keyboard.type('bialiatski');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked('#fl-kind-person'));
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus ring visible');
  await page.locator('article[data-kind=person] button.toggle').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('article[data-open]');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Open in article');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog[open]');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG 2.2 A/AA violations (${scheme})`, async () => {
    // the audit script is injected, which the page's own CSP would (rightly) block
    const { page, context } = await open(browser, server.url + '#open=maria-kalesnikava', { colorScheme: scheme, bypassCSP: true });
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
}

test('screenshots at 375 px and 1280 px for review; reflow without sideways scrolling down to 320 px', async () => {
  await mkdir('e2e/screenshots', { recursive: true });
  for (const width of [320, 375, 1280]) {
    const { page, errors, context } = await open(browser, server.url, { width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `no horizontal scroll at ${width}px`);
    if (width !== 320) await page.screenshot({ path: `e2e/screenshots/explorer-${width}.png`, fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('200% zoom (a 640 px window at twice the scale) keeps one column and no sideways scroll', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('article[data-kind]');
  await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
  assert.equal(overflow, false);
  await context.close();
});

test('print lists every card with its sources', async () => {
  const { page, context } = await open(browser, server.url);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('aside.controls').isVisible(), false);
  const cards = await page.locator('article[data-kind]').count();
  const sources = await page.$$eval('article[data-kind] .print-only', (els) => els.filter((e) => getComputedStyle(e).display !== 'none' && /Sources: \S/.test(e.textContent)).length);
  assert.equal(sources, cards, 'every printed card names its sources');
  await context.close();
});

test('the built dist works from any sub-path', async () => {
  const nested = await serve('/news/2025/belarus/explorer/');
  try {
    const { page, errors, context } = await open(browser, nested.url);
    assert.ok(await page.locator('article[data-kind]').count() > 10);
    assert.deepEqual(errors, []);
    await context.close();
  } finally { await nested.close(); }
});

test('runs under a strict Content-Security-Policy header: no inline script or style, no errors', async () => {
  const strict = await serve('/', { 'content-security-policy': STRICT_CSP });
  try {
    const { page, errors, context } = await open(browser, strict.url + '#q=kolesnikova&open=maria-kalesnikava');
    await page.click('article[data-open] .quotes button >> nth=0');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
    assert.equal(await page.locator('[style]').count(), 0, 'no inline style attributes');
    assert.deepEqual(errors, []);
    await context.close();
  } finally { await strict.close(); }
});

test('the release page carries its CSP in a meta tag, enforced with no header, and integrity hashes that match its files', async () => {
  const html = await readFile(`${DIST}index.html`, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  for (const directive of ["script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"]) assert.ok(csp.includes(directive), `${directive} in ${csp}`);
  assert.ok(!csp.includes('unsafe-inline'), csp);
  // every script and stylesheet with an integrity attribute matches the file served, and the loader has one
  let hashed = 0;
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const integrity = tag.match(/integrity="(sha\d+)-([^"]+)"/);
    const file = tag.match(/(?:src|href)="(?:\.\/)?([^"]+)"/)?.[1];
    if (/<script[^>]* src=/.test(tag)) assert.ok(integrity, `script without integrity: ${tag}`);
    if (!integrity) continue;
    const bytes = await readFile(`${DIST}${file}`);
    assert.equal(createHash(integrity[1]).update(bytes).digest('base64'), integrity[2], `${file} matches its hash`);
    hashed++;
  }
  assert.ok(hashed >= 2, `loader and stylesheet hashed (${hashed})`);
  // the meta tag alone enforces it (this server sends no CSP header): injected inline script does not run
  const { page, context } = await open(browser, server.url);
  const outcome = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', () => done(window.__injected ? 'ran' : 'blocked'));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    setTimeout(() => done(window.__injected ? 'ran' : 'no violation reported'), 1000);
  }));
  assert.equal(outcome, 'blocked');
  await context.close();
});

test('without JavaScript the release page still shows the first screen of the most reported cards', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  // the build-time HTML carries the first cards (each is page weight); the app draws a whole page
  // when it starts
  assert.equal(await page.locator('article[data-kind]').count(), 4);
  assert.ok(await page.locator('article[data-kind=person]').count() >= 1);
  assert.match(await page.textContent('article[data-kind] h2'), /\S/);
  await context.close();
});

test('the pre-rendered page comes alive: the cards it shows answer clicks and typing', async () => {
  const { page, errors, context } = await open(browser, server.url);
  const before = await page.locator('article[data-kind]').count();
  await page.click('article[data-kind] button.toggle >> nth=0');
  await page.waitForSelector('article[data-open]');
  await page.fill('input[type=search]', 'babaryko');
  assert.equal((await headings(page))[0], 'Viktar Babaryka');
  assert.ok(before > 10);
  assert.deepEqual(errors, []);
  await context.close();
});

test('what a reader types into the pre-rendered page before the app starts is kept, with focus', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // hold the wasm back until the reader has typed into the build-time HTML
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/factlens_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('article[data-kind]');
  const started = page.evaluate(() => new Promise((ok) => addEventListener('TrunkApplicationStarted', ok)));
  await page.focus('input[type=search]');
  await page.keyboard.type('babaryko');
  release();
  await started;
  await page.waitForFunction(() => document.querySelectorAll('article[data-kind]').length < 10);
  assert.equal(await page.inputValue('input[type=search]'), 'babaryko');
  assert.equal((await headings(page))[0], 'Viktar Babaryka');
  assert.ok(await page.evaluate(() => document.activeElement?.matches('input[type=search]')), 'the search box keeps focus');
  await page.keyboard.type(' 52');
  assert.equal(await page.inputValue('input[type=search]'), 'babaryko 52');
  assert.deepEqual(errors, []);
  await context.close();
});
