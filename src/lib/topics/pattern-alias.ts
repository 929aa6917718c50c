import { RE2JS } from 're2js';

/**
 * Topic aliases written `/…/` run over every section of every meeting, so a pattern that backtracks
 * (`/(a+)+$/`) would hang the build. They run on RE2 (re2js), whose matching time is linear in the
 * text for every pattern; what RE2 cannot run in linear time (backreferences, lookahead) is refused.
 */
export type CompiledPattern = RE2JS;

/** `/.../` with optional trailing flags is a pattern alias; returns its source, or null for a plain spelling. */
export function patternSource(alias: string): string | null {
  const m = /^\/(.+)\/([a-z]*)$/su.exec(alias.trim());
  return m?.[1] ?? null;
}

/** Compiles a pattern alias's source, case-insensitively; throws when RE2 cannot run it. */
export function compilePattern(source: string): CompiledPattern {
  // JavaScript spellings (`(?<name>…)`, `\u{…}`) become RE2's; linear-time lookbehinds are allowed.
  return RE2JS.compile(RE2JS.translateRegExp(source), RE2JS.CASE_INSENSITIVE | RE2JS.LOOKBEHINDS);
}

/** Why a pattern alias cannot be used, or null when it can. */
export function patternProblem(source: string): string | null {
  try {
    // Compiling (never running) a native RegExp tells a typo from a construct RE2 cannot run.
    new RegExp(source, 'iu');
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
  let pattern: CompiledPattern;
  try {
    pattern = compilePattern(source);
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /u, '');
    return `cannot run in linear time: ${reason}`;
  }
  return pattern.test('') ? 'matches the empty string' : null;
}

/**
 * What any match of a pattern must contain, read from its source: alternatives (one per top-level
 * `|` branch), each a list of literal runs that all occur in a match, lower-cased. Null when some
 * branch requires no literal (`/\d+/`, `/(?:a|b)x?/`), so nothing can be ruled out before running it.
 *
 * Only what is certain is kept: a run ends at anything that is not one plain character (a class, `.`,
 * an escape like `\b` or `\d`, an anchor, a group), a character made optional by `?`, `*` or `{0,…}`
 * is dropped, a group is required only when it is not optional and has no `|` of its own, and
 * lookarounds require nothing. A shorter list than possible costs a regex run, never a missed match.
 */
export function requiredLiterals(source: string): string[][] | null {
  // `\Q…\E` quotes a stretch of text that this reading would take for syntax.
  if (source.includes('\\Q')) return null;
  const branches = splitTopLevel(source);
  const required = branches.map((branch) => literalRuns(branch));
  return required.every((runs) => runs !== null && runs.length > 0)
    ? (required as string[][])
    : null;
}

/** Splits a source at its top-level `|` (outside groups and classes). */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

// Escapes that stand for one literal character (punctuation); letters and digits after `\` are classes,
// anchors or codes (`\b`, `\d`, `\x41`) and end a run.
const LITERAL_ESCAPE_RE = /^[^\p{L}\p{N}\s]$/u;

