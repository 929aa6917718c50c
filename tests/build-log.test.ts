import { describe, expect, it } from 'vitest';
import { formatLostPages, watchForLostPages, type LogEvent } from '../src/lib/build-log.ts';

describe('watching the build log for lost pages', () => {
  it('remembers every "Could not render" and every error, and still writes everything', () => {
    const written: LogEvent[] = [];
    const lost: string[] = [];
    const log = watchForLostPages({ write: (event) => written.push(event) }, lost);
    const events: LogEvent[] = [
      { level: 'info', label: 'build', message: 'Building static entrypoints...' },
      {
        level: 'warn',
        label: 'build',
        message:
          'Could not render `/meetings/2025` from route `/meetings/[year]` as it conflicts with higher priority route `/meetings/[id]`.',
      },
      { level: 'warn', label: 'content', message: 'minutes/a.md:3:1: link shown as text' },
      { level: 'error', label: null, message: 'Error: Invalid URL encoding\n' },
    ];
    for (const event of events) log.write(event);
    expect(written).toEqual(events);
    expect(lost).toEqual([
      'Could not render `/meetings/2025` from route `/meetings/[year]` as it conflicts with higher priority route `/meetings/[id]`.',
      'Error: Invalid URL encoding',
    ]);
    expect(formatLostPages(lost)).toBe(
      `The build lost 2 pages:\n  ${lost[0] ?? ''}\n  Error: Invalid URL encoding`,
    );
  });
});
