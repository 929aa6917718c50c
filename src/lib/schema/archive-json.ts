import { z } from 'zod';

const id = z.string().min(1);
const topicKind = z.enum(['primary', 'mention']);

/** The published contract of `archive.json`; a change here is a change for every consumer of the file. */
export const archiveJsonSchema = z.strictObject({
  meetings: z.array(
    z.strictObject({
      id,
      date: z.iso.date(),
      title: z.string(),
      series: z.string(),
      url: z.string().startsWith('/'),
      attendees: z.array(z.strictObject({ name: z.string(), person: id.nullable() })),
      sections: z.array(
        z.strictObject({
          anchor: id,
          heading: z.string(),
          topics: z.array(
            z.strictObject({ id, kind: topicKind, terms: z.array(z.string()).min(1).optional() }),
          ),
          people: z.array(id),
          actions: z.array(
            z.strictObject({
              owner: id.nullable(),
              text: z.string(),
              next: z.array(z.strictObject({ meeting: id, anchor: id })).max(3),
            }),
          ),
          suggestions: z.array(z.strictObject({ owner: id.nullable(), text: z.string() })),
          decisions: z.array(z.string()),
        }),
      ),
    }),
  ),
  people: z.array(
    z.strictObject({
      id,
      name: z.string(),
      aliases: z.array(z.string()),
      /** GitHub user name, from people.yaml or an attendee entry such as "Ada Lovelace (@ada)". */
      github: z.string().nullable(),
      url: z.string().startsWith('/').nullable(),
      attended: z.array(id),
    }),
  ),
  topics: z.array(
    z.strictObject({
      id,
      name: z.string(),
      url: z.string().startsWith('/'),
      sections: z.array(z.strictObject({ meeting: id, anchor: id, kind: topicKind })),
      decisions: z.array(z.strictObject({ meeting: id, anchor: id, text: z.string() })),
    }),
  ),
  unresolved: z.array(
    z.strictObject({
      name: z.string(),
      meeting: id,
      reason: z.enum(['ambiguous', 'unknown', 'not-a-name']),
    }),
  ),
});