/** Literal runs every match of one branch contains; null when the branch cannot be read. */
function literalRuns(branch: string): string[] | null {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run.length > 0) runs.push(run);
    run = '';
  };
  let i = 0;
  // Reads the quantifier at `at`: whether it allows zero repetitions, and where the atom's end is.
  const quantifier = (at: number): { optional: boolean; next: number } => {
    const ch = branch[at];
    let next = at;
    let optional = false;
    if (ch === '?' || ch === '*') {
      optional = true;
      next = at + 1;
    } else if (ch === '+') next = at + 1;
    else if (ch === '{') {
      const m = /^\{(\d*)(?:,\d*)?\}/u.exec(branch.slice(at));
      if (m) {
        optional = (m[1] ?? '') === '' || Number(m[1]) === 0;
        next = at + m[0].length;
      }
    }
    // A lazy or possessive marker after the quantifier changes nothing about what is required.
    if (next > at && (branch[next] === '?' || branch[next] === '+')) next++;
    return { optional, next };
  };
  while (i < branch.length) {
    const ch = branch[i]!;
    if (ch === '(') {
      end();
      const close = groupEnd(branch, i);
      if (close < 0) return null;
      const inner = branch.slice(i + 1, close);
      const q = quantifier(close + 1);
      const lookaround = /^\?<?[=!]/u.test(inner);
      const body = inner.replace(/^\?(?:P?<[^>=!]+>|[a-zA-Z-]*:)/u, '');
      const flagsOnly = /^\?[a-zA-Z-]*$/u.test(inner);
      if (!q.optional && !lookaround && !flagsOnly && splitTopLevel(body).length === 1) {
        const innerRuns = literalRuns(body);
        if (innerRuns === null) return null;
        runs.push(...innerRuns);
      }
      i = q.next;
      continue;
    }
    if (ch === '[' || ch === '.' || ch === '^' || ch === '$') {
      end();
      const next = ch === '[' ? classEnd(branch, i) + 1 : i + 1;
      if (next <= 0) return null;
      i = quantifier(next).next;
      continue;
    }
    let literal: string | undefined;
    let next = i + 1;
    if (ch === '\\') {
      const escaped = branch[i + 1] ?? '';
      if (LITERAL_ESCAPE_RE.test(escaped)) {
        literal = escaped;
        next = i + 2;
      } else {
        end();
        i = quantifier(escapeEnd(branch, i)).next;
        continue;
      }
    } else if ('*+?{'.includes(ch)) {
      // A quantifier with no atom before it: RE2 refuses such a pattern, so nothing is assumed.
      return null;
    } else literal = ch;
    const q = quantifier(next);
    // Only ASCII is compared: beyond it, case-insensitive matching and `toLowerCase` disagree (σ, ς).
    if (q.optional || !/^[\x20-\x7e]$/u.test(literal)) end();
    else {
      run += literal.toLowerCase();
      // After `+` or `{2,}` the character repeats: what follows is not adjacent to it.
      if (q.next > next) end();
    }
    i = q.next;
  }
  end();
  return runs;
}

/**
 * Index just past the escape at `at` that is not a plain character: `\x41`, `\u{1F600}`, `\p{L}`,
 * `\k<name>`, `\cJ`, `\012` take the characters after the letter with them, so those are never read
 * as literals; `\b`, `\d`, `\s` and the like are two characters.
 */
function escapeEnd(source: string, at: number): number {
  const letter = source[at + 1] ?? '';
  const rest = source.slice(at + 2);
  const braced = /^\{[^}]*\}/u.exec(rest)?.[0];
  let taken = 0;
  if (letter === 'x') taken = braced?.length ?? /^[0-9a-fA-F]{0,2}/u.exec(rest)?.[0].length ?? 0;
  else if (letter === 'u')
    taken = braced?.length ?? /^[0-9a-fA-F]{0,4}/u.exec(rest)?.[0].length ?? 0;
  else if (letter === 'p' || letter === 'P') taken = braced?.length ?? 1;
  else if (letter === 'k') taken = /^<[^>]*>/u.exec(rest)?.[0].length ?? 0;
  else if (letter === 'c') taken = 1;
  else if (/^\d$/u.test(letter)) taken = /^\d*/u.exec(rest)?.[0].length ?? 0;
  return at + 2 + taken;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the `]` closing the class opened at `open`, or -1 (a `]` right after `[` or `[^` is literal). */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/**
 * The text as the prefilter compares it: lower-cased, and the one letter whose case-insensitive
 * match RE2 allows but `toLowerCase` does not produce (long s, which folds with `s`) made plain,
 * so a literal missing from it is missing from every match RE2 could find.
 */
export function prefilterText(text: string): string {
  return text.toLowerCase().replace(/\u017f/gu, 's');
}

/** Whether `lowered` (from `prefilterText`) can hold a match, by the required literals of its pattern. */
export function mayMatch(required: readonly string[][] | null, lowered: string): boolean {
  return required === null || required.some((runs) => runs.every((run) => lowered.includes(run)));
}

/** Every non-empty match of `pattern` in `text`, as UTF-16 offsets like the rest of the matcher. */
export function* patternMatches(
  pattern: CompiledPattern,
  text: string,
): Generator<{ start: number; end: number }> {
  for (const m of pattern.matchAll(text)) {
    // re2js types `index` as optional; matchAll always sets it.
    const start = m.index ?? 0;
    if (m[0].length > 0) yield { start, end: start + m[0].length };
  }
}
