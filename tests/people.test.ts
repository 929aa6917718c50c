import { describe, expect, it } from 'vitest';
import {
  createFirstNameIndex,
  createNameFinder,
  createPeopleIndex,
  resolveAttendee,
} from '../src/lib/people/index.ts';
import { foldName, slugify, stripRoles } from '../src/lib/text/normalize.ts';
import type { PersonRecord } from '../src/lib/types.ts';

const person = (id: string, name: string, aliases: string[] = []): PersonRecord => ({
  id,
  name,
  aliases,
  page: true,
});

const registry: PersonRecord[] = [
  person('joerg-roedel', 'Jörg Rödel', ['Joerg Roedel']),
  person('claudio-carvalho', 'Cláudio Carvalho', ['Claudio']),
  person('ramakrishna-gali', 'Ramakrishna Gali', ['Rama AMD', 'Rama']),
  person('zhaorong-hou', 'Zhaorong Hou', ['Zhao Rong Hou']),
  person('vijay-dhanraj', 'Vijay Dhanraj'),
  person('ziqiao-zhou', 'Ziqiao Zhou'),
  person('carla-bianchi', 'Carla Bianchi'),
  person('carla-moreau', 'Carla Moreau'),
  person('tyler-fanelli', 'Tyler Fanelli'),
  person('greta-lindqvist', 'Greta Lindqvist'),
];

describe('name normalisation', () => {
  it('treats diacritics, German transliteration, case and spacing as equal', () => {
    expect(foldName('Jörg Rödel')).toBe(foldName('Joerg Roedel'));
    expect(foldName('  JORG   rodel ')).toBe(foldName('Jörg Rödel'));
    expect(foldName('Cláudio Carvalho')).toBe(foldName('claudio carvalho'));
  });

  it('drops parenthetical roles and affiliations', () => {
    expect(stripRoles('Joerg Roedel (Chair)')).toBe('Joerg Roedel');
    expect(stripRoles('Ramakrishna Gali (AMD)')).toBe('Ramakrishna Gali');
    expect(foldName('Joerg Roedel (Meeting Lead)')).toBe(foldName('Jörg Rödel'));
  });

  it('makes ASCII slugs', () => {
    expect(slugify('Jakub Růžička')).toBe('jakub-ruzicka');
    expect(slugify('Harvey  Danger')).toBe('harvey-danger');
  });
});

describe('resolveAttendee', () => {
  it('reads an attendee written as one CamelCase name as a given and a family name', () => {
    const index = createPeopleIndex(registry);
    // Two parts no dictionary has, or a given name first: a full name typed without its space.
    expect(resolveAttendee(index, 'OrenTavakoli')?.person.name).toBe('Oren Tavakoli');
    expect(resolveAttendee(index, 'DanOkonkwo (@dokonkwo)')?.person.name).toBe('Dan Okonkwo');
    // The same person as the spelling with a space, written before or after.
    expect(resolveAttendee(index, 'Oren Tavakoli')?.person.id).toBe('oren-tavakoli');
    expect(resolveAttendee(index, 'Kesi Barlowe')?.created).toBe(true);
    expect(resolveAttendee(index, 'KesiBarlowe')).toMatchObject({
      person: { id: 'kesi-barlowe' },
      created: false,
    });
  });

  it('keeps products, surnames with a prefix and user names as one word', () => {
    const index = createPeopleIndex(registry);
    for (const written of ['WebAssembly', 'JavaScript', 'GitHub', 'YouTube', 'PowerPoint']) {
      expect(resolveAttendee(index, written)?.person.name, written).toBe(written);
    }
    for (const written of ['McAllister', 'MacLeod', 'DeWitt', 'VanDusen', 'KeVaNo', 'JsonKit2']) {
      expect(resolveAttendee(index, written)?.person.name ?? written, written).toBe(written);
    }
  });

  it('lands every spelling of one person on the same record', () => {
    const index = createPeopleIndex(registry);
    for (const written of [
      'Joerg Roedel',
      'Joerg Roedel (Chair)',
      'Jörg Rödel',
      'joerg roedel (Meeting Lead)',
      'JORG RODEL',
    ]) {
      const result = resolveAttendee(index, written);
      expect(result?.person.id, written).toBe('joerg-roedel');
      expect(result?.created).toBe(false);
    }
  });

  it('applies registry aliases and ignores case', () => {
    const index = createPeopleIndex(registry);
    expect(resolveAttendee(index, 'Rama AMD')?.person.id).toBe('ramakrishna-gali');
    expect(resolveAttendee(index, 'ramakrishna gali')?.person.id).toBe('ramakrishna-gali');
    expect(resolveAttendee(index, 'Ramakrishna Gali (AMD)')?.via).toBe('name');
    expect(resolveAttendee(index, 'Zhao Rong Hou')?.via).toBe('alias');
    expect(resolveAttendee(index, 'Vijay dhanraj')?.person.id).toBe('vijay-dhanraj');
    expect(resolveAttendee(index, 'Ziqiao ZHou')?.person.id).toBe('ziqiao-zhou');
  });

  it('resolves a one-word attendee that is the first name of exactly one person', () => {
    const index = createPeopleIndex(registry);
    expect(resolveAttendee(index, 'Tyler')).toMatchObject({
      person: { id: 'tyler-fanelli' },
      via: 'first-name',
    });
  });

  it('creates a reported new person for an unknown attendee, once', () => {
    const index = createPeopleIndex(registry);
    const first = resolveAttendee(index, 'Marek Nowak (Contoso)');
    expect(first).toMatchObject({
      created: true,
      person: { id: 'marek-nowak', name: 'Marek Nowak' },
    });
    const again = resolveAttendee(index, 'marek nowak');
    expect(again).toMatchObject({ created: false, person: { id: 'marek-nowak' } });
    expect(index.createdIds).toEqual(['marek-nowak']);
  });

  it('never merges an ambiguous one-word attendee into a registered person', () => {
    const index = createPeopleIndex(registry);
    const result = resolveAttendee(index, 'Carla');
    expect(result).toMatchObject({
      created: true,
      person: { id: 'carla' },
      candidates: ['carla-bianchi', 'carla-moreau'],
    });
  });

  it('de-duplicates generated ids', () => {
    const index = createPeopleIndex([person('sam-lee', 'Samuel Lee')]);
    expect(resolveAttendee(index, 'Sam Lee')?.person.id).toBe('sam-lee-2');
  });

  it('returns null for a string that is only a role', () => {
    expect(resolveAttendee(createPeopleIndex(registry), '(Chair)')).toBeNull();
  });
});

