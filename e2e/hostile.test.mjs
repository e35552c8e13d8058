// A corpus of hostile text (e2e/fixtures/hostile-corpus: markup, script, javascript: links, bidi
// overrides, a huge word, markup in the metadata) built into its own explorer: every bit of it reaches
// the reader as text, no element, attribute or script comes from it, and the layout holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveTree, launch, watchErrors } from './harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = join(ROOT, 'e2e', 'fixtures', 'hostile-corpus');
const OUT = join(tmpdir(), 'factlens-hostile-dist');
let server, browser;

before(async () => {
  await rm(OUT, { recursive: true, force: true });
  // a debug build (the app's rendering code is the release build's); build.rs reads FACTLENS_CORPUS
  execFileSync('trunk', ['build', '--dist', OUT], { cwd: ROOT, env: { ...process.env, FACTLENS_CORPUS: CORPUS }, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await serveTree({ '/': OUT });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(OUT, { recursive: true, force: true });
});

/** Every element inside the explorer that article text could have made, if it were ever parsed as HTML. */
function injected(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('body *')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'img', 'iframe', 'style', 'b', 'object', 'embed'].includes(tag) && el.closest('.factlens')) found.push(tag);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (/^(href|src|action|formaction)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
    return found;
  });
}

for (const width of [375, 1280]) {
  test(`hostile article text stays text and the layout holds at ${width} px`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.locator('article[data-kind=person] h2', { hasText: 'Amara Okafor' }).waitFor();

    // the outlet name (markup in the metadata) is text in the outlet filter (on a phone, behind "Filters")
    if (await page.locator('button.filters-toggle').isVisible()) await page.click('button.filters-toggle');
    assert.match(await page.locator('.factlens').innerText(), /The <b>Harbour<\/b> Gazette/);
    // a quote from the article full of markup opens that article in the source view
    const card = page.locator('article[data-kind=person]', { hasText: 'Amara Okafor' });
    await card.locator('button.toggle').click();
    await card.locator('ol.quotes > li', { hasText: 'The <b>Harbour</b> Gazette' }).first().locator('button.link').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const article = await dialog.innerText();
    assert.match(article, /<a href="javascript:window.__pwned='link'">vote<\/a>/, 'the link markup shows as text');
    assert.match(article, /<iframe src=/, 'the iframe markup shows as text');
    // the outlet's link opens outside the frame, with no opener
    const out = dialog.locator('a', { hasText: 'Read at the outlet' });
    assert.equal(await out.getAttribute('href'), 'https://example.org/harbour-council');
    assert.equal(await out.getAttribute('target'), '_blank');
    assert.match(await out.getAttribute('rel'), /noopener/);
    assert.deepEqual(await injected(page), []);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from the articles ran');
    await page.keyboard.press('Escape');

    // the bidi override does not reorder anything after the name: it is gone from the card
    const names = await page.locator('article[data-kind=person] h2').allInnerTexts();
    assert.ok(names.every((n) => !n.includes('\u202e')), JSON.stringify(names));
    // a 800-letter word wraps: no sideways scrolling, no card wider than the page
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      cards: Math.max(...[...document.querySelectorAll('article[data-kind]')].map((a) => a.getBoundingClientRect().right)) - window.innerWidth,
    }));
    assert.ok(overflow.page <= 0 && overflow.cards <= 0, JSON.stringify(overflow));
    assert.deepEqual(errors, [], errors.join('\n'));
    await context.close();
  });
}
