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
