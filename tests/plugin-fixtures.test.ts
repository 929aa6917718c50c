/**
 * Fixture folders for the pipeline's small steps, the way unified plugins are tested: each case is a
 * folder under tests/fixtures/plugins/<step>/<case>/ with an input and the expected result. Run with
 * UPDATE_FIXTURES=1 to write the expected files after a deliberate change, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutesSource } from '../src/lib/minutes/parse.ts';
import { outlineMeeting } from '../src/lib/minutes/sections.ts';
import { findReferences } from '../src/lib/references.ts';

const root = path.join(import.meta.dirname, 'fixtures/plugins');

function cases(step: string): string[] {
  return readdirSync(path.join(root, step)).sort();
}

function compare(step: string, name: string, actual: unknown): void {
  const file = path.join(root, step, name, 'expected.json');
  if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(file, JSON.stringify(actual));
  if (!existsSync(file)) throw new Error(`${file} is missing; write it with UPDATE_FIXTURES=1`);
  // Compared as data, so the expected file may be formatted like every other JSON file.
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

describe('outlining sections', () => {
  it.each(cases('outline'))('%s', (name) => {
    const text = readFileSync(path.join(root, 'outline', name, 'input.md'), 'utf8');
    const parsed = parseMinutesSource(text, 'md');
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    const outline = outlineMeeting(parsed.tree);
    compare('outline', name, {
      preamble: outline.preamble.length,
      sections: outline.sections.map((section) => ({
        anchor: section.anchor,
        heading: section.heading,
        depth: section.depth,
        group: section.group ?? null,
        parent: section.parent ?? null,
        line: section.line,
        bullets: section.bullets.map((bullet) => [bullet.depth, bullet.line, bullet.text]),
      })),
    });
  });
});

describe('finding references', () => {
  it.each(cases('references'))('%s', (name) => {
    const text = readFileSync(path.join(root, 'references', name, 'input.txt'), 'utf8');
    compare(
      'references',
      name,
      findReferences(text).map((ref) => ({
        written: text.slice(ref.start, ref.end),
        kind: ref.kind,
        number: ref.number,
        ...(ref.repository ? { repository: ref.repository } : {}),
      })),
    );
  });
});
