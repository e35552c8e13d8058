// Sums twiggy's items by crate (our components' yew lifecycle code counts as ours) and lists the
// largest items. Sizes are of the optimised module before gzip.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((line) => {
  const [name, size] = line.match(/^"?(.*?)"?,(\d+),/).slice(1).map((s) => s.replaceAll('""', '"'));
  return { name: name.replace(/\[[0-9a-f]+\]/g, ''), size: Number(size) };
}).filter((r) => !/custom section|function names|debug/.test(r.name));

const crateOf = (name) => {
  if (name.startsWith('data segment')) return 'data (facts blob, strings, tables)';
  if (/factlens::(components|app)::/.test(name)) return 'factlens (components, incl. their yew code)';
  const m = name.match(/^<?(?:impl )?([a-z_][a-z0-9_]*)::/);
  return m ? m[1] : 'other';
};
const byCrate = new Map();
for (const r of rows) byCrate.set(crateOf(r.name), (byCrate.get(crateOf(r.name)) ?? 0) + r.size);
const total = rows.reduce((s, r) => s + r.size, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log(`by crate (of ${kb(total).trim()} raw):`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
  console.log(`  ${kb(size)}  ${(100 * size / total).toFixed(1).padStart(5)}%  ${crate}`);
}
console.log('largest items:');
for (const r of rows.sort((a, b) => b.size - a.size).slice(0, 12)) {
  console.log(`  ${kb(r.size)}  ${r.name.length > 110 ? r.name.slice(0, 107) + '...' : r.name}`);
}
