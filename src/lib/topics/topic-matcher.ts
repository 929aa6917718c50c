/**
 * Finds topics in text and tags discussion sections with them.
 *
 * API
 * - `createTopicMatcher(topics)` → `TopicMatcher`
 *   - `match(text)` → `TopicMatch[]` (`{ id, start, end }`, sorted by start).
 *     A topic's context patterns (`contexts: [{ term, near, window }]`) match the term (a plural too)
 *     when one of the `near` words stands within `window` words of it; the match spans the term.
 *     A topic's `name` and every plain alias are spellings. Matching ignores case, diacritics, hyphens and
 *     spacing ("VirtIO-Blk", "virtio blk", "virtioblk" are one spelling) but respects word boundaries: a match
 *     starts at the start of a word and ends at the end of a word, so "tsc" does not match "tscale" and "igvm"
 *     does not match "igvmbuilder" (add that spelling if it should). A plural "s"/"es" after the spelling is
 *     allowed ("allocators", "shadow stacks"). Overlapping spellings: the longest wins ("SEV-SNP" is one
 *     match, not "SEV" + "SNP").
 *     Aliases written `/regex/` run case-insensitively over the text as-is on RE2 (linear time, see
 *     ./pattern-alias.ts), and only over a text that holds the literals every match of the pattern
 *     contains (read from the pattern itself: `/virt-?io[ -]?blk/` needs "virt", "io" and "blk").
 *   - `tagSection({ heading, body, extra })` → `TopicTag[]`: `primary` for topics in the heading, `mention` for
 *     topics only in the body, and the meeting's frontmatter `extra` ids as `mention` unless the heading already
 *     made them primary: frontmatter says the meeting touched the topic, not that every section is about it.
 *     Order: primary tags first, then mentions, each in order of first appearance; `extra` last.
 *   - `tagSectionSpelled(section)` → `{ tags, spelled }`: the same tags, and every topic spelled in the
 *     section at all (a name-drop too), which the archive's term evidence (`term-evidence.ts`) leaves alone.
 * - `tagSection(matcher, section)`: the same as a free function.
 *
 * Cost: one pass over the words; from each word a character-trie walk bounded by the longest spelling.
 */
import type { TopicRecord, TopicTag } from '../types.ts';
import { foldTopicText, tokenize } from '../text/normalize.ts';
import {
  compilePattern,
  mayMatch,
  patternMatches,
  patternSource,
  prefilterText,
  requiredLiterals,
  type CompiledPattern,
} from './pattern-alias.ts';

export { patternSource };

export interface TopicMatch {
  id: string;
  start: number;
  end: number;
}

export interface SectionText {
  heading: string;
  body: string;
  /** Topic ids from the meeting's frontmatter. */
  extra?: readonly string[];
}

export interface SectionTopics {
  tags: TopicTag[];
  /** Every topic spelled in heading or body, tagged or not (a name in a list of examples too). */
  spelled: string[];
}

export interface TopicMatcher {
  match(text: string): TopicMatch[];
  tagSection(section: SectionText): TopicTag[];
  tagSectionSpelled(section: SectionText): SectionTopics;
}

interface CharNode {
  children: Map<string, CharNode>;
  ids: string[];
}

// Words joined into one spelling may be separated by spaces, hyphens, underscores or dashes, never by a
// blank line or punctuation.
const JOIN_GAP_RE = /^(?:[ \t]*[-_\u2010-\u2013]?[ \t]*|[ \t]*\n[ \t]*)$/u;

