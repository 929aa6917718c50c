import { createProblem, type ContentProblem } from '../problems.ts';
import type { MinutesFile } from '../types.ts';
import { lineOfPath, parseYaml } from '../yaml-lines.ts';

/**
 * A topic id in a meeting's frontmatter that no topic has would be dropped from the meeting without a
 * word, so it is a problem at its line. Only files with such an id are read again for the line.
 */
export function findUnknownTopicIds(
  files: ReadonlyArray<Pick<MinutesFile, 'file' | 'text' | 'frontmatter'>>,
  known: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listed = [...known].sort().slice(0, 8).join(', ');
  for (const file of files) {
    const unknown = file.frontmatter.topics.flatMap((id, index) =>
      known.has(id) ? [] : [{ id, index }],
    );
    if (unknown.length === 0) continue;
    const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u.exec(file.text ?? '');
    const yaml = block
      ? parseYaml(block[1] ?? '', { file: file.file, label: 'frontmatter' })
      : undefined;
    for (const { id, index } of unknown) {
      const line = yaml ? lineOfPath(yaml.doc, yaml.lines, ['topics', index]) : undefined;
      problems.push(
        createProblem(file.file, `topics: unknown topic id "${id}"`, {
          // The YAML starts on the file's second line, below the opening `---`.
          line: line === undefined ? undefined : line + 1,
          hint:
            known.size === 0
              ? 'There are no topics; define it in topics.yaml or remove it.'
              : `Use the id of a topic in topics.yaml (${listed}${known.size > 8 ? ', …' : ''}) or remove it.`,
        }),
      );
    }
  }
  return problems;
}
