// The README's first command, as a new user runs it: `./scripts/run.sh` in a fresh clone's state (no
// dist/ from an earlier build), the page shows cards, a new article dropped into corpus/ appears on
// the open page without a restart (trunk rebuilds, live reload), and trunk's output shows no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, watchErrors } from './harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// Outside the repository: trunk watches its project folder but ignores cargo's target folder, which the
// clone shares with the repository (CARGO_TARGET_DIR) to reuse the compiled dependencies.
const CLONE = join(tmpdir(), 'factlens-e2e-fresh-clone');
const FIRST_BUILD_MS = 15 * 60_000;
const REBUILD_MS = 5 * 60_000;

let browser;
let server;

async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** Copies what a clone holds (tracked files and new ones git does not ignore): no dist/, no target/. */
async function freshClone() {
  await rm(CLONE, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0').filter(Boolean);
  for (const file of files) {
    await mkdir(dirname(join(CLONE, file)), { recursive: true });
    // a file deleted in the work tree but still in the index is not part of the clone either
    await cp(join(ROOT, file), join(CLONE, file), { preserveTimestamps: true }).catch((e) => { if (e.code !== 'ENOENT') throw e; });
  }
  // npm packages were installed by setup; the clone's own setup.sh finds them there
  await symlink(join(ROOT, 'node_modules'), join(CLONE, 'node_modules'));
}

/** Starts run.sh; resolves with the server once trunk serves, and records everything it prints. */
function startRunSh(port) {
  const child = spawn('bash', ['scripts/run.sh', '--port', String(port)], {
    cwd: CLONE,
    detached: true,
    env: { ...process.env, CARGO_TARGET_DIR: join(ROOT, 'target'), CARGO_TERM_COLOR: 'never' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = { text: '' };
  child.stdout.on('data', (d) => { log.text += d; });
  child.stderr.on('data', (d) => { log.text += d; });
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } };
  return { child, log, stop, url: `http://127.0.0.1:${port}/` };
}

/** Lines of trunk's output that report a failed build. */
function buildErrors(text) {
  return text.split('\n').filter((l) => /ERROR|error from build pipeline|^error(\[E\d+\])?:/.test(l));
}

async function waitFor(what, ms, check) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

before(async () => {
  await freshClone();
  browser = await launch();
});

after(async () => {
  server?.stop();
  await browser?.close();
  await rm(CLONE, { recursive: true, force: true });
});

test('./scripts/run.sh serves the explorer from a fresh clone, and a new article shows up without a restart', { timeout: FIRST_BUILD_MS + REBUILD_MS + 60_000 }, async () => {
  server = startRunSh(await freePort());
  const started = Date.now();
  // the first build: trunk answers only once it has built the page
  await waitFor('the first page from trunk serve', FIRST_BUILD_MS, async () => {
    assert.deepEqual(buildErrors(server.log.text), [], `trunk reported a build error:\n${server.log.text.slice(-4000)}`);
    if (server.child.exitCode !== null) assert.fail(`run.sh exited with ${server.child.exitCode}:\n${server.log.text.slice(-4000)}`);
    const response = await fetch(server.url).catch(() => null);
    return response?.ok && (await response.text()).includes('factlens-root');
  });
  console.log(`# run.sh: first page after ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  // a debug build renders in the browser (no build-time HTML): cards mean the wasm ran
  await page.locator('article[data-kind=person]').first().waitFor({ timeout: 60_000 });
  assert.ok(await page.locator('article[data-kind]').count() > 10);
  assert.equal(await page.locator('article[data-kind=person] h2', { hasText: 'Mirela Vasquez-Tan' }).count(), 0);

  // an editor drops a new article into corpus/: trunk rebuilds and reloads the open page
  const rebuilt = Date.now();
  await writeFile(join(CLONE, 'corpus', 'zz_new_article.txt'),
    'Harbour reopens after storm\n'
    + 'Port director Mirela Vasquez-Tan, 48, said on Monday that 14 cargo ships had left the harbour since dawn.\n'
    + '"We are open again," Vasquez-Tan said.\n');
  await waitFor(() => `the new article's person on the open page; trunk printed:\n${server.log.text.slice(-3000)}`, REBUILD_MS, async () => {
    assert.deepEqual(buildErrors(server.log.text), [], `trunk reported a build error:\n${server.log.text.slice(-4000)}`);
    if (server.child.exitCode !== null) assert.fail(`run.sh exited with ${server.child.exitCode}:\n${server.log.text.slice(-4000)}`);
    return (await page.locator('article[data-kind=person] h2', { hasText: 'Mirela Vasquez-Tan' }).count().catch(() => 0)) === 1;
  });
  console.log(`# run.sh: new article on the open page after ${((Date.now() - rebuilt) / 1000).toFixed(0)} s (rebuild + live reload)`);
  assert.deepEqual(errors, []);
  await context.close();

  server.stop();
  await waitFor('run.sh to stop', 10_000, () => server.child.exitCode !== null || server.child.signalCode !== null);
  server = null;
});
