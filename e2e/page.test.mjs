// The reader's page as a news site publishes it: the story's title and link-preview meta from
// corpus/articles.toml (and from a second corpus, built here, so nothing is hard-coded), the first
// card within a phone's first screen in the page and both embeds, the filters behind a keyboard-
// operable disclosure on narrow screens, and outlets named as the articles name them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveTree, launch, open, watchErrors, DIST } from './harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const STORY_CORPUS = join(ROOT, 'e2e', 'fixtures', 'story-corpus');
const OUT = join(tmpdir(), 'factlens-story-dist');
const EXAMPLES = join(ROOT, 'examples');
const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };
let server, other, browser;

/** The [story] table of an articles.toml, read as the editor wrote it (basic strings only). */
async function storyOf(dir) {
  const toml = await readFile(join(dir, 'articles.toml'), 'utf8');
  const table = toml.split(/^\[story\]\s*$/m)[1].split(/^\[/m)[0];
  const field = (name) => {
    const raw = table.match(new RegExp(`^${name}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'm'))?.[1];
    return raw === undefined ? undefined : JSON.parse(`"${raw}"`);
  };
  return { title: field('title'), intro: field('intro'), url: field('url'), image: field('image'), alt: field('image_alt'), site: field('site') };
}

/** The head's tags as a browser parses them from the static HTML (no script runs). */
async function headOf(browser, url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const head = await page.evaluate(() => {
    const meta = {};
    for (const m of document.querySelectorAll('meta[property], meta[name]')) meta[m.getAttribute('property') ?? m.getAttribute('name')] = m.content;
    return { title: document.title, meta, canonical: document.querySelector('link[rel=canonical]')?.href ?? null, h1: document.querySelector('h1')?.textContent ?? null };
  });
  await context.close();
  return head;
}

before(async () => {
  await rm(OUT, { recursive: true, force: true });
  // a debug build, as `trunk serve` makes: the head tags must be in its static HTML too
  execFileSync('trunk', ['build', '--dist', OUT], { cwd: ROOT, env: { ...process.env, FACTLENS_CORPUS: STORY_CORPUS }, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await serveTree({ '/': EXAMPLES, '/factlens/': DIST });
  other = await serveTree({ '/': OUT });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
  await rm(OUT, { recursive: true, force: true });
});

test('the seed page carries its story: heading, intro, <title>, description, og: and twitter: meta in the static HTML', async () => {
  const story = await storyOf(join(ROOT, 'corpus'));
  assert.ok(story.title && story.intro, 'the seed corpus has a [story]');
  const head = await headOf(browser, `${server.origin}/factlens/`);
  assert.equal(head.title, story.title);
  assert.equal(head.h1, story.title, 'the pre-rendered heading');
  for (const key of ['og:title', 'twitter:title']) assert.equal(head.meta[key], story.title, key);
  for (const key of ['description', 'og:description', 'twitter:description']) assert.equal(head.meta[key], story.intro, key);
  assert.equal(head.meta['twitter:card'], story.image ? 'summary_large_image' : 'summary');
  // the running app shows the same
  const { page, errors, context } = await open(browser, `${server.origin}/factlens/`);
  assert.equal(await page.textContent('.masthead h1'), story.title);
  assert.equal(await page.textContent('.masthead p'), story.intro);
  assert.equal(await page.title(), story.title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('another corpus with another [story] gets its own title and meta, escaped, in a debug build', async () => {
  const story = await storyOf(STORY_CORPUS);
  const head = await headOf(browser, other.url);
  assert.equal(head.title, story.title, 'quotes, <, > and & survive as text');
  for (const key of ['og:title', 'twitter:title']) assert.equal(head.meta[key], story.title, key);
  for (const key of ['description', 'og:description', 'twitter:description']) assert.equal(head.meta[key], story.intro, key);
  assert.equal(head.meta['og:url'], story.url);
  assert.equal(head.canonical, story.url);
  assert.equal(head.meta['og:image'], story.image);
  assert.equal(head.meta['twitter:image'], story.image);
  assert.equal(head.meta['og:image:alt'], story.alt);
  assert.equal(head.meta['og:site_name'], story.site);
  assert.equal(head.meta['twitter:card'], 'summary_large_image');
  const html = await readFile(join(OUT, 'index.html'), 'utf8');
  assert.ok(!/Belarus/i.test(html.split('</head>')[0]), 'nothing of the seed story in the head');
  const { page, errors, context } = await open(browser, other.url);
  assert.equal(await page.textContent('.masthead h1'), story.title);
  assert.equal(await page.textContent('.masthead p'), story.intro);
  assert.deepEqual(errors, []);
  await context.close();
});

test('outlets are named as the articles name them, the same in the facets, the quotes and the source view', async () => {
  for (const base of [`${server.origin}/factlens/`, other.url]) {
    const { page, errors, context } = await open(browser, base);
    const facets = await page.$$eval('label[for^=fl-outlet-]', (ls) => ls.map((l) => l.firstChild.textContent));
    assert.ok(facets.length >= 2, facets.join(' / '));
    for (const name of facets) assert.doesNotMatch(name, /No outlet named/);
    // open the first card, whose quotes name their outlets, and one quote's article
    await page.click('article[data-kind] button.toggle >> nth=0');
    await page.waitForSelector('article[data-open] .quotes .outlet');
    const quoted = await page.$$eval('article[data-open] .quotes .outlet', (xs) => xs.map((x) => x.textContent));
    for (const name of quoted) assert.ok(facets.includes(name), `"${name}" on a quote is a facet: ${facets.join(' / ')}`);
    await page.click('article[data-open] .quotes button >> nth=0');
    await page.waitForSelector('dialog[open]');
    const source = await page.textContent('dialog[open] .kind');
    assert.ok(facets.some((name) => source.startsWith(name)), `source view "${source}" names a facet outlet`);
    assert.deepEqual(errors, []);
    await context.close();
    if (base === other.url) {
      // the wire article's byline and dateline name the agency; the other, quoting it, names none
      assert.ok(facets.includes('Reuters'), facets.join(' / '));
      assert.ok(facets.some((f) => f.startsWith('“Portvale Dockers Vote')), facets.join(' / '));
    }
  }
});

/** The first card's top, in CSS px from the top of the explorer's own box (page, iframe or element). */
function firstCardTop(frame) {
  return frame.evaluate(() => {
    const host = document.querySelector('factlens-explorer');
    const root = host ? host.shadowRoot : document;
    const card = root.querySelector('article[data-kind]').getBoundingClientRect().top;
    const top = host ? host.getBoundingClientRect().top : -window.scrollY;
    return card - top;
  });
}

test('on a phone (390 x 844) the first card starts within 400 px: the page, the iframe embed and the script embed', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const tops = {};
  await page.goto(`${server.origin}/factlens/`);
  tops['page, before the app starts'] = await firstCardTop(page);
  await page.waitForFunction(() => document.querySelector('.filters-toggle'));
  await page.waitForSelector('article[data-kind]');
  tops.page = await firstCardTop(page);
  for (const options of ['embed', 'embed&compact']) {
    await page.goto(`${server.origin}/factlens/index.html?${options}`);
    await page.waitForSelector('.factlens[data-embedded] article[data-kind]');
    tops[`iframe page ?${options}`] = await firstCardTop(page);
  }
  // the README's iframe and script snippets in a host page: measured from each embed's own top
  for (const compact of [false, true]) {
    const flag = compact ? ' data-compact' : '';
    await page.route('**/phone.html', (r) => r.fulfill({ contentType: 'text/html', body:
      '<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>p</title>'
      + '<script type="module" src="factlens/factlens-element.js"></script><script src="factlens/embed.js" defer></script></head><body>'
      // as wide as the column, as a news page's CSS makes it (the iframe default is 300 px)
      + `<iframe data-factlens title="Explorer" style="width: 100%; border: 0" src="factlens/index.html?embed${compact ? '&compact' : ''}" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`
      + `<factlens-explorer${flag}></factlens-explorer></body></html>` }));
    await page.goto(`${server.origin}/phone.html`);
    const frame = page.frames().find((f) => f.url().includes('embed'));
    await frame.waitForSelector('.factlens[data-embedded] article[data-kind]');
    tops[`iframe${flag}`] = await firstCardTop(frame);
    await page.locator('factlens-explorer article[data-kind]').first().waitFor();
    tops[`script embed${flag}`] = await firstCardTop(page);
    await page.unroute('**/phone.html');
  }
  for (const [where, top] of Object.entries(tops)) assert.ok(top > 0 && top <= 400, `${where}: first card at ${top} px (${JSON.stringify(tops)})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the filters disclosure: a button with aria-expanded, operated by keyboard; wide screens keep the sidebar', async () => {
  const { page, errors, context } = await open(browser, `${server.origin}/factlens/`, PHONE);
  const toggle = page.locator('button.filters-toggle');
  assert.equal(await page.locator('#fl-kind-person').isVisible(), false, 'filters folded at first');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.getAttribute('aria-controls'), 'fl-filters');
  assert.equal((await toggle.textContent()).trim(), 'Filters');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
  await page.keyboard.press('Tab');
  assert.ok(await toggle.evaluate((b) => b === document.activeElement), 'the disclosure follows the search box');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('button.filters-toggle').getAttribute('aria-expanded') === 'true');
  assert.ok(await page.locator('#fl-kind-person').isVisible(), 'filters shown');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'fl-kind-person', 'focus moves into the filters');
  await page.keyboard.press('Space');
  await page.locator('button.filters-toggle', { hasText: 'Filters (1 active)' }).waitFor();
  await page.locator('#fl-outlet-0').check();
  await page.locator('button.filters-toggle', { hasText: 'Filters (2 active)' }).waitFor();
  await toggle.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('button.filters-toggle').getAttribute('aria-expanded') === 'false');
  assert.equal(await page.locator('#fl-kind-person').isVisible(), false, 'folded again');
  assert.equal(await page.locator('article[data-kind=figure]').count(), 0, 'the filters still apply while folded');
  // an accessible name without the arrow drawn after it
  const name = await page.evaluate(async () => {
    const b = document.querySelector('button.filters-toggle');
    return b.textContent.trim() + '|' + getComputedStyle(b, '::after').content;
  });
  assert.match(name, /^Filters \(2 active\)\|"▾" \/ ""$/);
  assert.deepEqual(errors, []);
  await context.close();
  const wide = await open(browser, `${server.origin}/factlens/`);
  assert.equal(await wide.page.locator('button.filters-toggle').isVisible(), false);
  assert.ok(await wide.page.locator('#fl-kind-person').isVisible(), 'the sidebar shows the filters');
  await wide.context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG 2.2 A/AA violations on a phone, filters folded and open (${scheme})`, async () => {
    const { page, context } = await open(browser, `${server.origin}/factlens/`, { ...PHONE, colorScheme: scheme, bypassCSP: true });
    await page.addScriptTag({ content: AXE });
    const audit = () => page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))
      .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
    assert.deepEqual(await audit(), []);
    await page.click('button.filters-toggle');
    await page.locator('#fl-kind-person').waitFor();
    assert.deepEqual(await audit(), []);
    await context.close();
  });
}