describe('createNameFinder', () => {
  const index = createPeopleIndex(registry);

  it('finds full names and aliases in any spelling', () => {
    const finder = createNameFinder({ index, attendees: [] });
    const found = finder.find(
      'Joerg Roedel reviewed it; later Jörg Rödel and Zhao Rong Hou merged the fix.',
    );
    expect(found.map((m) => [m.written, m.person])).toEqual([
      ['Joerg Roedel', 'joerg-roedel'],
      ['Jörg Rödel', 'joerg-roedel'],
      ['Zhao Rong Hou', 'zhaorong-hou'],
    ]);
    expect(found[0]).toMatchObject({ start: 0, end: 12 });
  });

  it('resolves a lone first name when exactly one attendee has it', () => {
    const finder = createNameFinder({
      index,
      attendees: ['tyler-fanelli', 'joerg-roedel', 'carla-moreau'],
    });
    const found = finder.find(
      'Tyler will rework the driver. Jörg said the design is fine, and Carla agreed.',
    );
    expect(found.map((m) => [m.written, m.person])).toEqual([
      ['Tyler', 'tyler-fanelli'],
      ['Jörg', 'joerg-roedel'],
      ['Carla', 'carla-moreau'],
    ]);
  });

  it('reports a first name shared by two attendees as ambiguous instead of guessing', () => {
    const finder = createNameFinder({ index, attendees: ['carla-bianchi', 'carla-moreau'] });
    expect(finder.find('Carla will send the patch.')).toEqual([
      {
        start: 0,
        end: 5,
        written: 'Carla',
        person: null,
        reason: 'ambiguous',
        candidates: ['carla-bianchi', 'carla-moreau'],
      },
    ]);
  });

  it('uses the person the same text names in full to settle a shared first name', () => {
    const finder = createNameFinder({ index, attendees: ['carla-bianchi', 'carla-moreau'] });
    const found = finder.find('Ask Carla Moreau about the ABI. Carla will reply by Friday.');
    expect(found.map((m) => m.person)).toEqual(['carla-moreau', 'carla-moreau']);
  });

  it('uses the whole archive when the meeting has no attendee list', () => {
    const archive = createFirstNameIndex(registry);
    const finder = createNameFinder({ index, attendees: null, archiveFirstNames: archive });
    const found = finder.find('Greta will bisect it, Carla will test, and Rama reviews.');
    expect(found.map((m) => [m.written, m.person, m.reason])).toEqual([
      ['Greta', 'greta-lindqvist', undefined],
      ['Carla', null, 'ambiguous'],
      ['Rama', 'ramakrishna-gali', undefined],
    ]);
  });

  it('falls back to the archive for someone mentioned who did not attend', () => {
    const finder = createNameFinder({ index, attendees: ['joerg-roedel'] });
    expect(finder.find('Greta posted a new series.')[0]?.person).toBe('greta-lindqvist');
  });

  it('does not report ordinary capitalised words, nor lower-case first names', () => {
    const finder = createNameFinder({ index, attendees: ['tyler-fanelli'] });
    expect(
      finder.find('The Linux Foundation will host it. Rust is fine; tyler is a word here.'),
    ).toEqual([]);
  });

  it('does not pin an unknown full name on the attendee who shares its first name', () => {
    const finder = createNameFinder({ index, attendees: ['tyler-fanelli'] });
    expect(finder.find('A patch from Tyler Smith broke the build.')).toEqual([
      { start: 13, end: 24, written: 'Tyler Smith', person: null, reason: 'unknown' },
    ]);
  });

  it('finds names before a possessive and around roles', () => {
    const finder = createNameFinder({ index, attendees: ['tyler-fanelli', 'claudio-carvalho'] });
    const found = finder.find("Tyler's PR and Claudio (IBM) reviewed it.");
    expect(found.map((m) => [m.written, m.person])).toEqual([
      ['Tyler', 'tyler-fanelli'],
      ['Claudio', 'claudio-carvalho'],
    ]);
  });

  it('resolves an owner attribute with resolveName', () => {
    const finder = createNameFinder({ index, attendees: ['tyler-fanelli'] });
    expect(finder.resolveName('Joerg Roedel')).toEqual({
      written: 'Joerg Roedel',
      person: 'joerg-roedel',
    });
    expect(finder.resolveName('Tyler')).toEqual({ written: 'Tyler', person: 'tyler-fanelli' });
    expect(finder.resolveName('Nobody Known')).toEqual({
      written: 'Nobody Known',
      person: null,
      reason: 'unknown',
    });
  });
});
