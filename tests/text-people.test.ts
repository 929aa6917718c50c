import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import { isEnglishWord } from '../src/lib/people/english-words.ts';
import { findFullNames, findSpeakers } from '../src/lib/people/text-names.ts';
import { firstNamesOf } from '../src/lib/people/index.ts';
import type { MinutesFile } from '../src/lib/types.ts';

const minutes = (id: string, date: string, body: string): MinutesFile => {
  const text = `---\ntitle: 'Team call ${date}'\ndate: '${date}'\nseries: Team call\n---\n\n${body}\n`;
  const read = readMinutesFile(`minutes/${id}.mdx`, text);
  if (!read.minutes) throw new Error(JSON.stringify(read.problems));
  return read.minutes;
};

const none = { isFirstName: () => false, isTaken: () => false };

describe('full names in the text', () => {
  it('finds a given name followed by a surname', () => {
    expect(findFullNames('The patches were posted by Greta Lindqvist last week.', none)).toEqual([
      'Greta Lindqvist',
    ]);
    expect(findFullNames('Ben Okoro and Omar Haddad will pair on it.', none)).toEqual([
      'Ben Okoro',
      'Omar Haddad',
    ]);
  });

  it('keeps a double-barrelled surname whole', () => {
    expect(
      findFullNames('The patches were reviewed by Ada Bratschi-Kaye and Ben Osei.', none),
    ).toEqual(['Ada Bratschi-Kaye', 'Ben Osei']);
  });

  it('leaves places, products, months and longer proper names alone', () => {
    for (const text of [
      'We met in San Diego.',
      'The Linux Foundation hosts the meeting in March.',
      'Grace Hopper Celebration talks are online.',
      'It will ship in Rust.',
      'This is about Confidential Computing in the cloud.',
    ]) {
      expect(findFullNames(text, none), text).toEqual([]);
    }
    expect(findFullNames('Ask Greta Lindqvist.', { ...none, isTaken: () => true })).toEqual([]);
  });

  it('makes them people with a page, and resolves their first name afterwards', () => {
    const archive = buildArchive({
      minutes: [
        minutes(
          '2025-01-08-team-call',
          '2025-01-08',
          '## Topics\n\n### Loader\n\n- Greta Lindqvist presented the new loader.',
        ),
        minutes(
          '2025-01-15-team-call',
          '2025-01-15',
          '## Topics\n\n### Loader\n\n- Greta will send the second version.',
        ),
      ],
      people: [],
      topics: [],
      site: { title: 't', description: '' },
      base: '/',
    });
    const greta = archive.people.find((p) => p.name === 'Greta Lindqvist');
    expect(greta?.url).toBe('/people/greta-lindqvist/');
    expect(greta?.mentions.map((m) => m.meeting)).toEqual([
      '2025-01-08-team-call',
      '2025-01-15-team-call',
    ]);
    expect(archive.actions[0]?.owner).toBe(greta?.id);
  });

  it('takes a given name no lexicon knows when the pair opens a sentence and speaks', () => {
    expect(findFullNames('Priya Raman presented the new layout.', none)).toEqual(['Priya Raman']);
    expect(findFullNames('It was rebased. Priya Raman said it boots.', none)).toEqual([
      'Priya Raman',
    ]);
    expect(findFullNames('Priya Raman and Ben Osei asked about it.', none)).toEqual([
      'Priya Raman',
      'Ben Osei',
    ]);
    expect(findFullNames('Vijay Kumar asked for a second review.', none)).toEqual(['Vijay Kumar']);
    // Not at the start of a sentence, no person's verb, a passive, or an ordinary English word.
    for (const text of [
      'The patches from Priya Raman are merged.',
      'Priya Raman reported the numbers.',
      'Kubevirt Guests said to be affected.',
      'Current Tdx said nothing about it.',
      'Collab Summit presented a call for talks.',
    ]) {
      expect(findFullNames(text, none), text).toEqual([]);
    }
  });

  it('takes it anywhere once the archive shows the given name alone speaking', () => {
    expect(findSpeakers('Priya asked whether it boots. Tanvir and Ben agreed.')).toEqual([
      'Priya',
      'Tanvir',
    ]);
    expect(findSpeakers('Group agreed to move the call. The Priya said so.')).toEqual([]);
    const isSpeaker = (word: string) => word === 'Priya';
    expect(findFullNames('Thanks to Priya Raman for the patches.', { ...none, isSpeaker })).toEqual(
      ['Priya Raman'],
    );
    // A meeting that only thanks her makes her a person because another meeting has her asking.
    const archive = buildArchive({
      minutes: [
        minutes(
          '2025-01-08-team-call',
          '2025-01-08',
          '## Topics\n\n### Loader\n\n- Thanks to Priya Raman for the patches.',
        ),
        minutes(
          '2025-01-15-team-call',
          '2025-01-15',
          '## Topics\n\n### Loader\n\n- Priya asked about the second stage.',
        ),
      ],
      people: [],
      topics: [],
      site: { title: 't', description: '' },
      base: '/',
    });
    const priya = archive.people.find((p) => p.name === 'Priya Raman');
    expect(priya?.mentions.map((m) => m.meeting)).toEqual([
      '2025-01-08-team-call',
      '2025-01-15-team-call',
    ]);
  });

  it('tells English words from names with the dictionary', () => {
    for (const word of ['group', 'Summit', 'current', 'aa', 'zzzs', 'manlily', 'manlihood'])
      expect(isEnglishWord(word), word).toBe(true);
    for (const word of ['Priya', 'Raman', 'Okonkwo', 'zzzzz', 'aaaaa'])
      expect(isEnglishWord(word), word).toBe(false);
  });

  it('does not index a first name that is a common word', () => {
    expect(firstNamesOf({ id: 'will-smith', name: 'Will Smith', aliases: [], page: true })).toEqual(
      [],
    );
  });
});
