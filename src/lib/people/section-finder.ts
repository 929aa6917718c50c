import type { NameFinder, NameMatch } from './name-finder.ts';

/**
 * A finder for one section whose text is split into many pieces (bullets, text nodes). A first name
 * shared by several people is settled by the whole section ("ask Tom Lendacky … email Tom"), so the
 * section is read once as a whole and what that settles applies to every piece of it.
 */
export function createSectionFinder(finder: NameFinder, sectionText: string): NameFinder {
  const settled = new Map<string, string>();
  for (const match of finder.find(sectionText)) {
    if (match.person !== null && !/\s/u.test(match.written))
      settled.set(match.written, match.person);
  }
  if (settled.size === 0) return finder;
  const settle = <T extends Omit<NameMatch, 'start' | 'end'>>(match: T): T => {
    if (match.person !== null || match.reason !== 'ambiguous') return match;
    const person = settled.get(match.written);
    if (!person || !match.candidates?.includes(person)) return match;
    const resolved = { ...match, person };
    delete resolved.reason;
    delete resolved.candidates;
    return resolved;
  };
  return {
    find: (text) => finder.find(text).map(settle),
    resolveName: (written) => settle(finder.resolveName(written)),
    attendeesWithInitials: (letters) => finder.attendeesWithInitials(letters),
  };
}
