// Shared set-up for the browser suite: a static server for dist/ on 127.0.0.1 and Debian's chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

// FACTLENS_DIST: another built folder (one per worker when several builds run side by side)
export const DIST = process.env.FACTLENS_DIST ? process.env.FACTLENS_DIST.replace(/\/?$/, '/') : new URL('../dist/', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** Serves dist/ under `prefix` (e.g. "/" or "/news/2025/explorer/"), with extra response `headers`. */
export function serve(prefix = '/', headers = {}) {
  return serveTree({ [prefix]: DIST }, headers);
}

/** Serves several folders, each under its URL prefix (longest prefix wins). `cors: false` serves as a
 * plain static host does, with no Access-Control-Allow-Origin header. */
export async function serveTree(mounts, headers = {}, { cors = true } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) { res.writeHead(404).end(); return; }
    let file = normalize(path.slice(prefix.length) || 'index.html');
    if (file.startsWith('..')) { res.writeHead(403).end(); return; }
    if (file.endsWith('/')) file += 'index.html';
    try {
      const body = await readFile(join(mounts[prefix], file));
      // a sandboxed iframe has an opaque origin: its module script and wasm fetches need CORS
      const allow = cors ? { 'access-control-allow-origin': '*' } : {};
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...allow, ...headers }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const first = Object.keys(mounts)[0];
  return { url: `http://127.0.0.1:${server.address().port}${first}`, origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS, headless: true });
}

/** Records the console errors and page errors of `page`; the list returned must stay empty. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** A page that records console errors and page errors; `errors` must stay empty. */
export async function open(browser, url, { width = 1280, height = 900, colorScheme = 'light', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP });
  const page = await context.newPage();
  const errors = watchErrors(page);
  // the build-time HTML shows cards before the app runs: wait for the app, not just for cards
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { window.__factlensStarted = true; }));
  await page.goto(url);
  await page.waitForFunction(() => window.__factlensStarted === true);
  await page.waitForSelector('article[data-kind]');
  return { page, errors, context };
}

/** Headings of the cards shown, in order. */
export function headings(page) {
  return page.$$eval('article[data-kind] h2', (hs) => hs.map((h) => h.textContent.trim()));
}
