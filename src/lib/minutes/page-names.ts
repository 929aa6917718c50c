import path from 'node:path';
import { createProblem, type ContentProblem } from '../problems.ts';
import type { MinutesFile } from '../types.ts';

/**
 * A meeting's page address is its file name (`meetings/<id>/`), so a name that a URL cannot carry, or
 * that is the address of another page, would lose the page or show another meeting in its place. Astro
 * only logs such losses; here they fail the build, naming the files involved.
 */

/** Characters that change what a URL path means, with why. */
const unsafeCharacters: Array<[RegExp, string]> = [
  [/%/u, '"%" would be read as URL encoding'],
  [/#/u, '"#" starts the part of a URL that names a place on the page'],
  [/\?/u, '"?" starts a query'],
  [/[\\/]/u, 'a slash separates folders in an address'],
  [/\p{Cc}/u, 'it holds a control character'],
];

const renameHint =
  'Rename the file, e.g. to `YYYY-MM-DD-<series>.mdx` (the importer and `npm run new` name files so).';

/** Why `id` cannot be one segment of a page address, or undefined when it can. */
function addressProblem(id: string): string | undefined {
  const reasons = unsafeCharacters.filter(([re]) => re.test(id)).map(([, why]) => why);
  if (id.startsWith('.')) reasons.push('a name starting with "." is hidden on most web servers');
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/** Ids that are one page on case-insensitive file systems and after Unicode normalisation by servers. */
function addressKey(id: string): string {
  return id.normalize('NFC').toLocaleLowerCase('und');
}

type Named = Pick<MinutesFile, 'id' | 'file' | 'frontmatter'>;

export function findPageNameProblems(files: readonly Named[]): ContentProblem[] {
  // What is wrong with each file's name, except being a year page, which needs the others first.
  const reasons = new Map<Named, string>();
  const years: Named[] = [];
  const byKey = new Map<string, Named>();
  for (const file of files) {
    const problem = addressProblem(file.id);
    const key = addressKey(file.id);
    const first = byKey.get(key);
    if (problem) {
      reasons.set(file, `cannot be a page address: ${problem}`);
    } else if (/^\d{4}$/u.test(file.id)) {
      years.push(file);
    } else if (key === 'index') {
      reasons.set(
        file,
        'is the address of the meetings list meetings/: one would replace the other',
      );
    } else if (!first) {
      byKey.set(key, file);
    } else if (first.id !== file.id) {
      // The very same id is reported by the loader's clash check.
      reasons.set(
        file,
        `gives the same page address as ${first.file} (names that differ only in case or in how accents are encoded are one page on most systems)`,
      );
    }
  }
  for (const file of years) {
    // Named by a meeting that is sure to be built on that year page.
    const sameYear = files.find(
      (other) =>
        other.frontmatter.date.startsWith(file.id) && !reasons.has(other) && !years.includes(other),
    );
    reasons.set(
      file,
      `is the address of the year page meetings/${file.id}/ (${
        sameYear
          ? `the meetings of ${file.id}, e.g. ${sameYear.file}`
          : `made once a meeting of ${file.id} is added`
      }): one would replace the other`,
    );
  }
  return files.flatMap((file) => {
    const reason = reasons.get(file);
    return reason === undefined
      ? []
      : [
          createProblem(file.file, `the file name "${path.basename(file.file)}" ${reason}`, {
            hint: renameHint,
          }),
        ];
  });
}
