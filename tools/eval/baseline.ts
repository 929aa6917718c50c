/**
 * The naive keyword tagger the issue compares against, so the table says what the linguistics buy.
 * - Outcomes: a bullet with "will", "agreed to", "plans to", "volunteer", "action" … is a commitment owned by
 *   the first person it names; one with "decided", "agreed", "consensus", "decision" is a decision; one
 *   with "suggest", "recommend", "propose" a suggestion.
 * - Topics: a topic's name or plain alias anywhere in the heading is primary, anywhere in the body a mention.
 * It reads the source files directly; only the people registry (for owner names) is shared with Minutebook.
 */
import { collectBullets } from '../corpus/corpus-check.ts';
import { createNameFinder, createPeopleIndex } from '../../src/lib/people/index.ts';
import type { PersonRecord, TopicKind, TopicRecord } from '../../src/lib/types.ts';
import type { CorpusFile } from './corpus-archive.ts';
import type { FilePredictions, PredictedOutcome } from './predictions.ts';

const COMMITMENT_RE =
  /\b(?:will|shall|agreed to|plans? to|going to|volunteer\w*|offered to|to do|action items?|todo)\b/iu;
const DECISION_RE = /\b(?:decided|decision|agreed|consensus|resolved)\b/iu;
const SUGGESTION_RE = /\b(?:suggest\w*|recommend\w*|propos\w*)\b/iu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function baselinePredictions(
  files: Iterable<CorpusFile>,
  people: readonly PersonRecord[],
  topics: readonly TopicRecord[],
): Map<string, FilePredictions> {
  const finder = createNameFinder({ index: createPeopleIndex(people), attendees: null });
  const spellings = topics.map((topic) => ({
    id: topic.id,
    re: new RegExp(
      `\\b(?:${[topic.name, ...topic.aliases.filter((a) => !/^\/.*\/$/u.test(a))].map(escape).join('|')})\\b`,
      'iu',
    ),
  }));
  const byFile = new Map<string, FilePredictions>();
  for (const file of files) {
    const outcomes: PredictedOutcome[] = [];
    for (const bullet of collectBullets(file.text)) {
      if (bullet.line === undefined) continue;
      const first = finder.find(bullet.text)[0];
      const owners = first ? [first.written] : [];
      const name = (id: string | null) => people.find((p) => p.id === id)?.name;
      const owner = first?.person ? (name(first.person) ?? first.written) : first?.written;
      if (COMMITMENT_RE.test(bullet.text))
        outcomes.push({
          line: bullet.line,
          label: 'commitment',
          owners: owner ? [owner] : owners,
        });
      if (DECISION_RE.test(bullet.text))
        outcomes.push({ line: bullet.line, label: 'decision', owners: [] });
      if (SUGGESTION_RE.test(bullet.text))
        outcomes.push({ line: bullet.line, label: 'suggestion', owners: owner ? [owner] : [] });
    }
    const sections = new Map<number, Map<string, TopicKind>>();
    const lines = file.text.split('\n');
    lines.forEach((line, at) => {
      if (!/^#{2,4}\s/u.test(line)) return;
      let end = at + 1;
      while (end < lines.length && !/^#{1,4}\s/u.test(lines[end]!)) end++;
      const body = lines.slice(at + 1, end).join('\n');
      const tags = new Map<string, TopicKind>();
      for (const { id, re } of spellings) {
        if (re.test(line)) tags.set(id, 'primary');
        else if (re.test(body)) tags.set(id, 'mention');
      }
      sections.set(at + 1, tags);
    });
    byFile.set(file.source, { outcomes, sections });
  }
  return byFile;
}
