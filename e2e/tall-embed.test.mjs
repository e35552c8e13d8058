// An iframe embed of a corpus that renders taller than embed.js's 20,000 px cap: the frame is held at
// the cap and scrolls inside, so the last card stays reachable (a height over the cap was ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveTree, launch } from './harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const EXAMPLES = join(ROOT, 'examples');
const CORPUS = join(tmpdir(), 'factlens-tall-corpus');
const OUT = join(tmpdir(), 'factlens-tall-dist');
const CAP = 20000;
let server, browser;

before(async () => {
  await rm(CORPUS, { recursive: true, force: true });
  await rm(OUT, { recursive: true, force: true });
  // 150 synthetic articles (the engine bench's generator): hundreds of person cards
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'factlens-engine', '--example', 'bench', '--', '--write', CORPUS, '150'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('trunk', ['build', '--dist', OUT], { cwd: ROOT, env: { ...process.env, FACTLENS_CORPUS: CORPUS }, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await serveTree({ '/': EXAMPLES, '/factlens/': OUT });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(CORPUS, { recursive: true, force: true });
  await rm(OUT, { recursive: true, force: true });
});

test(`a frame whose content is taller than ${CAP} px is held at ${CAP} px and scrolls inside to its last card`, async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/news-page.html`);
  const frame = page.frameLocator('#fl-frame');
  await frame.locator('article[data-kind=person]').first().waitFor();
  const inner = () => page.frames().find((f) => f.url().includes('embed'));
  const contentHeight = () => inner().evaluate(() => document.querySelector('.factlens').getBoundingClientRect().height);
  // show more cards until the content is taller than the cap
  for (let i = 0; i < 10 && (await contentHeight()) <= CAP + 1000; i++) {
    await frame.locator('button.more').click();
    await page.waitForTimeout(300);
  }
  const content = await contentHeight();
  assert.ok(content > CAP, `the content renders taller than the cap: ${content} px`);
  await page.waitForFunction((cap) => document.querySelector('#fl-frame').getBoundingClientRect().height === cap, CAP);
  await inner().waitForFunction(() => getComputedStyle(document.documentElement).overflowY !== 'hidden');
  // the last card is reachable by scrolling inside the frame
  const last = frame.locator('article[data-kind]').last();
  await last.scrollIntoViewIfNeeded();
  const seen = await inner().evaluate(() => {
    const cards = document.querySelectorAll('article[data-kind]');
    const box = cards[cards.length - 1].getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
  assert.ok(seen, 'the last card is in view after scrolling inside the frame');
  assert.deepEqual(errors, []);
  await context.close();
});
