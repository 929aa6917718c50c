import { describe, expect, it, vi } from 'vitest';
import { findOutcomes } from '../src/lib/actions/index.ts';
import { hasCommitmentCue } from '../src/lib/actions/cues.ts';
import { createNameFinder, createPeopleIndex } from '../src/lib/people/index.ts';

// The same rules with the prefilter switched off (every sentence tagged and read), to compare against.
const prefilter = vi.hoisted(() => ({ off: false }));
vi.mock('../src/lib/actions/cues.ts', async (importOriginal) => {
  const cues = await importOriginal<typeof import('../src/lib/actions/cues.ts')>();
  return {
    ...cues,
    hasCommitmentCue: (text: string, anywhere?: boolean) =>
      prefilter.off || cues.hasCommitmentCue(text, anywhere),
  };
});

const index = createPeopleIndex([
  { id: 'ada-kovacs', name: 'Ada Kovács', aliases: [], page: true },
  { id: 'ben-osei', name: 'Ben Osei', aliases: [], page: true },
]);
const finder = createNameFinder({ index, attendees: ['ada-kovacs', 'ben-osei'] });
const outcomes = (text: string, off: boolean) => {
  prefilter.off = off;
  try {
    return findOutcomes(text, { finder }).outcomes;
  } finally {
    prefilter.off = false;
  }
};

describe('the commitment-cue prefilter', () => {
  it('passes a chore verb only where a clause opens', () => {
    for (const sentence of [
      'The docs were updated last week.',
      'The release tag still points at the old merge commit.',
      'There was a long thread about the file layout.',
      'Nobody knew who would land first in the queue.',
    ])
      expect(hasCommitmentCue(sentence), sentence).toBe(false);
    for (const sentence of [
      'Update the docs before the release.',
      'Review done; post the results in the issue.',
      'For the loader: file a bug with the vendor.',
      'After the call, ping the reviewers.',
    ])
      expect(hasCommitmentCue(sentence), sentence).toBe(true);
  });

  it('passes a question only for the openings of a proposal, not for any question', () => {
    for (const sentence of [
      'Is the recording at https://example.org/watch?v=abc123 yet?',
      'Who owns the mirror now?',
      'Does the mirror still build?',
    ])
      expect(hasCommitmentCue(sentence), sentence).toBe(false);
    for (const sentence of ['Should we split the crate?', 'Why not keep both modes?'])
      expect(hasCommitmentCue(sentence), sentence).toBe(true);
  });

  it('in a whole bullet, passes a chore verb at the start of any sentence in it', () => {
    expect(hasCommitmentCue('The tests pass now. Merge it after the release.', true)).toBe(true);
    expect(hasCommitmentCue('The tests pass now. Merge it after the release.')).toBe(false);
  });

  it('leaves the outcomes as the rules find them without it', () => {
    const sentences = [
      'The docs were updated last week.',
      'The release tag still points at the old merge commit.',
      'We talked about the file layout and the close timing.',
      'Update the docs before the release.',
      'Post in the issue and close it.',
      'Review done; ping the vendor about the firmware.',
      'After the call, send the slides to the list.',
      'Follow up with the firmware team next week.',
      'An update on the roadmap was given by Ada.',
      'Ada will post the patch series on Friday.',
      'Ben said the merge would happen after the freeze.',
      'The document describes the attestation flow.',
      'Tests pass now. Rebase the branch onto the new base.',
      'The ping from the monitor woke everyone up.',
    ];
    for (const sentence of sentences)
      expect(outcomes(sentence, false), sentence).toEqual(outcomes(sentence, true));
    // The comparison would see a difference: some of these sentences do hold an outcome.
    expect(sentences.filter((s) => outcomes(s, false).length > 0).length).toBeGreaterThan(3);
  });
});
