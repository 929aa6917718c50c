/**
 * The cross-linking check of a built SVSM corpus archive, the way a reader would meet it: one page for
 * every spelling of a person, topic timelines in order across the years, first-name action owners on
 * their person page, and unresolved names reported. SVSM-specific on purpose: it runs only in the
 * corpus stage of `.ci/run` (`npm run crosslink:check -- <dist>`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { archiveJsonSchema } from '../../src/lib/schema/archive-json.ts';
import { foldName, stripRoles } from '../../src/lib/text/normalize.ts';

export async function runCrosslinkCheck(
  dist: string,
  log: (line: string) => void = console.log,
): Promise<{ passed: number; failed: number }> {
  const archive = archiveJsonSchema.parse(
    JSON.parse(await readFile(path.join(dist, 'archive.json'), 'utf8')),
  );
  const base = archive.meetings[0]?.url.replace(/meetings\/.*$/, '') ?? '/';
  const pageText = async (url: string) => {
    const html = await readFile(path.join(dist, url.slice(base.length), 'index.html'), 'utf8');
    return fromHtml(html);
  };
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

  let passed = 0;
  let failed = 0;
  function check(name: string, ok: boolean, detail: string): void {
    if (ok) passed++;
    else failed++;
    log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
  }

  // Every spelling of one person lands on one page.
  const joerg = foldName('Jörg Rödel');
  const spellings = new Map<string, Set<string | null>>();
  for (const meeting of archive.meetings) {
    for (const attendee of meeting.attendees) {
      if (foldName(stripRoles(attendee.name)) !== joerg) continue;
      spellings.set(
        attendee.name,
        (spellings.get(attendee.name) ?? new Set()).add(attendee.person),
      );
    }
  }
  const joergIds = new Set([...spellings.values()].flatMap((ids) => [...ids]));
  const joergPerson = archive.people.find((person) => joergIds.has(person.id));
  check(
    'one person for every spelling of Jörg Rödel',
    joergIds.size === 1 && joergPerson?.url != null,
    `${[...spellings.keys()].join(' | ')} → ${[...joergIds].join(', ')}`,
  );

  // Topic timelines list their discussions and mentions across the years, oldest first, on the topic page.
  for (const id of ['igvm', 'virtio-blk']) {
    const topic = archive.topics.find((candidate) => candidate.id === id);
    const dates = topic?.sections.map((section) => section.meeting.slice(0, 10)) ?? [];
    const years = new Set(dates.map((date) => date.slice(0, 4)));
    // The page tells the discussions first, then the passing mentions, each oldest first.
    const onPage = (['primary', 'mention'] as const).flatMap(
      (kind) =>
        topic?.sections
          .filter((section) => section.kind === kind)
          .map((section) => section.meeting.slice(0, 10)) ?? [],
    );
    const page = topic ? await pageText(topic.url) : undefined;
    const listed = page
      ? selectAll('.timeline > li time', page).map((node) => String(node.properties['dateTime']))
      : [];
    check(
      `${id} timeline`,
      dates.length > 0 &&
        years.has('2024') &&
        years.has('2025') &&
        dates.join() === [...dates].sort().join() &&
        listed.join() === onPage.join(),
      `${dates.length} sections from ${dates[0]} to ${dates.at(-1)}, ${listed.length} on the page`,
    );
  }

  // Action items whose owner was written by first name only appear on that person's page.
  const firstNameActions = archive.meetings.flatMap((meeting) =>
    meeting.sections.flatMap((section) =>
      section.actions.flatMap((action) => {
        const person = archive.people.find((candidate) => candidate.id === action.owner);
        if (!person?.url) return [];
        const firstName = person.name.split(' ')[0] ?? '';
        const written = foldName(action.text);
        return written.includes(foldName(person.name)) || !written.includes(foldName(firstName))
          ? []
          : [{ action, person }];
      }),
    ),
  );
  let onPage = 0;
  for (const { action, person } of firstNameActions) {
    const page = await pageText(person.url!);
    if (
      selectAll('#actions ~ ul li, #actions ~ details li', page).some((node) =>
        normalise(toString(node)).includes(normalise(action.text)),
      )
    )
      onPage++;
  }
  check(
    'first-name action owners',
    firstNameActions.length > 0 && onPage === firstNameActions.length,
    `${onPage} of ${firstNameActions.length} actions owned by a first name are on the owner's page`,
  );

  // What could not be resolved is reported, never silently dropped.
  check(
    'unresolved names reported',
    archive.unresolved.every((name) =>
      archive.meetings.some((meeting) => meeting.id === name.meeting),
    ),
    `${archive.unresolved.length} unresolved: ${archive.unresolved.map((name) => `${name.name} (${name.reason})`).join(', ')}`,
  );

  return { passed, failed };
}