export function createTopicMatcher(topics: readonly TopicRecord[]): TopicMatcher {
  const root: CharNode = { children: new Map(), ids: [] };
  // Each pattern with the literals any match of it contains: a text without them is not searched.
  const patterns: Array<{ id: string; pattern: CompiledPattern; required: string[][] | null }> = [];
  const contexts = topics.flatMap((topic) =>
    (topic.contexts ?? []).map((context) => ({
      id: topic.id,
      term: foldTopicText(context.term),
      near: new Set(context.near.map(foldTopicText)),
      window: context.window,
    })),
  );
  const plural = (word: string) => word.replace(/(?:es|s)$/u, '');

  const addSpelling = (spelling: string, id: string): void => {
    const key = foldTopicText(spelling);
    if (key === '') return;
    let node = root;
    for (const ch of key) {
      let child = node.children.get(ch);
      if (!child) {
        child = { children: new Map(), ids: [] };
        node.children.set(ch, child);
      }
      node = child;
    }
    if (!node.ids.includes(id)) node.ids.push(id);
  };

  for (const topic of topics) {
    addSpelling(topic.name, topic.id);
    for (const alias of topic.aliases) {
      const source = patternSource(alias);
      if (source === null) {
        addSpelling(alias, topic.id);
        continue;
      }
      try {
        patterns.push({
          id: topic.id,
          pattern: compilePattern(source),
          required: requiredLiterals(source),
        });
      } catch {
        // The topics schema reports bad patterns with their line; here they are simply skipped.
      }
    }
  }

  const match = (text: string): TopicMatch[] => {
    const tokens = tokenize(text);
    const folded = tokens.map((t) => foldTopicText(t.text));
    const found: TopicMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      let node: CharNode | undefined = root;
      let best: { endToken: number; ids: string[] } | null = null;
      for (let j = i; j < tokens.length && node; j++) {
        if (j > i) {
          const prev = tokens[j - 1];
          const cur = tokens[j];
          if (!prev || !cur || !JOIN_GAP_RE.test(text.slice(prev.end, cur.start))) break;
        }
        const word = folded[j] ?? '';
        for (let c = 0; c < word.length && node; c++) {
          const rest = word.slice(c);
          // A plural ending after a complete spelling still ends on a word boundary.
          if ((rest === 's' || rest === 'es') && node.ids.length > 0)
            best = { endToken: j, ids: node.ids };
          node = node.children.get(word.charAt(c));
        }
        if (node && node.ids.length > 0) best = { endToken: j, ids: node.ids };
      }
      const first = tokens[i];
      const last = best ? tokens[best.endToken] : undefined;
      if (best && first && last) {
        for (const id of best.ids) found.push({ id, start: first.start, end: last.end });
        i = best.endToken + 1;
      } else {
        i += 1;
      }
    }
    const lowered = patterns.length > 0 ? prefilterText(text) : '';
    for (const { id, pattern, required } of patterns) {
      if (!mayMatch(required, lowered)) continue;
      for (const span of patternMatches(pattern, text)) found.push({ id, ...span });
    }
    // Context patterns: a generic term with one of its companion words near it.
    if (contexts.length > 0) {
      folded.forEach((word, at) => {
        for (const context of contexts) {
          if (word !== context.term && plural(word) !== context.term) continue;
          const from = Math.max(0, at - context.window);
          const to = Math.min(folded.length - 1, at + context.window);
          for (let k = from; k <= to; k++) {
            const other = folded[k] ?? '';
            if (k !== at && (context.near.has(other) || context.near.has(plural(other)))) {
              const token = tokens[at]!;
              found.push({ id: context.id, start: token.start, end: token.end });
              break;
            }
          }
        }
      });
    }
    return found.sort((a, b) => a.start - b.start || a.end - b.end);
  };

  const tag = (section: SectionText): SectionTopics => {
    const tags: TopicTag[] = [];
    const seen = new Set<string>();
    const inHeading = match(section.heading);
    for (const { id } of inHeading) {
      if (!seen.has(id)) tags.push({ id, kind: 'primary' });
      seen.add(id);
    }
    // A mention needs one match that says something about the topic, not only a name in a list of
    // examples ("crates like X, Y and Z").
    const said = new Set<string>();
    const inBody = match(section.body);
    for (const found of inBody) if (!inList(section.body, found)) said.add(found.id);
    for (const { id } of inBody) {
      if (!seen.has(id) && said.has(id)) tags.push({ id, kind: 'mention' });
      if (said.has(id)) seen.add(id);
    }
    for (const id of section.extra ?? []) {
      if (!seen.has(id)) tags.push({ id, kind: 'mention' });
      seen.add(id);
    }
    const spelled = [...new Set([...inHeading, ...inBody].map((found) => found.id))];
    return { tags, spelled };
  };

  return { match, tagSection: (section) => tag(section).tags, tagSectionSpelled: tag };
}

