import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MinutesFrontmatter } from '../types.ts';
import { minutesFilePattern } from '../minutes/processor.ts';
import { stringifyFrontmatter } from './frontmatter.ts';
import { formatLongDate, toIsoDate } from './parse-date.ts';
import { readMinutesFile } from '../minutes/load-folder.ts';
import { boundedSlug } from '../text/normalize.ts';

export interface NewMinutesOptions {
  /** The content folder; minutes live in its `minutes/` subfolder. */
  contentDir: string;
  /** Series name (or its slug); default: the series of the latest meeting. */
  series?: string | undefined;
  /** ISO date of the meeting; default: `today`. */
  date?: string | undefined;
  /** Today's date, injectable for tests. */
  today?: Date;
}

export interface NewMinutesResult {
  file: string;
  content: string;
  series: string;
  /** The meeting whose attendees were copied: the series' latest with an attendee list, if any. */
  copiedFrom?: string;
  /** How many attendees were copied. */
  copied: number;
}

/** A user-facing refusal (bad date, file exists, nothing to base the series on); printed as is. */
export class NewMinutesError extends Error {
  override name = 'NewMinutesError';
}

interface KnownMeeting {
  file: string;
  frontmatter: MinutesFrontmatter;
}

/** Local calendar day: a meeting "today" is the day on the writer's wall clock, not in UTC. */
function localIsoDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Creates the next minutes file of a series, with the attendees of its last meeting pre-filled and an empty
 * Topics section. Never overwrites an existing file.
 */
export async function createNextMinutes(options: NewMinutesOptions): Promise<NewMinutesResult> {
  const date = options.date ?? localIsoDate(options.today ?? new Date());
  const [year, month, day] = date.split('-').map(Number);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || toIsoDate(year ?? 0, month ?? 0, day ?? 0) !== date) {
    throw new NewMinutesError(`--date ${date} is not a calendar date in the form YYYY-MM-DD`);
  }

  const minutesDir = path.join(options.contentDir, 'minutes');
  const meetings = await readMeetings(minutesDir);
  const latest = (list: KnownMeeting[]): KnownMeeting | undefined =>
    list.reduce<KnownMeeting | undefined>(
      (best, meeting) =>
        !best || meeting.frontmatter.date > best.frontmatter.date ? meeting : best,
      undefined,
    );

  let series: string;
  if (options.series !== undefined) {
    const wanted = options.series.trim();
    series =
      latest(meetings.filter((meeting) => isSeries(meeting, wanted)))?.frontmatter.series ?? wanted;
  } else {
    const newest = latest(meetings);
    if (newest === undefined) {
      throw new NewMinutesError(
        `no minutes in ${minutesDir} to take the series from; pass --series "<name>"`,
      );
    }
    series = newest.frontmatter.series;
  }
  // Minutes without an attendee list are common (imported notes); copy from the last meeting that has one,
  // so "attendees copied" is always true of the file written.
  const previous = latest(
    meetings.filter(
      (meeting) => isSeries(meeting, series) && meeting.frontmatter.attendees.length > 0,
    ),
  );
  const slug = boundedSlug(series);
  if (slug === '')
    throw new NewMinutesError(`series "${series}" has no letters or digits to name the file after`);

  const file = path.join(minutesDir, `${date}-${slug}.mdx`);
  const content =
    stringifyFrontmatter({
      title: `${series} (${formatLongDate(date)})`,
      date,
      series,
      attendees: previous?.frontmatter.attendees ?? [],
      // Half-written minutes stay out of the published site until someone removes this line.
      draft: true,
    }) +
    '\n## Topics:\n\n{/* One "### Topic:" heading per topic, each followed by "* " bullets. */}\n';

  try {
    await writeFile(file, content, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new NewMinutesError(`${file} already exists; not overwriting it`);
    if (code === 'ENOENT') throw new NewMinutesError(`no minutes folder at ${minutesDir}`);
    throw error;
  }
  return previous
    ? {
        file,
        content,
        series,
        copiedFrom: previous.file,
        copied: previous.frontmatter.attendees.length,
      }
    : { file, content, series, copied: 0 };
}

/** Same series by name (any case) or by slug, so `--series board` finds "Board". */
function isSeries(meeting: KnownMeeting, series: string): boolean {
  return (
    meeting.frontmatter.series.toLowerCase() === series.toLowerCase() ||
    boundedSlug(meeting.frontmatter.series) === boundedSlug(series)
  );
}

async function readMeetings(minutesDir: string): Promise<KnownMeeting[]> {
  const names = await readdir(minutesDir).catch(() => [] as string[]);
  const meetings: KnownMeeting[] = [];
  for (const name of names.filter((entry) => minutesFilePattern.test(entry)).sort()) {
    const text = await readFile(path.join(minutesDir, name), 'utf8');
    // Read the way the site reads it; a broken neighbour must not block writing today's minutes,
    // the site build reports it.
    const { minutes } = readMinutesFile(name, text);
    if (minutes) meetings.push({ file: name, frontmatter: minutes.frontmatter });
  }
  return meetings;
}
