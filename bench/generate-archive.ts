import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { createRandom } from './random.ts';
import { createPeople } from './synthetic-people.ts';
import { createTopics } from './synthetic-topics.ts';
import type { GeneratedMeeting, MeetingPlan, SeriesPlan } from './synthetic-minutes.ts';
import { generateMeeting } from './synthetic-minutes.ts';

export interface ArchiveOptions {
  seed: number | string;
  meetings: number;
  /** Size of the people pool; ~150 like a busy open-source project over years. */
  people?: number;
  topics?: number;
}

export interface SyntheticArchive {
  /** Path relative to the content folder → file text. */
  files: Map<string, string>;
  meetings: GeneratedMeeting[];
}

/** The last meeting day; archives grow backwards from it so every date is in the past. */
const lastDay = Date.UTC(2025, 11, 17);
const dayMs = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Two series like a real project: a development call twice a week (Monday, Wednesday) and a steering
 * meeting every second Thursday, newest first until `count` meetings are planned.
 */
function planMeetings(count: number, development: SeriesPlan, steering: SeriesPlan): MeetingPlan[] {
  const plans: MeetingPlan[] = [];
  // 2025-12-17 is a Wednesday.
  for (let day = 0; plans.length < count; day += 1) {
    const ms = lastDay - day * dayMs;
    const weekday = new Date(ms).getUTCDay();
    if (weekday === 1 || weekday === 3) plans.push({ date: isoDay(ms), series: development });
    else if (weekday === 4 && Math.floor(day / 7) % 2 === 0)
      plans.push({ date: isoDay(ms), series: steering });
  }
  return plans.slice(0, count).reverse();
}

export function createArchive(options: ArchiveOptions): SyntheticArchive {
  const random = createRandom(options.seed);
  const people = createPeople(random.fork('people'), options.people ?? 150);
  const topics = createTopics(random.fork('topics'), options.topics ?? 60);
  const development: SeriesPlan = {
    name: 'Nimbus Development Call',
    slug: 'nimbus-development-call',
    chairs: people.slice(0, 2),
  };
  const steering: SeriesPlan = {
    name: 'Nimbus Steering Meeting',
    slug: 'nimbus-steering-meeting',
    chairs: people.slice(2, 5),
  };
  const meetingRandom = random.fork('meetings');
  const meetings = planMeetings(options.meetings, development, steering).map((plan) =>
    generateMeeting(meetingRandom, plan, people, topics),
  );
  const files = new Map<string, string>();
  for (const meeting of meetings) files.set(`minutes/${meeting.fileName}`, meeting.text);
  files.set(
    'people.yaml',
    YAML.stringify(
      people.map(({ id, name, aliases }) =>
        aliases.length > 0 ? { id, name, aliases } : { id, name },
      ),
    ),
  );
  files.set(
    'topics.yaml',
    YAML.stringify(
      topics.map(({ id, name, description, aliases, related }) => ({
        id,
        name,
        description,
        aliases,
        related,
      })),
    ),
  );
  files.set(
    'site.yaml',
    YAML.stringify({
      title: 'Nimbus Minutes (synthetic)',
      description: `A synthetic archive of ${options.meetings} meetings generated for the Minutebook benchmark.`,
      repository: 'https://github.com/example/nimbus',
    }),
  );
  return { files, meetings };
}

/** Writes the archive into `dir`, replacing whatever was there. */
export async function writeArchive(dir: string, archive: SyntheticArchive): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'minutes'), { recursive: true });
  for (const [file, text] of archive.files) await writeFile(path.join(dir, file), text);
}
