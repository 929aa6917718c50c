/**
 * compromise's pattern sweep (the post-tagger's `bulkMatch`) with its candidate lookup made
 * proportional to the sentence instead of to the pattern set; the matches it runs, their order and
 * therefore every tag are compromise's own.
 *
 * Why: for every chunk of every sentence compromise walks all of its hook keys (one per word or tag a
 * pattern needs, thousands of them), concatenates the patterns of each key the chunk has and then
 * filters that list three times. That lookup, not the matching, was a third of the tagging time of
 * the outcome rules (`sentences.ts`), the build's largest single cost. Here the chunk's own words and
 * tags (a few dozen) are looked up in the hook keys, the keys found are put back in compromise's key
 * order, and the three filters are one pass, so the candidates come out exactly as compromise lists
 * them.
 *
 * API
 * - `quickBulkMatch(document, net, methods, opts)`: a drop-in for `methods.one.bulkMatch` of
 *   compromise 14.17 (`src/1-one/sweep/methods/sweep/index.js`).
 * - `useQuickSweep(nlp)`: installs it when the installed compromise is the version it was checked
 *   against (`SWEPT_VERSION`), and says whether it did; any other version keeps compromise's own
 *   sweep, slower and never different.
 * - `compromiseBulkMatch(nlp)`: compromise's own sweep, whether or not the quick one replaced it.
 */

/** The compromise version whose `bulkMatch`, `getHooks`, `trimDown` and `runMatch` this repeats. */
export const SWEPT_VERSION = '14.17.0';

/** A parsed match pattern of compromise's net, as far as the sweep reads it. */
interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

interface SweepMethods {
  one: {
    cacheDoc: (document: unknown[][]) => Set<string>[];
    match: (docs: unknown[][], pattern: Pattern) => { ptrs: number[][] };
  };
}

interface Found extends Pattern {
  pointer: number[];
}

/** The hook keys in compromise's order, and each pattern's text as a small number, per net. */
interface NetIndex {
  keyOrder: Map<string, number>;
  keys: string[];
  /** For each key (by order), its patterns and their match ids (equal text, equal id). */
  patterns: Pattern[][];
  ids: number[][];
  /**
   * Per match id, the chunk that last took it (compromise keeps the first pattern of each text): a
   * stamp per chunk instead of a set per chunk.
   */
  takenBy: Int32Array;
  stamp: number;
}

const indexes = new WeakMap<object, NetIndex>();

function indexNet(net: Net): NetIndex {
  const known = indexes.get(net.hooks);
  if (known) return known;
  const keys = Object.keys(net.hooks);
  const matchIds = new Map<string, number>();
  const patterns = keys.map((key) => net.hooks[key]!);
  const ids = patterns.map((list) =>
    list.map((pattern) => {
      let id = matchIds.get(pattern.match);
      if (id === undefined) matchIds.set(pattern.match, (id = matchIds.size));
      return id;
    }),
  );
  const index: NetIndex = {
    keyOrder: new Map(keys.map((key, at) => [key, at])),
    keys,
    patterns,
    ids,
    takenBy: new Int32Array(matchIds.size).fill(-1),
    stamp: -1,
  };
  indexes.set(net.hooks, index);
  return index;
}

/** compromise's `trimDown` test of one pattern against what the chunk has. */
function applies(pattern: Pattern, haves: Set<string>): boolean {
  for (const need of pattern.needs) if (!haves.has(need)) return false;
  if (pattern.ifNo !== undefined && pattern.ifNo.some((no) => haves.has(no))) return false;
  if (pattern.wants.length === 0) return true;
  let found = 0;
  for (const want of pattern.wants) if (haves.has(want)) found++;
  return found >= pattern.minWant;
}

/** The patterns worth trying on each chunk, in the order compromise's getHooks and trimDown give. */
function candidates(document: unknown[][], haves: Set<string>[], net: Net): Pattern[][] {
  const index = indexNet(net);
  return haves.map((has, n) => {
    if (index.stamp === 0x7fffffff) {
      index.takenBy.fill(-1);
      index.stamp = -1;
    }
    const chunk = ++index.stamp;
    const hooked: number[] = [];
    for (const item of has) {
      const at = index.keyOrder.get(item);
      if (at !== undefined) hooked.push(at);
    }
    hooked.sort((a, b) => a - b);
    const words = document[n]!.length;
    const list: Pattern[] = [];
    for (const at of hooked) {
      const patterns = index.patterns[at]!;
      const ids = index.ids[at]!;
      for (let i = 0; i < patterns.length; i++) {
        const id = ids[i]!;
        if (index.takenBy[id] === chunk) continue;
        index.takenBy[id] = chunk;
        const pattern = patterns[i]!;
        if (applies(pattern, has) && words >= pattern.minWords) list.push(pattern);
      }
    }
    for (const pattern of net.always) if (words >= pattern.minWords) list.push(pattern);
    return list;
  });
}
export function quickBulkMatch(
  document: unknown[][],
  net: Net,
  methods: SweepMethods,
  opts: { matchOne?: boolean } = {},
): Found[] {
  const haves = methods.one.cacheDoc(document);
  const lists = candidates(document, haves, net);
  // compromise's runMatch, unchanged.
  const results: Found[] = [];
  for (let n = 0; n < lists.length; n++) {
    for (const pattern of lists[n]!) {
      const res = methods.one.match([document[n]!], pattern);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Found = Object.assign({}, pattern, { pointer: ptr });
        if (pattern.unTag !== undefined) todo.unTag = pattern.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

/** compromise's `nlp` as far as this reads it (its types leave the world's methods out). */
interface Compromise {
  version: string;
  world: () => object;
}

const sweepMethods = (nlp: Compromise) =>
  (nlp.world() as { methods: { one: { bulkMatch: unknown } } }).methods;

/** compromise's own sweep of each world the quick one replaced. */
const replaced = new WeakMap<object, unknown>();

export function useQuickSweep(nlp: Compromise): boolean {
  if (nlp.version !== SWEPT_VERSION) return false;
  const methods = sweepMethods(nlp);
  if (methods.one.bulkMatch !== quickBulkMatch) replaced.set(methods, methods.one.bulkMatch);
  methods.one.bulkMatch = quickBulkMatch;
  return true;
}

/** compromise's own sweep, installed or replaced: the slow path the quick one is compared with. */
export function compromiseBulkMatch(nlp: Compromise): unknown {
  const methods = sweepMethods(nlp);
  return replaced.get(methods) ?? methods.one.bulkMatch;
}
