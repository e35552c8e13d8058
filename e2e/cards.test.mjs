// The cards as a reader meets them: digits where the article wrote words, one card per disputed
// quantity with its values side by side on a number line, a meter of outlets, every kind filterable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serve, launch, open, headings } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand)\b/i;
let server, browser;

before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function search(page, text) {
  await page.fill('input[type=search]', text);
  await page.waitForFunction((t) => document.querySelector('input[type=search]').value === t, text);
}

test('figure cards show digits; the quote keeps the article\'s words; searching the word finds the card', async () => {
  const { page, errors, context } = await open(browser, server.url);
  const values = await page.$$eval('article[data-kind=figure] .value, article[data-kind=figure] .values strong', (els) => els.map((e) => e.textContent));
  assert.ok(values.length >= 8, `figure values: ${values}`);
  for (const v of values) assert.match(v, /\d/, `a value in digits: ${v}`);
  for (const v of values) assert.doesNotMatch(v, NUMBER_WORDS, `no number words: ${v}`);
  await search(page, 'nine');
  const hs = await headings(page);
  const lithuania = hs.find((h) => /Lithuania/.test(h));
  assert.ok(lithuania, `"nine" finds the card: ${hs}`);
  assert.match(lithuania, /^9 /);
  const card = page.locator('article[data-kind=figure]', { hasText: 'Lithuania' }).first();
  await card.locator('button.toggle').click();
  assert.match(await card.locator('blockquote >> nth=0').textContent(), /\bnine\b/, 'the quote keeps the article\'s words');
  // one unit, one word: "1 year", never "1 years", on any card
  await search(page, '');
  assert.doesNotMatch(await page.textContent('#fl-results'), /\b1 (years|days|months|outlets|quotes)\b/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('one disputed quantity is one card, its values side by side each with its outlets', async () => {
  const { page, errors, context } = await open(browser, server.url);
  const disputed = await page.$$eval('article[data-contested][data-kind=figure]', (cards) => cards.map((c) => ({
    title: c.querySelector('h2').textContent,
    values: [...c.querySelectorAll('.values li')].map((li) => [li.querySelector('strong').textContent, li.querySelector('span').textContent]),
    boxes: c.querySelectorAll('.dispute').length,
  })));
  assert.ok(disputed.length >= 2, `disputed quantities: ${JSON.stringify(disputed)}`);
  assert.equal(new Set(disputed.map((d) => d.title)).size, disputed.length, 'each quantity once');
  for (const d of disputed) {
    assert.equal(d.boxes, 1, d.title);
    assert.ok(d.values.length >= 2, `${d.title}: ${d.values}`);
    for (const [value, outlets] of d.values) assert.ok(/\d/.test(value) && outlets.trim().length > 0, `${value} — ${outlets}`);
  }
  // each value finds the one card: "1,227" and "at least 1,200" are the same quantity
  await search(page, 'remaining');
  assert.equal(await page.locator('article[data-kind=figure][data-contested]').count(), 1);
  const remaining = (await headings(page)).find((h) => /remaining/.test(h));
  for (const q of ['1227', '1,200']) {
    await search(page, q);
    assert.ok((await headings(page)).includes(remaining), `"${q}" finds ${remaining}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to one value\'s old id opens the quantity\'s card and the URL names the card', async () => {
  // the seed's figure ids from before the values of a quantity were one card
  for (const value of ['political-prisoners-remaining-1227', 'political-prisoners-remaining-at-least-1200', 'political-prisoners-released-more-than-100']) {
    const { page, errors, context } = await open(browser, server.url + `#open=${value}`);
    const opened = await page.$$eval('article[data-open]', (a) => a.map((x) => x.id));
    assert.equal(opened.length, 1, value);
    assert.equal(await page.locator('article[data-open] .numberline').count(), 1, `${value} opens a disputed quantity's card`);
    assert.ok(await page.locator('article[data-open] .quotes li').count() >= 2, 'with the quotes of every value');
    const id = opened[0].replace(/^card-/, '');
    assert.notEqual(id, value);
    await page.waitForFunction((id) => location.hash.includes(`open=${id}`), id);
    // and it closes as that card
    await page.click('article[data-open] button.toggle');
    await page.waitForFunction(() => !location.hash.includes('open='));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the number line has a text equivalent, survives print, dark mode and forced colours', async () => {
  for (const [name, setup] of [['light', {}], ['dark', { colorScheme: 'dark' }], ['forced colours', { forced: true }], ['print', { print: true }]]) {
    const { page, errors, context } = await open(browser, server.url, { colorScheme: setup.colorScheme ?? 'light' });
    if (setup.forced) await page.emulateMedia({ forcedColors: 'active' });
    if (setup.print) await page.emulateMedia({ media: 'print' });
    const line = page.locator('article[data-contested] .numberline').first();
    assert.equal(await line.locator('svg').getAttribute('aria-hidden'), 'true', name);
    const caption = (await line.locator('figcaption').textContent()).trim();
    assert.match(caption, /can be true|cannot be true/, `${name}: the caption says what the line shows`);
    assert.ok(await line.locator('figcaption').isVisible(), `${name}: caption visible`);
    const box = await line.locator('svg').boundingBox();
    assert.ok(box && box.width > 100 && box.height > 20, `${name}: drawn (${JSON.stringify(box)})`);
    // every mark stands out from what is behind it
    const colours = await line.evaluate((fig) => {
      const behind = (el) => { for (let e = el; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor; if (b && !/rgba\(0, 0, 0, 0\)|transparent/.test(b)) return b; } return 'rgb(255, 255, 255)'; };
      return { marks: [...fig.querySelectorAll('path.mark')].map((c) => getComputedStyle(c).fill), behind: behind(fig), text: getComputedStyle(fig).color };
    });
    assert.ok(colours.marks.length >= 1, name);
    for (const fill of colours.marks) assert.notEqual(fill, colours.behind, `${name}: a mark (${fill}) on ${colours.behind}`);
    if (setup.forced) for (const fill of colours.marks) assert.equal(fill, colours.text, 'forced colours: marks in the system text colour');
    assert.equal(await page.locator('[style]').count(), 0, 'no inline style attributes');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('figures carry an agreement meter with its words', async () => {
  const { page, context } = await open(browser, server.url + '#kind=figure');
  const meters = await page.$$eval('article[data-kind=figure] .reported', (ps) => ps.map((p) => [p.textContent, p.querySelector('meter')?.getAttribute('aria-hidden')]));
  assert.ok(meters.length >= 8);
  for (const [text, hidden] of meters) {
    const [, n, of] = text.match(/(\d+) of (\d+) outlets/) ?? [];
    assert.ok(n && Number(n) >= 1 && Number(n) <= Number(of), text);
    assert.equal(hidden, 'true');
  }
  await context.close();
});

test('every kind of card on the page has its filter, and the filter shows that kind alone', async () => {
  const { page, context } = await open(browser, server.url);
  const kinds = [...new Set(await page.$$eval('article[data-kind]', (a) => a.map((x) => x.dataset.kind)))];
  assert.ok(kinds.includes('person') && kinds.includes('figure'), `${kinds}`);
  for (const kind of kinds) {
    await page.check(`#fl-kind-${kind}`);
    const shown = new Set(await page.$$eval('article[data-kind]', (a) => a.map((x) => x.dataset.kind)));
    assert.deepEqual([...shown], [kind]);
    const count = Number((await page.textContent(`label[for=fl-kind-${kind}] .count`)).replace(/\D/g, ''));
    if (await page.locator('button.more').count() === 0) assert.equal(await page.locator('article[data-kind]').count(), count);
    assert.match(new URL(page.url()).hash || await page.evaluate(() => location.hash), new RegExp(`kind=${kind}`));
    await page.uncheck(`#fl-kind-${kind}`);
  }
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG 2.2 A/AA violations with a disputed quantity open (${scheme})`, async () => {
    const { page, context } = await open(browser, server.url, { colorScheme: scheme, bypassCSP: true });
    const id = await page.getAttribute('article[data-contested][data-kind=figure]', 'id');
    await page.click(`#${id} button.toggle`);
    await page.waitForSelector('article[data-open] .quotes');
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
}

test('an opened card shows its first 20 quotes, and all of them on request', async () => {
  const { page, errors, context } = await open(browser, server.url);
  const counts = await page.$$eval('article[data-kind] button.toggle', (bs) => bs.map((b) => [b.closest('article').id, Number(/\d+/.exec(b.textContent)?.[0] ?? 0)]));
  const [id, n] = counts.sort((a, b) => b[1] - a[1])[0];
  assert.ok(n > 20, `the seed has a card with more than 20 quotes (${id}: ${n})`);
  await page.click(`#${id} button.toggle`);
  assert.equal(await page.locator(`#${id} .quotes li`).count(), 20);
  await page.click(`#${id} >> text=Show all ${n} quotes`);
  await page.waitForFunction(([id, n]) => document.querySelectorAll(`#${id} .quotes li`).length === n, [id, n]);
  // the reader goes on where the new quotes start: focus on the 21st quote's source button
  await page.waitForFunction((id) => document.activeElement === document.querySelector(`#${id} .quotes li:nth-child(21) button`), id);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.act), 'source');
  assert.deepEqual(errors, []);
  await context.close();
});
