import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { readSentences } from '../src/lib/actions/sentences.ts';
import {
  compromiseBulkMatch,
  quickBulkMatch,
  SWEPT_VERSION,
} from '../src/lib/actions/quick-sweep.ts';

// Invented minutes in the shapes the outcome rules read: futures, offers, reported speech, labels,
// passives, contractions, names, questions, lists and numbers.
const TEXTS = [
  'Ada will send the revised patch series to the list by Friday.',
  "She'll look into the page-table walk and report back next week.",
  'Ben said he would rebase the branch once the firmware update lands.',
  'The team is going to publish the release notes after the freeze.',
  'Carla agreed to review PR #412, and Dev offered to test it on real hardware.',
  'Action item: Erik to write up the proposal for the new interrupt model.',
  'Decision: keep the allocator in the core crate for now; revisit in Q3.',
  'It was agreed to postpone the vote until more people have tried the branch.',
  'The goal for the spring is to have attestation working end to end.',
  'Fatima is happy to host the next session if nobody else can.',
  "We won't support the legacy boot path in the next release.",
  'Releases will be named after the month they ship in.',
  'Could someone check whether the build still fails on ARM64?',
  'Grace (Example Corp) volunteered for the documentation pass.',
  'Hiro mentioned plans to upstream the driver later this year.',
  'The new PR is to be opened by Ivan after the spec settles.',
  'Discussed the logging overhaul, e.g. structured events vs. plain text; no conclusion yet.',
  'Jun signed up for the triage rotation; Kai takes the action to file the bugs.',
  'Proposed a three-stage plan: prototype, measure, then merge.',
  'Suggested that the hang was caused by a missing fence in the ring buffer.',
  'Lena recommended splitting the crate into two smaller ones.',
  'Everyone agreed; the change will be merged tomorrow.',
  'Mo and Nia will pair on the vsock transport, starting 2025-03-04 at 14:00 UTC.',
  'Olu asked if the group would prefer weekly or biweekly calls.',
  'Would be nice if the CI ran the fuzzers nightly.',
  'Priya intends to port the test harness to the new runner.',
  'No objections were raised, so the proposal moves to phase 2.',
  'Quinn is planning to benchmark 3 allocators over 1,000 runs each.',
  "Rosa's plan is to land the series before the holidays.",
  'The next call will be held on Tuesday instead.',
  'Sam thinks the vendor would accept the patch.',
  'Tom fixed the regression and will add a test for it.',
  'Uma: will chase the remaining reviews.',
  'All three maintainers approved the design document.',
  'Vik commits to keeping the old API for two releases.',
  'The issue is resolved and can be closed.',
  'Wen and Xi are willing to mentor new contributors.',
  'Yara took ownership of the memory map refactor.',
  'Zoe will not be able to attend the next two calls.',
  'AI Ada: update the wiki page with the new build flags!',
];

/** Every term of every sentence as compromise leaves it: text, spacing, forms and tags in order. */
function tagged(text: string): unknown {
  const view = nlp(text) as unknown as {
    document: Array<
      Array<{
        text: string;
        pre: string;
        post: string;
        normal?: string;
        machine?: string;
        implicit?: string;
        tags: Set<string>;
      }>
    >;
  };
  return view.document.map((terms) =>
    terms.map((t) => [t.text, t.pre, t.post, t.normal, t.machine, t.implicit, [...t.tags]]),
  );
}

describe('quick sweep', () => {
  const methods = (nlp.world() as { methods: { one: { bulkMatch: unknown } } }).methods;

  it('is the sweep the outcome rules tag with, on the compromise it was checked against', () => {
    // Importing sentences.ts installs it; a compromise upgrade fails here until it is checked again.
    void readSentences;
    expect(nlp.version).toBe(SWEPT_VERSION);
    expect(methods.one.bulkMatch).toBe(quickBulkMatch);
  });

  it('tags every text exactly as compromise’s own sweep does', () => {
    const installed = methods.one.bulkMatch;
    const compromiseSweep = compromiseBulkMatch(nlp);
    expect(compromiseSweep).not.toBe(quickBulkMatch);
    const texts = [...TEXTS, TEXTS.join(' '), TEXTS.slice(0, 12).join('\n')];
    try {
      methods.one.bulkMatch = compromiseSweep;
      const expected = texts.map(tagged);
      methods.one.bulkMatch = quickBulkMatch;
      expect(texts.map(tagged)).toEqual(expected);
    } finally {
      methods.one.bulkMatch = installed;
    }
  });
});
