import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../src/lib/archive/model.ts';
import { createPersonPage, personPageLimits } from '../src/lib/views/person-page.ts';
import { listPeople } from '../src/lib/views/people-index.ts';
import { topicFilterCss } from '../src/lib/views/topic-filter.ts';
import { groupByYear } from '../src/lib/views/year-groups.ts';
import { buildTinyArchive, type TinyMeeting } from './support/tiny-archive.ts';

// Two meetings with an attendee list, then a run without one in which Bo keeps working.
const meetings: TinyMeeting[] = [
  {
    date: '2024-01-10',
    attendees: ['Ada Quill', 'Bo Marsh'],
    body: '## Topics\n\n### Paging\n\n- Ada showed the new page table walker.\n',
  },
  {
    date: '2024-02-14',
    attendees: ['Ada Quill'],
    body: '## Topics\n\n### Builds\n\n- The build takes four minutes now.\n',
  },
  ...['2025-03-05', '2025-04-09', '2025-05-14'].map((date) => ({
    date,
    body: `## Topics\n\n### Paging\n\n- Bo Marsh reported progress on huge pages.\n\n### Builds\n\n- Bo Marsh will speed up the build.\n`,
  })),
];

let archive: Archive;
beforeAll(async () => {
  archive = await buildTinyArchive(meetings);
});
const person = (id: string) => archive.peopleById.get(id)!;

describe('attendance and activity', () => {
  it('counts attendance only from attendee lists, against the meetings that have one', () => {
    const bo = person('bo-marsh');
    expect(bo.attended).toEqual(['2024-01-10-weekly-call']);
    expect(createPersonPage(bo, archive).listedMeetings).toBe(2);
  });

  it('names a person in every meeting whose text names them, and sees them last there', () => {
    const bo = person('bo-marsh');
    expect(bo.namedIn).toEqual([
      '2025-03-05-weekly-call',
      '2025-04-09-weekly-call',
      '2025-05-14-weekly-call',
    ]);
    expect(bo.firstSeen).toBe('2024-01-10');
    expect(bo.lastSeen).toBe('2025-05-14');
  });

  it('marks the months without an attendee list, so absence reads differently from not recorded', () => {
    const months = person('bo-marsh').activity;
    const month = (key: string) => months.find((m) => m.month === key);
    expect(month('2024-01')).toEqual({ month: '2024-01', count: 1, attended: 1, listed: true });
    expect(month('2024-02')).toEqual({ month: '2024-02', count: 0, attended: 0, listed: true });
    expect(month('2025-04')).toEqual({ month: '2025-04', count: 1, attended: 0, listed: false });
  });

  it('sorts the People table by recent activity, not by attendance', () => {
    expect(listPeople(archive).map((row) => row.person.id)).toEqual(['bo-marsh', 'ada-quill']);
    expect(listPeople(archive)[0]).toMatchObject({ attended: 1, namedIn: 3 });
  });
});

describe('a person page', () => {
  it('lists the meetings attended by year, linked', () => {
    expect(createPersonPage(person('ada-quill'), archive).attendedByYear).toEqual([
      {
        year: 2024,
        meetings: [
          {
            url: '/meetings/2024-01-10-weekly-call/',
            date: '2024-01-10',
            title: 'Weekly Call (2024-01-10)',
          },
          {
            url: '/meetings/2024-02-14-weekly-call/',
            date: '2024-02-14',
            title: 'Weekly Call (2024-02-14)',
          },
        ],
      },
    ]);
  });

  it('groups the history by meeting and year, newest open, with each entry’s topics', () => {
    const { history } = createPersonPage(person('bo-marsh'), archive);
    expect(history.map((year) => [year.year, year.open, year.items.length])).toEqual([
      [2025, true, 3],
    ]);
    expect(history[0]!.items[0]).toMatchObject({
      date: '2025-05-14',
      url: '/meetings/2025-05-14-weekly-call/',
      topics: ['paging', 'builds'],
      sections: [
        {
          heading: 'Paging',
          url: '/meetings/2025-05-14-weekly-call/#paging',
          bullets: ['Bo Marsh reported progress on huge pages.'],
          topics: ['paging'],
        },
        { heading: 'Builds', bullets: ['Bo Marsh will speed up the build.'], topics: ['builds'] },
      ],
    });
  });

  it('offers chips of the topics most involved in, each a filter of the history', () => {
    const view = createPersonPage(person('bo-marsh'), archive);
    expect(view.chips).toEqual([
      {
        name: 'Builds',
        count: 3,
        targetId: 'with-builds',
        topic: 'builds',
        url: '/topics/builds/',
      },
      {
        name: 'Paging',
        count: 3,
        targetId: 'with-paging',
        topic: 'paging',
        url: '/topics/paging/',
      },
    ]);
    expect(view.filterCss).toContain(
      'body:has(#with-paging:target) [data-topics]:not([data-topics~="paging"]){display:none}',
    );
  });

  it('lists commitments newest first, linked to the section they were made in', () => {
    const { commitments } = createPersonPage(person('bo-marsh'), archive);
    expect(commitments.shown.map((c) => [c.date, c.url])).toEqual([
      ['2025-05-14', '/meetings/2025-05-14-weekly-call/#builds'],
      ['2025-04-09', '/meetings/2025-04-09-weekly-call/#builds'],
      ['2025-03-05', '/meetings/2025-03-05-weekly-call/#builds'],
    ]);
    expect(commitments.earlier).toEqual([]);
    expect(personPageLimits.commitmentsOpen).toBeGreaterThan(0);
  });
});

describe('year groups', () => {
  it('opens the newest year only and folds all but its newest entries', () => {
    const items = ['2025-3', '2025-2', '2025-1', '2024-9', '2023-1'];
    const groups = groupByYear(items, (item) => Number(item.slice(0, 4)), {
      idPrefix: 'history',
      openLimit: 2,
    });
    expect(groups).toEqual([
      {
        year: 2025,
        id: 'history-2025',
        items: ['2025-3', '2025-2', '2025-1'],
        open: true,
        shown: ['2025-3', '2025-2'],
        earlier: ['2025-1'],
      },
      {
        year: 2024,
        id: 'history-2024',
        items: ['2024-9'],
        open: false,
        shown: ['2024-9'],
        earlier: [],
      },
      {
        year: 2023,
        id: 'history-2023',
        items: ['2023-1'],
        open: false,
        shown: ['2023-1'],
        earlier: [],
      },
    ]);
  });
});

describe('the topic filter stylesheet', () => {
  it('escapes ids that are not plain identifiers instead of breaking the rule', () => {
    expect(topicFilterCss(['a.b"c'])).toBe(
      'body:has(#with-a\\2e b\\22 c:target) [data-topics]:not([data-topics~="a.b\\"c"]){display:none}' +
        'body:has(#with-a\\2e b\\22 c:target) [data-filter-status="a.b\\"c"]{display:block}',
    );
  });
});
