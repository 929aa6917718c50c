import { describe, expect, it } from 'vitest';
import {
  extractAction,
  extractDecision,
  isActionLabel,
  isDecision,
} from '../src/lib/actions/index.ts';
import { createNameFinder, createPeopleIndex } from '../src/lib/people/index.ts';
import type { PersonRecord } from '../src/lib/types.ts';

const person = (id: string, name: string, aliases: string[] = []): PersonRecord => ({
  id,
  name,
  aliases,
  page: true,
});
const index = createPeopleIndex([
  person('joerg-roedel', 'Jörg Rödel', ['Joerg Roedel']),
  person('tyler-fanelli', 'Tyler Fanelli'),
  person('mira-okafor', 'Mira Okafor'),
  person('lena-weiss', 'Lena Weiß'),
  person('lena-park', 'Lena Park'),
  person('ivo-petrov', 'Ivo Petrov'),
]);
const finder = createNameFinder({
  index,
  attendees: ['joerg-roedel', 'tyler-fanelli', 'mira-okafor', 'lena-weiss', 'lena-park'],
});
const owner = (text: string) => extractAction(text, finder)?.owner;

describe('action items', () => {
  it('recognises commitments by a first-name owner', () => {
    expect(extractAction('Tyler will move the key generation to a worker task.', finder)).toEqual({
      owner: 'tyler-fanelli',
      ownerName: 'Tyler',
      owners: [{ owner: 'tyler-fanelli', ownerName: 'Tyler' }],
      text: 'Tyler will move the key generation to a worker task.',
    });
  });

  it('recognises the common commitment phrasings', () => {
    expect(owner('Joerg Roedel agreed to rebase the branch before Friday.')).toBe('joerg-roedel');
    expect(owner('Mira volunteered to write the design note.')).toBe('mira-okafor');
    expect(owner('Mira Okafor offered to help with reviews.')).toBe('mira-okafor');
    expect(owner('Jörg to open an issue for the page-table bug.')).toBe('joerg-roedel');
    expect(owner('**Tyler** will send a v2 of the series.')).toBe('tyler-fanelli');
  });

  it('takes the committing sentence out of a longer bullet', () => {
    const action = extractAction(
      'Tyler noted the test is slow. Mira will profile it next week.',
      finder,
    );
    expect(action).toMatchObject({ owner: 'mira-okafor', text: 'Mira will profile it next week.' });
  });

  it('handles bold labels and explicit action items without a named owner', () => {
    expect(
      extractAction('**Action Item:** Mira will draft the release notes.', finder),
    ).toMatchObject({
      owner: 'mira-okafor',
      text: 'Mira will draft the release notes.',
    });
    expect(extractAction('Action: the CI job gets a longer timeout.', finder)).toEqual({
      owner: null,
      owners: [],
      text: 'the CI job gets a longer timeout.',
    });
  });

  it('lists every owner of a shared commitment', () => {
    const action = extractAction('Tyler and Mira Okafor will pair on the allocator.', finder);
    expect(action?.owner).toBe('tyler-fanelli');
    expect(action?.owners.map((o) => o.owner)).toEqual(['tyler-fanelli', 'mira-okafor']);
  });

  it('keeps an ambiguous owner unresolved but named', () => {
    expect(extractAction('Lena will collect the numbers.', finder)).toMatchObject({
      owner: null,
      ownerName: 'Lena',
    });
  });

  it('does not treat reports, suggestions or absences as actions', () => {
    expect(extractAction('Tyler merged the attestation series.', finder)).toBeNull();
    expect(
      extractAction('Joerg Roedel suggested waiting for the next release.', finder),
    ).toBeNull();
    expect(extractAction('Joerg Roedel will be away next week.', finder)).toBeNull();
    expect(extractAction('Mira agreed, provided the tests pass.', finder)).toBeNull();
    expect(extractAction('The build will fail without it.', finder)).toBeNull();
    expect(extractAction('Thanks to Mira for the review.', finder)).toBeNull();
  });

  it('recognises a label that introduces child bullets', () => {
    expect(isActionLabel('**Action Items:**')).toBe(true);
    expect(isActionLabel('Action items')).toBe(true);
    expect(isActionLabel('Actions taken by the group')).toBe(false);
    expect(isActionLabel('Action items & next steps')).toBe(true);
    expect(isActionLabel('Next steps / AIs')).toBe(true);
    expect(isActionLabel('Open action items')).toBe(true);
    // Two kinds joined: neither is given to every child.
    expect(isActionLabel('Decisions and action items')).toBe(false);
    expect(isActionLabel('Status and next steps')).toBe(false);
  });
});

describe('decisions', () => {
  it('recognises decision statements and labels', () => {
    expect(extractDecision('Decision to keep the loader in its own crate for now.')).toEqual({
      text: 'Decision to keep the loader in its own crate for now.',
      labelOnly: false,
    });
    expect(extractDecision('**Decision:** Ship the new ABI in the next release.')).toEqual({
      text: 'Ship the new ABI in the next release.',
      labelOnly: false,
    });
    expect(extractDecision('Consensus:')).toEqual({ text: '', labelOnly: true });
    for (const text of [
      'Agreed to drop the old boot path after one release.',
      'Consensus: postpone the rework until the spec settles.',
      'It was decided to pin the compiler in CI.',
      'The group agreed that the shim stays optional.',
      'There was broad agreement that tests come first.',
      'Ivo Petrov decided to split the series.',
    ]) {
      expect(isDecision(text), text).toBe(true);
    }
  });

  it('does not mark open questions or personal agreement as decisions', () => {
    for (const text of [
      'No decision yet; revisit next week.',
      'The TSC did not come to a verdict on the logo.',
      'Vendors need to decide whether to enable it.',
      'Joerg Roedel agreed to test the fix.',
      'Tyler merged the series.',
    ]) {
      expect(isDecision(text), text).toBe(false);
    }
  });

  it('reads no words in a bare URL but shows the decision with its URL', () => {
    // A label in an address ("…/labels/can-issue-be-closed") states nothing; a decision that cites a URL
    // is shown with that URL as written.
    expect(isDecision('Tracking list: https://example.org/labels/can-issue-be-closed')).toBe(false);
    expect(extractDecision('Approved, see https://example.org/pull/13 for the change.')).toEqual({
      text: 'Approved, see https://example.org/pull/13 for the change.',
      labelOnly: false,
    });
  });

  it('takes +1s from any body of the group as its consent, not from a PR', () => {
    for (const text of [
      '+1s from the team for the new layout.',
      '+1s from the council.',
      '+1 from the room.',
    ])
      expect(isDecision(text)).toBe(true);
    expect(isDecision('The pull request has lots of +1s from reviewers.')).toBe(false);
  });

  it('tells where in a run-on bullet the decision stands', () => {
    expect(extractDecision('Looking for help with the report #12 Can be closed now.')?.from).toBe(
      'be closed now.',
    );
  });

  it('marks a maintainer agreeing to a request as a decision, also with a condition', () => {
    // The labelling guide (eval/annotations/README.md) counts "a maintainer agreeing to a request" as a
    // decision: the request is settled. A condition ("as long as …") narrows what was agreed but does
    // not leave it open, so conditional agreement is a decision too; agreeing *to do* something is a
    // commitment instead (above).
    for (const text of [
      'Mira agreed, as long as the docs are updated.',
      'Lena asked to keep the old flag for a release. Mira agreed, provided it is documented.',
      'Tyler agreed with the proposal.',
      'Joerg Roedel approved the pull request.',
    ]) {
      expect(isDecision(text), text).toBe(true);
    }
  });
});
