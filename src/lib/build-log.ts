/**
 * Astro only logs some losses and still exits 0: a page whose address another route also makes
 * ("Could not render … as it conflicts with …") is left out, and a page that throws while rendering is
 * logged as an error. Watching the build's log turns each into a failure of the build.
 */

/** The shape of an Astro log event (`AstroLoggerMessage`), kept structural so this needs no Astro import. */
export interface LogEvent {
  level: string;
  label: string | null;
  message: string;
}

export interface LogDestination {
  write: (event: LogEvent) => void;
}

/** True for a log event that means a page is missing from the build. */
function isLostPage(event: LogEvent): boolean {
  return event.level === 'error' || /\bCould not render\b/u.test(event.message);
}

/** Wraps `destination` so it still writes everything and remembers, in `lost`, every lost page. */
export function watchForLostPages(destination: LogDestination, lost: string[]): LogDestination {
  return {
    ...destination,
    write(event) {
      if (isLostPage(event)) lost.push(event.message.replace(/\s+$/u, ''));
      destination.write(event);
    },
  };
}

export function formatLostPages(lost: readonly string[]): string {
  return `The build lost ${lost.length === 1 ? 'a page' : `${lost.length} pages`}:\n${lost
    .map((message) => `  ${message}`)
    .join('\n')}`;
}
