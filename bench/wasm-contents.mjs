// What the release wasm is made of, read from a build that keeps function names: raw bytes by crate
// (our components' yew lifecycle code counts as ours), the largest functions, and each group's
// share of the gzip size (gzip of everything minus gzip of everything but that group).
// Read directly from the module's sections: twiggy 0.7 panics on today's Rust wasm ("should not
// parse the same key into multiple items").
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const b = readFileSync(process.argv[2]);
let p = 8;
const u = () => {
  let r = 0, s = 0, x;
  do { x = b[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
  return r >>> 0;
};
const skipLimits = () => { const f = b[p++]; u(); if (f & 1) u(); };
let imports = 0;
const bodies = [], data = [], names = new Map();
while (p < b.length) {
  const id = b[p++], len = u(), end = p + len;
  if (id === 2) {
    for (let i = 0, n = u(); i < n; i++) {
      for (let field = 0; field < 2; field++) { const l = u(); p += l; } // module and field names
      const kind = b[p++];
      if (kind === 0) { u(); imports++; } else if (kind === 1) { p++; skipLimits(); } else if (kind === 2) skipLimits(); else p += 2;
    }
  } else if (id === 10) {
    for (let i = 0, n = u(); i < n; i++) { const l = u(); bodies.push(b.subarray(p, p + l)); p += l; }
  } else if (id === 11) {
    for (let i = 0, n = u(); i < n; i++) {
      const flag = u();
      if (flag === 0) while (b[p++] !== 0x0b);
      const l = u(); data.push(b.subarray(p, p + l)); p += l;
    }
  } else if (id === 0) {
    const nl = u(), name = b.subarray(p, p + nl).toString(); p += nl;
    while (name === 'name' && p < end) {
      const sub = b[p++], sl = u(), subEnd = p + sl;
      if (sub === 1) for (let i = 0, n = u(); i < n; i++) { const idx = u(), l = u(); names.set(idx, b.subarray(p, p + l).toString()); p += l; }
      p = subEnd;
    }
  }
  p = end;
}
if (names.size === 0) throw new Error(`${process.argv[2]} has no function names: build it with symbols kept`);

const items = bodies.map((body, i) => ({ body, name: (names.get(imports + i) ?? `function ${i}`).replace(/\[[0-9a-f]+\]/g, '') }));
data.forEach((body, i) => items.push({ body, name: `data segment ${i}` }));
const crateOf = (name) => {
  if (name.startsWith('data segment')) return 'data (facts blob, strings, tables)';
  if (/factlens::(components|app|markup)::/.test(name)) return 'factlens (views, incl. their yew code)';
  const m = name.match(/^<?(?:impl )?([a-z_][a-z0-9_]*)::/);
  return m ? m[1] : 'other';
};
const gz = (parts) => gzipSync(Buffer.concat(parts), { level: 9 }).length;
const all = gz(items.map((x) => x.body));
const groups = new Map();
for (const it of items) { const c = crateOf(it.name); if (!groups.has(c)) groups.set(c, []); groups.get(c).push(it); }
const total = items.reduce((s, x) => s + x.body.length, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';
console.log(`by crate: raw (of ${kb(total).trim()}), and share of the gzip size (of ${kb(all).trim()}):`);
const rows = [...groups].map(([c, its]) => [c, its.reduce((s, x) => s + x.body.length, 0), its]).sort((a, b) => b[1] - a[1]).slice(0, 14);
for (const [crate, raw, its] of rows) {
  const share = all - gz(items.filter((x) => !its.includes(x)).map((x) => x.body));
  console.log(`  ${kb(raw)} raw ${kb(share)} gzip  ${crate}`);
}
console.log('largest functions (raw):');
for (const it of items.filter((x) => !x.name.startsWith('data')).sort((a, c) => c.body.length - a.body.length).slice(0, 12)) {
  console.log(`  ${kb(it.body.length)}  ${it.name.length > 110 ? it.name.slice(0, 107) + '...' : it.name}`);
}
