import { describe, expect, it } from 'vitest';
import { createNameFinder, createPeopleIndex } from '../src/lib/people/index.ts';
import { createSectionFinder } from '../src/lib/people/section-finder.ts';

const index = createPeopleIndex([
  { id: 'tom-becker', name: 'Tom Becker', aliases: [], page: true },
  { id: 'tom-lindqvist', name: 'Tom Lindqvist', aliases: [], page: true },
  { id: 'mei-lin', name: 'Mei Lin', aliases: [], page: true },
]);
const finder = createNameFinder({ index, attendees: ['tom-becker', 'tom-lindqvist', 'mei-lin'] });

describe('createSectionFinder', () => {
  it('settles a shared first name by the person the section names in full', () => {
    const section = createSectionFinder(
      finder,
      'Mei asked Tom Lindqvist about the timer.\nTom will send the numbers.',
    );
    expect(finder.find('Tom will send the numbers.')[0]).toMatchObject({
      person: null,
      reason: 'ambiguous',
    });
    expect(section.find('Tom will send the numbers.')[0]).toEqual({
      start: 0,
      end: 3,
      written: 'Tom',
      person: 'tom-lindqvist',
    });
  });

  it('leaves the name ambiguous when the section does not say which one', () => {
    const section = createSectionFinder(finder, 'Tom will send the numbers.');
    expect(section.find('Tom will send the numbers.')[0]).toMatchObject({
      person: null,
      reason: 'ambiguous',
    });
  });
});