const EXAMPLES_RE =
  /\b(?:like|such\s+as|e\.\s?g\.?|including|for\s+example|among\s+them)\s*[:,]?\s*$/iu;

/**
 * The match is one item of an enumeration: after "like", "such as", "e.g.", "including" (possibly
 * behind earlier items), or between commas / "and" with other items on both sides ("A, B, and C").
 */
function inList(text: string, found: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', found.start) + 1;
  const before = text.slice(lineStart, found.start);
  const afterEnd = text.indexOf('\n', found.end);
  const after = text.slice(found.end, afterEnd < 0 ? undefined : afterEnd);
  // Walk back over earlier items of the same list ("like A, B, " before "C").
  const head = withoutListItems(before);
  if (EXAMPLES_RE.test(head)) return true;
  const itemBefore = /,\s*(?:and\s+|or\s+)?$/u.test(before) || /[(,]\s*$/u.test(before);
  const itemAfter = /^\s*(?:,|\band\b|\bor\b)/u.test(after);
  return itemBefore && itemAfter;
}

const ITEM_STOP_RE = /[,;.()]/u;
const SPACE_RE = /\s/u;
const LIST_TAIL_RE = /(?:and|or)\s+$/u;
/** Longest an earlier list item may be, in characters. */
const MAX_ITEM = 30;

/**
 * `text` without its longest end made of list items ("A, B, " — up to 30 characters each, no `;.()`,
 * each closed by a comma) and an optional "and " / "or ": what the regular expression
 * `(?:[^,;.()]{1,30},\s*)*(?:and\s+|or\s+)?$` removes, found by one walk from the end. That expression
 * itself is exponential on a long line of short items: a space after a comma can open the next item or
 * close this one, and the engine tries every way before giving up.
 */
function withoutListItems(text: string): string {
  const chars = Array.from(text);
  const n = chars.length;
  // reach[p]: how many positions p' ≥ p start a suffix made of items followed by the tail.
  const reach = new Array<number>(n + 2).fill(0);
  const tail = LIST_TAIL_RE.exec(text);
  const tailStart = tail ? Array.from(text.slice(0, tail.index)).length : n;
  let comma = -1; // the first comma at or after p, -1 if none
  let spaces = 0; // the white space right after that comma
  let stop = n; // the first `;.()` at or after p
  let first = n; // the leftmost such start seen so far
  for (let p = n; p >= 0; p--) {
    if (p < n) {
      if (chars[p] === ',') {
        comma = p;
        spaces = 0;
        while (comma + 1 + spaces < n && SPACE_RE.test(chars[comma + 1 + spaces]!)) spaces++;
      } else if (ITEM_STOP_RE.test(chars[p]!)) stop = p;
    }
    let ok = p === n || p === tailStart;
    if (!ok && comma > p && comma - p <= MAX_ITEM && stop > comma) {
      const from = comma + 1;
      ok = reach[from]! - reach[from + spaces + 1]! > 0;
    }
    if (ok) first = p;
    reach[p] = reach[p + 1]! + (ok ? 1 : 0);
  }
  return chars.slice(0, first).join('');
}

export function tagSection(matcher: TopicMatcher, section: SectionText): TopicTag[] {
  return matcher.tagSection(section);
}
