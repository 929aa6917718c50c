import { Document, isScalar } from 'yaml';
import { createProblem, type ContentProblem } from '../problems.ts';
import { parseYaml } from '../yaml-lines.ts';
import type { MinutesFrontmatter } from '../types.ts';
import type { ImportRecord } from './import-record.ts';

/** Keys a minutes file may declare; the order is the order the importer writes them in. */
const frontmatterKeys = [
  'title',
  'date',
  'series',
  'attendees',
  'source',
  'topics',
  'draft',
  'imported',
] as const;

export type DeclaredFrontmatter = Partial<Record<(typeof frontmatterKeys)[number], unknown>>;

/**
 * Reads frontmatter a source file already carries. `firstLine` is the file line of the first YAML line, so
 * problems point at the right place in the file.
 */
export function readDeclaredFrontmatter(
  yamlText: string,
  firstLine: number,
  file = '',
): { declared: DeclaredFrontmatter; problems: ContentProblem[] } {
  const yaml = parseYaml(yamlText, { file, firstLine, label: 'frontmatter is not valid YAML' });
  const problems = yaml.problems;
  if (problems.length > 0) return { declared: {}, problems };

  const value = yaml.data;
  if (value === null || value === undefined) return { declared: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      declared: {},
      problems: [
        createProblem(file, 'frontmatter must be a mapping of keys to values', { line: firstLine }),
      ],
    };
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter(
    (key) => !(frontmatterKeys as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    problems.push(
      createProblem(
        file,
        `unknown frontmatter key${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => `"${key}"`).join(', ')} (allowed: ${frontmatterKeys.join(', ')})`,
        { line: firstLine },
      ),
    );
  }
  const declared: DeclaredFrontmatter = {};
  for (const key of frontmatterKeys) {
    if (key in record) declared[key] = normalizeDeclared(record[key]);
  }
  return { declared, problems };
}

/** YAML reads an unquoted 2024-11-27 as a timestamp; minutes dates are calendar days. */
function normalizeDeclared(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * Writes frontmatter in a fixed key order with the date quoted, so reruns produce identical bytes and
 * YAML readers never turn the date into a timestamp.
 */
export function stringifyFrontmatter(
  frontmatter: Pick<MinutesFrontmatter, 'title' | 'date' | 'series' | 'attendees'> &
    Partial<Pick<MinutesFrontmatter, 'source' | 'topics' | 'draft'>> & {
      imported?: ImportRecord;
    },
): string {
  const ordered: Record<string, unknown> = {};
  for (const key of frontmatterKeys) {
    if (frontmatter[key] !== undefined) ordered[key] = frontmatter[key];
  }
  const document = new Document(ordered);
  const date = document.get('date', true);
  if (isScalar(date)) date.type = 'QUOTE_SINGLE';
  return `---\n${document.toString({ lineWidth: 0, indentSeq: true })}---\n`;
}
