import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatHtmlProblems,
  loadHtmlValidateConfig,
  validatePages,
} from '../tools/quality/validate-html.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function validate(body: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-html-'));
  made.push(dir);
  const file = path.join(dir, 'index.html');
  await writeFile(
    file,
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>`,
  );
  const problems = await validatePages(
    [{ file, relativePath: 'index.html', url: '/' }],
    await loadHtmlValidateConfig(repoRoot),
  );
  return problems.filter((problem) => problem.severity === 2);
}

describe('the project html-validate settings', () => {
  it('report invalid markup with the page, line and rule', async () => {
    const errors = await validate('<p><div>block in a paragraph</div></p>');
    expect(formatHtmlProblems(errors)).toContain(
      '/:2:2 error no-implicit-close: Element <p> is implicitly closed by adjacent <div>',
    );
  });

  it('allow the header search combobox listbox but no other ARIA widget that has a native element', async () => {
    // The combobox popup is the ARIA autocomplete pattern; <select> cannot be a text field's popup.
    expect(await validate('<ul role="listbox" aria-label="Search results"></ul>')).toEqual([]);
    const errors = await validate('<div role="checkbox" aria-checked="false" tabindex="0">x</div>');
    expect(errors.map((error) => error.ruleId)).toEqual(['prefer-native-element']);
  });
});
