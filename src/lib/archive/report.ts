import type { ContentReport } from './model.ts';

const listed = 20;

/** The short report a build prints: what was built, and what a maintainer should look at. */
export function formatContentReport(report: ContentReport): string {
  const lines = [
    `[minutebook] ${report.meetings} meetings (${report.drafts} drafts left out), ${report.sections} sections, ${report.people} people, ${report.topics} topics`,
  ];
  if (report.generatedPeople.length > 0) {
    lines.push(
      `[minutebook] ${report.generatedPeople.length} attendee names matched no one in people.yaml and got a person of their own: ${report.generatedPeople.join(', ')}`,
    );
  }
  if (report.unresolved.length > 0) {
    lines.push(`[minutebook] ${report.unresolved.length} names stayed unresolved:`);
    for (const name of report.unresolved.slice(0, listed)) {
      const candidates = name.candidates?.length ? ` (could be ${name.candidates.join(', ')})` : '';
      lines.push(`  ${name.meeting}: "${name.name}" ${name.reason}${candidates}`);
    }
    if (report.unresolved.length > listed)
      lines.push(`  … and ${report.unresolved.length - listed} more (see archive.json)`);
  }
  if (report.sectionsWithoutTopic.length > 0) {
    lines.push(
      `[minutebook] ${report.sectionsWithoutTopic.length} sections match no topic (npm run topics:suggest helps)`,
    );
  }
  return lines.join('\n');
}
