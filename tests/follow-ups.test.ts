import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import type { MinutesFile } from '../src/lib/types.ts';

const minutes = (date: string, body: string): MinutesFile => {
  const text = `---\ntitle: 'Team call ${date}'\ndate: '${date}'\nseries: Team call\nattendees: [Ada Kovács, Ben Osei]\n---\n\n${body}\n`;
  const read = readMinutesFile(`minutes/${date}-team-call.mdx`, text);
  if (!read.minutes) throw new Error(JSON.stringify(read.problems));
  return read.minutes;
};

describe('what happened next', () => {
  const archive = buildArchive({
    minutes: [
      minutes(
        '2025-01-08',
        '## Topics\n\n### Loader\n\n- Ada will rework the loader error messages.',
      ),
      minutes(
        '2025-01-15',
        '## Topics\n\n### Release\n\n- Ben tagged the release.\n\n### Loader\n\n- Ada posted the reworked loader error messages.',
      ),
      minutes(
        '2025-01-22',
        '## Topics\n\n### Firmware\n\n- Ada asked about the firmware timeline.',
      ),
      minutes('2025-01-29', '## Topics\n\n### Loader\n\n- Ada merged the loader series.'),
    ],
    people: [],
    topics: [{ id: 'loader', name: 'Loader', description: '', aliases: [], related: [] }],
    site: { title: 't', description: '' },
    base: '/',
  });

  it('links a commitment to later sections naming its owner on its topic or its terms', () => {
    const action = archive.actions.find((a) => a.meeting === '2025-01-08-team-call');
    expect(action?.next?.map((link) => `${link.meeting}#${link.anchor}`)).toEqual([
      '2025-01-15-team-call#loader',
      '2025-01-29-team-call#loader',
    ]);
    // The same links on the meeting's own section, for its Outcomes box.
    const section = archive.meetingsById.get('2025-01-08-team-call')?.sections[0];
    expect(section?.actions[0]?.next).toEqual(action?.next);
  });
});
