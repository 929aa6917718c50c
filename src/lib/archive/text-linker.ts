import type { PhrasingContent } from 'mdast';
import type { NameFinder, NameMatch } from '../people/name-finder.ts';
import { findReferences, referenceUrl } from '../references.ts';
import type { TextLinker } from '../minutes/render.ts';

interface Span {
  start: number;
  end: number;
  node: PhrasingContent;
}

export interface TextLinkerOptions {
  finder: NameFinder;
  /** URL of a person's page, or undefined when they have none (`page: false`). */
  personUrl: (id: string) => string | undefined;
  repository: string | undefined;
  /** Called with every name found, resolved or not, so the caller learns who the section names. */
  onName: (match: NameMatch) => void;
}

/**
 * A linker for one meeting: names of people become links to their pages, `PR #12` and `issue #5`
 * links to the repository. It reports every name it sees, so finding people and linking them is one pass.
 */
export function createTextLinker(options: TextLinkerOptions): TextLinker {
  return (value) => {
    const spans: Span[] = [];
    for (const match of options.finder.find(value)) {
      options.onName(match);
      const url = match.person ? options.personUrl(match.person) : undefined;
      if (!url) continue;
      spans.push({
        start: match.start,
        end: match.end,
        node: {
          type: 'link',
          url,
          data: { hProperties: { className: ['person-link'] } },
          children: [{ type: 'text', value: value.slice(match.start, match.end) }],
        },
      });
    }
    if (options.repository) {
      for (const ref of findReferences(value)) {
        if (spans.some((span) => ref.start < span.end && ref.end > span.start)) continue;
        const url = referenceUrl(options.repository, ref);
        if (url === undefined) continue;
        spans.push({
          start: ref.start,
          end: ref.end,
          node: {
            type: 'link',
            url,
            children: [{ type: 'text', value: value.slice(ref.start, ref.end) }],
          },
        });
      }
    }
    if (spans.length === 0) return undefined;
    spans.sort((a, b) => a.start - b.start);
    const nodes: PhrasingContent[] = [];
    let at = 0;
    for (const span of spans) {
      if (span.start > at) nodes.push({ type: 'text', value: value.slice(at, span.start) });
      nodes.push(span.node);
      at = span.end;
    }
    if (at < value.length) nodes.push({ type: 'text', value: value.slice(at) });
    return nodes;
  };
}
