import type { Random } from './random.ts';
import { monthNames } from '../src/lib/importer/parse-date.ts';
import type { SyntheticPerson } from './synthetic-people.ts';
import { writeGivenName, writePersonName } from './synthetic-people.ts';
import type { SyntheticTopic } from './synthetic-topics.ts';
import {
  actionTemplates,
  adjectives,
  components,
  decisionTemplates,
  genericHeadings,
  leadInLabels,
  statementTemplates,
  weekdayPlans,
} from './vocabulary.ts';

export interface SeriesPlan {
  name: string;
  slug: string;
  /** People who chair this series, in rotation. */
  chairs: SyntheticPerson[];
}

export interface MeetingPlan {
  date: string;
  series: SeriesPlan;
}

export interface GeneratedMeeting {
  fileName: string;
  text: string;
  /** Words of the body as a reader counts them (markup excluded). */
  words: number;
  sections: number;
  attendees: number;
}

function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${monthNames[(month ?? 1) - 1] ?? ''} ${ordinal(day ?? 1)}, ${year ?? ''}`;
}

/** Plain YAML scalar when safe, single-quoted otherwise (matches hand-written minutes). */
export function yamlScalar(value: string): string {
  return /^[\p{L}][\p{L}\p{N} .()-]*[\p{L}\p{N})]$/u.test(value)
    ? value
    : `'${value.replace(/'/g, "''")}'`;
}

export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function weightedSample<T extends { weight: number }>(
  random: Random,
  items: readonly T[],
  count: number,
): T[] {
  // Efraimidis–Spirakis: key = u^(1/w), keep the largest keys.
  return items
    .map((item) => ({ item, key: Math.pow(random.next(), 1 / item.weight) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((entry) => entry.item);
}

interface SentenceContext {
  random: Random;
  present: SyntheticPerson[];
  topic: SyntheticTopic;
  topics: readonly SyntheticTopic[];
}

function writeTopic(context: SentenceContext): string {
  const { random, topic, topics } = context;
  const subject = random.chance(0.75) ? topic : random.pick(topics);
  const roll = random.next();
  if (roll < 0.55 || subject.spellings.length === 0) return subject.name;
  if (roll < 0.85) return random.pick(subject.spellings);
  return subject.name.toLowerCase();
}

function fillTemplate(template: string, context: SentenceContext): string {
  const { random, present } = context;
  const [first, second] = random.sample(present, 2);
  return template.replace(/\{([A-Z]2?)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'P':
        return first ? writeGivenName(random, first) : 'Someone';
      case 'Q':
        return second ? writeGivenName(random, second) : 'another attendee';
      case 'F':
        return first ? first.name : 'Someone';
      case 'T':
        return writeTopic(context);
      case 'C':
      case 'C2':
        return random.pick(components);
      case 'A':
        return random.pick(adjectives);
      case 'N':
        return String(random.int(12, 2400));
      case 'W':
        return random.pick(weekdayPlans);
      case 'V':
        return `${random.int(0, 4)}.${random.int(0, 30)}`;
      default:
        return slot;
    }
  });
}

function writeHeading(random: Random, topic: SyntheticTopic): string {
  const roll = random.next();
  if (roll < 0.08) return `### ${random.pick(genericHeadings)}:`;
  const label =
    roll < 0.3 && topic.spellings.length > 0 ? random.pick(topic.spellings) : topic.name;
  const suffix = random.chance(0.3)
    ? ` ${random.pick(['Update', 'Status', 'Review', 'Follow-up'])}`
    : '';
  if (random.chance(0.15)) return `### **${label}${suffix}**`;
  return `### ${label}${suffix}${random.chance(0.8) ? ':' : ''}`;
}

function writeBullet(context: SentenceContext): string[] {
  const { random } = context;
  const roll = random.next();
  if (roll < 0.14)
    return [
      `* **${random.pick(leadInLabels)}:** ${fillTemplate(random.pick(statementTemplates), context)}`,
    ];
  if (roll < 0.27) return [`* ${fillTemplate(random.pick(actionTemplates), context)}`];
  if (roll < 0.33) return [`* ${fillTemplate(random.pick(decisionTemplates), context)}`];
  if (roll < 0.43) {
    const nested = random.int(1, 2);
    const lines = [`* ${fillTemplate(random.pick(statementTemplates), context)}`];
    for (let index = 0; index < nested; index += 1) {
      const pool = random.chance(0.3) ? actionTemplates : statementTemplates;
      lines.push(`  * ${fillTemplate(random.pick(pool), context)}`);
    }
    return lines;
  }
  return [`* ${fillTemplate(random.pick(statementTemplates), context)}`];
}

export function generateMeeting(
  random: Random,
  plan: MeetingPlan,
  people: readonly SyntheticPerson[],
  topics: readonly SyntheticTopic[],
): GeneratedMeeting {
  const { date, series } = plan;
  const chair = random.pick(series.chairs);
  const attendeeCount = random.int(10, 20);
  const others = weightedSample(
    random,
    people.filter((person) => person !== chair),
    attendeeCount - 1,
  );
  const present = [chair, ...others];
  const attendeeNames = random.sample(
    [
      `${writePersonName(random, chair)} (Chair)`,
      ...others.map((person) => writePersonName(random, person)),
    ],
    present.length,
  );

  const target = Math.round(random.normal(450, 40, 360, 540));
  const sectionCount = random.int(4, 8);
  const sectionTopics = weightedSample(random, topics, sectionCount);
  const lines: string[] = ['## Topics:', ''];
  let words = countWords('Topics:');
  sectionTopics.forEach((topic, index) => {
    const context: SentenceContext = { random, present, topic, topics };
    const heading = writeHeading(random, topic);
    lines.push(heading, '');
    words += countWords(heading);
    const quota = (target - words) / (sectionCount - index);
    let sectionWords = 0;
    let bullets = 0;
    while (bullets < 2 || (sectionWords < quota && bullets < 14)) {
      const bullet = writeBullet(context);
      lines.push(...bullet);
      const added = countWords(bullet.join('\n'));
      sectionWords += added;
      bullets += 1;
    }
    words += sectionWords;
    lines.push('');
  });

  const frontmatter = [
    '---',
    `title: ${yamlScalar(`${series.name} (${formatLongDate(date)})`)}`,
    `date: '${date}'`,
    `series: ${yamlScalar(series.name)}`,
    'attendees:',
    ...attendeeNames.map((name) => `  - ${yamlScalar(name)}`),
  ];
  if (random.chance(0.1)) frontmatter.push('topics:', `  - ${random.pick(topics).id}`);
  const fileName = `${date}-${series.slug}.mdx`;
  frontmatter.push(`source: ${yamlScalar(`synthetic/${fileName}`)}`, '---', '');
  const body = lines.join('\n').trimEnd() + '\n';
  return {
    fileName,
    text: `${frontmatter.join('\n')}\n${body}`,
    words: countWords(body),
    sections: sectionCount,
    attendees: attendeeNames.length,
  };
}
