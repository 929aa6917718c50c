import { describe, expect, it } from 'vitest';
import { formatContentReport } from '../src/lib/archive/report.ts';

describe('formatContentReport', () => {
  it('says what was built and what a maintainer should look at', () => {
    expect(
      formatContentReport({
        meetings: 12,
        drafts: 1,
        sections: 22,
        people: 9,
        generatedPeople: ['New Person'],
        topics: 8,
        unresolved: [
          {
            name: 'Carlos',
            meeting: '2024-03-13-development-call',
            reason: 'ambiguous',
            candidates: ['carlos-ruiz', 'carlos-mendes'],
          },
        ],
        sectionsWithoutTopic: [
          { meeting: '2024-02-07-development-call', anchor: 'review-process' },
        ],
      }),
    ).toBe(
      [
        '[minutebook] 12 meetings (1 draft left out), 22 sections, 9 people, 8 topics',
        '[minutebook] 1 attendee name matched no one in people.yaml and got a person of their own: New Person',
        '[minutebook] 1 name stayed unresolved:',
        '  2024-03-13-development-call: "Carlos" ambiguous (could be carlos-ruiz, carlos-mendes)',
        '[minutebook] 1 section matched no topic (npm run topics:suggest helps)',
      ].join('\n'),
    );
  });
});
