/**
 * Phase timings of a build (`timing <phase> <ms>`), for the bench, which parses them from the build's
 * output (bench/measure-build.ts). Printed only when `MINUTEBOOK_TIMING=1`, so a person building the
 * site sees the content report and Astro's own summary, not numbers nobody explained.
 */
function isTimingEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env['MINUTEBOOK_TIMING'] === '1';
}

/** Reports how long a phase took since `started` (a `performance.now()` reading), when asked to. */
export function reportTiming(
  print: (line: string) => void,
  phase: string,
  started: number,
  env: Record<string, string | undefined> = process.env,
): void {
  if (isTimingEnabled(env)) print(`timing ${phase} ${Math.round(performance.now() - started)}`);
}
