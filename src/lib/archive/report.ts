import { plural } from '../plural.ts';
import type { ContentReport } from './model.ts';

const listed = 20;

/** The short report a build prints: what was built, and what a maintainer should look at. */
export function formatContentReport(report: ContentReport): string {
  const lines = [
    `[minutebook] ${plural(report.meetings, 'meeting')} (${plural(report.drafts, 'draft')} left out), ${plural(report.sections, 'section')}, ${plural(report.people, 'person', 'people')}, ${plural(report.topics, 'topic')}`,
  ];
  if (report.generatedPeople.length > 0) {
    lines.push(
      `[minutebook] ${plural(report.generatedPeople.length, 'attendee name')} matched no one in people.yaml and got a person of their own: ${report.generatedPeople.join(', ')}`,
    );
  }
  if (report.unresolved.length > 0) {
    lines.push(`[minutebook] ${plural(report.unresolved.length, 'name')} stayed unresolved:`);
    for (const name of report.unresolved.slice(0, listed)) {
      const candidates = name.candidates?.length ? ` (could be ${name.candidates.join(', ')})` : '';
      const why = name.why ? ` (${name.why})` : '';
      lines.push(`  ${name.meeting}: "${name.name}" ${name.reason}${candidates}${why}`);
    }
    if (report.unresolved.length > listed)
      lines.push(`  … and ${report.unresolved.length - listed} more (see archive.json)`);
  }
  if (report.sectionsWithoutTopic.length > 0) {
    lines.push(
      `[minutebook] ${plural(report.sectionsWithoutTopic.length, 'section')} matched no topic (npm run topics:suggest helps)`,
    );
  }
  return lines.join('\n');
}
