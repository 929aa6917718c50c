/**
 * The archive-level step of topic tagging: after every meeting's own analysis, the terms that
 * characterise each topic's sections across the whole archive tag the sections that discuss it without
 * spelling it (`../topics/term-evidence.ts`). It reads the terms each analysis stored, so a build that
 * reuses stored analyses still sees the whole archive, and no analysis is redone for it.
 */
import type { PersonRecord, SiteSettings, TopicRecord, TopicTag } from '../types.ts';
import { patternSource } from '../topics/index.ts';
import { foldNameToken, tokenize } from '../text/normalize.ts';
import { isStructuralHeading } from '../text/headings.ts';
import { archiveNameWords } from '../topics/stop-words.ts';
import { normaliseWord, termsOf } from '../topics/section-terms.ts';
import {
  findTermEvidence,
  type EvidenceOptions,
  type EvidenceSection,
} from '../topics/term-evidence.ts';
import type { MeetingAnalysis } from './analyse.ts';
import type { SectionKey } from './topic-graph.ts';

export interface ArchiveEvidence {
  /** Tags the terms add to each section, after its own. */
  tags: Map<SectionKey, TopicTag[]>;
  /** For each added tag: the bullets of the section that carry its terms. */
  bullets: Map<SectionKey, Record<string, string[]>>;
}

export function archiveTopicEvidence(
  analyses: readonly MeetingAnalysis[],
  topics: readonly TopicRecord[],
  people: Iterable<PersonRecord>,
  site: Pick<SiteSettings, 'title' | 'repository'>,
  /** The statistic's thresholds, for measuring them; the defaults are the ones the site uses. */
  thresholds: Omit<EvidenceOptions, 'ignore'> = {},
): ArchiveEvidence {
  const sections: EvidenceSection[] = analyses.flatMap((analysis) =>
    analysis.sections.map((section) => {
      const spelled = new Set(section.spelled);
      return {
        key: `${analysis.id}#${section.anchor}`,
        meeting: analysis.id,
        terms: section.terms,
        headingTerms: section.headingTerms,
        // The frontmatter's topics tag every section of a meeting: only the text teaches the terms.
        named: section.topics.filter((tag) => spelled.has(tag.id)).map((tag) => tag.id),
        spelled: section.spelled,
        structural: isStructuralHeading(section.heading),
      };
    }),
  );
  const tags = findTermEvidence(sections, {
    ...thresholds,
    spellings: spellingTerms(topics),
    ignore: ignoredWords(
      people,
      analyses.map((analysis) => analysis.frontmatter.series),
      site,
    ),
  }) as Map<SectionKey, TopicTag[]>;
  const bullets = new Map<SectionKey, Record<string, string[]>>();
  for (const analysis of analyses)
    for (const section of analysis.sections) {
      const key: SectionKey = `${analysis.id}#${section.anchor}`;
      const added = tags.get(key);
      if (!added) continue;
      const bulletTerms = section.bullets.map((text) => new Set(termsOf(text)));
      bullets.set(
        key,
        Object.fromEntries(
          added.map((tag) => [
            tag.id,
            section.bullets.filter((_, at) =>
              (tag.terms ?? []).some((term) => bulletTerms[at]?.has(term)),
            ),
          ]),
        ),
      );
    }
  return { tags, bullets };
}

/**
 * People's names say who spoke, not what about (a topic's regular would otherwise carry it into every
 * section they speak in), and the archive's own name is in every meeting: neither is evidence.
 */
export function ignoredWords(
  people: Iterable<PersonRecord>,
  series: readonly string[],
  site: Pick<SiteSettings, 'title' | 'repository'>,
): (word: string) => boolean {
  const names = new Set<string>();
  for (const person of people)
    for (const spelling of [person.name, ...person.aliases])
      for (const token of tokenize(spelling)) {
        names.add(foldNameToken(token.text));
        names.add(foldNameToken(normaliseWord(token.text)));
      }
  const own = new Set([...archiveNameWords({ series: new Set(series), site })].map(normaliseWord));
  return (word) => own.has(word) || names.has(foldNameToken(word));
}

/** Each topic's registry spellings (its name and plain aliases) as terms. */
export function spellingTerms(topics: readonly TopicRecord[]): Map<string, string[]> {
  return new Map(
    topics.map((topic) => [
      topic.id,
      [topic.name, ...topic.aliases.filter((alias) => patternSource(alias) === null)].flatMap(
        termsOf,
      ),
    ]),
  );
}
