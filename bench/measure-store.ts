/**
 * What Astro's data store holds, field by field: `tsx bench/measure-store.ts <data-store.json>`.
 * The store is written with devalue, which keeps one copy of each repeated string; each field's
 * figure here is its JSON text summed over every entry, so it shows what a field costs before that
 * sharing (and how much sharing there is: compare the sum with the file's size).
 */
import { readFile } from 'node:fs/promises';
import * as devalue from 'devalue';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx bench/measure-store.ts <data-store.json>');
  process.exit(2);
}
const text = await readFile(file, 'utf8');
const collections = devalue.parse(text) as Map<string, Map<string, Record<string, unknown>>>;

const sizes = new Map<string, number>();
const add = (key: string, value: unknown): void => {
  sizes.set(key, (sizes.get(key) ?? 0) + Buffer.byteLength(JSON.stringify(value) ?? ''));
};
/** Adds each field of `value` under `prefix.field`, going `depth` levels into objects and arrays of objects. */
const measure = (prefix: string, value: unknown, depth: number): void => {
  add(prefix, value);
  if (depth === 0 || value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    for (const [key, field] of Object.entries(item as Record<string, unknown>))
      measure(`${prefix}${Array.isArray(value) ? '[]' : ''}.${key}`, field, depth - 1);
  }
};

let entries = 0;
for (const [, collection] of collections) {
  for (const [id, entry] of collection) {
    entries++;
    const kind = id.startsWith('meeting/') ? 'meeting' : id;
    measure(kind, entry, 5);
  }
}
console.log(`${file}: ${Buffer.byteLength(text)} bytes, ${entries} entries`);
const rows = [...sizes].sort(([a], [b]) => a.localeCompare(b));
for (const [key, bytes] of rows) console.log(`${String(bytes).padStart(10)}  ${key}`);
