import { describe, expect, it } from 'vitest';
import { findOutcomes, type BulletContext } from '../src/lib/actions/index.ts';
import { createNameFinder, createPeopleIndex } from '../src/lib/people/index.ts';
import type { PersonRecord } from '../src/lib/types.ts';

const person = (id: string, name: string): PersonRecord => ({ id, name, aliases: [], page: true });
const index = createPeopleIndex([
  person('ada-kovacs', 'Ada Kovács'),
  person('ben-osei', 'Ben Osei'),
  person('carla-mendes', 'Carla Mendes'),
]);
const finder = createNameFinder({ index, attendees: ['ada-kovacs', 'ben-osei', 'carla-mendes'] });

const read = (text: string, context: Omit<BulletContext, 'finder'> = {}) =>
  findOutcomes(text, { ...context, finder }).outcomes;
/** "commitment:ada-kovacs+ben-osei", "decision", "suggestion:carla-mendes", "commitment:group" … */
const summary = (text: string, context: Omit<BulletContext, 'finder'> = {}) =>
  read(text, context).map(
    (o) =>
      `${o.kind}${o.group && o.kind !== 'decision' ? ':group' : o.owners.length > 0 ? `:${o.owners.map((x) => x.owner ?? x.ownerName).join('+')}` : ''}`,
  );

describe('commitments', () => {
  it('reads a commitment after a bold label', () => {
    expect(summary('**Next Steps:** Ada agreed to draft the proposal for the loader.')).toEqual([
      'commitment:ada-kovacs',
    ]);
    expect(summary('**Memory map:** Ben will send a revised layout on Monday.')).toEqual([
      'commitment:ben-osei',
    ]);
  });

  it('reads reported speech', () => {
    for (const verb of ['will', 'would', 'plans to', "'ll"]) {
      const sentence =
        verb === "'ll"
          ? 'Ada said she’ll look at the failing test.'
          : `Ada said she ${verb} look at the failing test.`;
      expect(summary(sentence), sentence).toEqual(['commitment:ada-kovacs']);
    }
    expect(summary('Carla mentioned that Ben would bisect the regression.')).toEqual([
      'commitment:ben-osei',
    ]);
  });

  it('reads the second verb of a coordination', () => {
    expect(summary('Ada acknowledged the bug and will investigate.')).toEqual([
      'commitment:ada-kovacs',
    ]);
    expect(summary('Ben reviewed the patch and will merge it after the freeze.')).toEqual([
      'commitment:ben-osei',
    ]);
  });

  it('resolves a pronoun to the person named last in the bullet, the parent bullet or the heading', () => {
    expect(summary('Ben asked about the timer; he will have a fix ready next week.')).toEqual([
      'commitment:ben-osei',
    ]);
    const carla = [{ owner: 'carla-mendes', ownerName: 'Carla' }];
    expect(summary('He will have it ready next week.', { parents: [carla] })).toEqual([
      'commitment:carla-mendes',
    ]);
    expect(summary('She will send the slides.', { parents: [[]], heading: carla })).toEqual([
      'commitment:carla-mendes',
    ]);
    // A pronoun that opens a bullet refers to the person the bullet before it named.
    expect(summary('She suggested a smaller test matrix.', { previous: carla })).toEqual([
      'suggestion:carla-mendes',
    ]);
  });

  it('gives a sentence without a subject to the person its parent bullet is about', () => {
    const ben = [{ owner: 'ben-osei', ownerName: 'Ben Osei' }];
    expect(summary('Will ask the vendor for a test machine.', { parents: [ben] })).toEqual([
      'commitment:ben-osei',
    ]);
    expect(summary('Proposed a two-step migration.', { parents: [ben] })).toEqual([
      'suggestion:ben-osei',
    ]);
    expect(summary('Carla is collecting the numbers; will report back next week.')).toEqual([
      'commitment:carla-mendes',
    ]);
  });

  it('treats work in the passive as the group’s, or the agent’s', () => {
    expect(summary('The branch will be merged after the freeze.')).toEqual(['commitment:group']);
    expect(summary('A second PR to be opened by Ben with the renamed files.')).toEqual([
      'commitment:ben-osei',
    ]);
    expect(summary('The following sync will be held in three weeks.')).toEqual([]);
    expect(summary('Patches without a sign-off will not be accepted.')).toEqual(['decision']);
  });

  it('reads the committing verbs', () => {
    for (const phrase of [
      'volunteered to',
      'offered to',
      'committed to',
      'promised to',
      'intends to',
      'aims to',
      'is going to',
      'is planning to',
      'plans to',
    ]) {
      const sentence = `Carla ${phrase} update the build scripts.`;
      expect(summary(sentence), sentence).toEqual(['commitment:carla-mendes']);
    }
    expect(summary('Carla volunteered for the release notes.')).toEqual([
      'commitment:carla-mendes',
    ]);
    expect(summary('Ada took the action to contact the firmware team.')).toEqual([
      'commitment:ada-kovacs',
    ]);
  });

  it('reads action labels and the headline form', () => {
    expect(summary('Action: Ben to rebase the series onto the new allocator.')).toEqual([
      'commitment:ben-osei',
    ]);
    expect(summary('AI: Carla to ping the reviewers.')).toEqual(['commitment:carla-mendes']);
    expect(summary('**Ada Kovács:** Will write down the proposal as an issue.')).toEqual([
      'commitment:ada-kovacs',
    ]);
  });

  it('makes every child of an action label a commitment, owned by whoever leads it', () => {
    expect(findOutcomes('**Action Items:**', { finder }).labelOnly).toBe('commitment');
    expect(summary('Ben: check the CI matrix', { inherited: 'commitment' })).toEqual([
      'commitment:ben-osei',
    ]);
    expect(summary('Update the wiki page', { inherited: 'commitment' })).toEqual(['commitment']);
  });

  it('lists two owners', () => {
    expect(summary('Ada and Ben agreed to pair on the page-table rework.')).toEqual([
      'commitment:ada-kovacs+ben-osei',
    ]);
    expect(summary('Ada, Ben and Carla will review the threat model.')).toEqual([
      'commitment:ada-kovacs+ben-osei+carla-mendes',
    ]);
  });

  it('records a group commitment without an owner', () => {
    expect(summary('The goal is to remove the remaining warnings.')).toEqual(['commitment:group']);
    expect(summary('It was agreed to record the startup time.')).toEqual([
      'decision',
      'commitment:group',
    ]);
    expect(summary('The group will revisit the ABI question next month.')).toEqual([
      'commitment:group',
    ]);
    expect(summary('We will collect feedback on the mailing list.')).toEqual(['commitment:group']);
  });
});

describe('commitments in more phrasings', () => {
  it('reads plans named as a noun, owned by whoever has them', () => {
    expect(summary('Ada mentioned future plans to rework the page allocator.')).toEqual([
      'commitment:ada-kovacs',
    ]);
    expect(summary('Ben announced plans to draft a release checklist.')).toEqual([
      'commitment:ben-osei',
    ]);
    expect(summary('The council plans to publish the survey in May.')).toEqual([
      'commitment:group',
    ]);
  });

  it('reads an offer of readiness', () => {
    expect(summary('Carla is happy to review the loader patches.')).toEqual([
      'commitment:carla-mendes',
    ]);
    expect(summary('Ben said he would be glad to test it on his board.')).toEqual([
      'commitment:ben-osei',
    ]);
  });

  it('reads a goal with a phrase between it and its verb, and whose goal it is', () => {
    expect(summary('The focus for the spring is to shrink the boot image.')).toEqual([
      'commitment:group',
    ]);
    expect(summary('Ben’s plan is to land the driver before the freeze.')).toEqual([
      'commitment:ben-osei',
    ]);
    expect(summary('The next call is to be moved by a week.')).toEqual([]);
  });

  it('reads a sentence with a colon as a sentence, not as a label', () => {
    const ben = [{ owner: 'ben-osei', ownerName: 'Ben Osei' }];
    expect(
      summary('Proposed a two-step rollout: the loader first, then the driver.', {
        parents: [ben],
      }),
    ).toEqual(['suggestion:ben-osei']);
  });

  it('reads suggestions in the passive and as a wish', () => {
    expect(summary('Pinning the toolchain in CI is recommended.')).toEqual(['suggestion:group']);
    expect(summary('Ada: Would be nice if the loader printed its version.')).toEqual([
      'suggestion:ada-kovacs',
    ]);
  });

  it('reads an offer whose verb is followed by a gerund', () => {
    expect(summary('Carla said she would be glad to try writing a fallback.')).toEqual([
      'commitment:carla-mendes',
    ]);
  });

  it('takes no work from what the group agreed to wait for, nor from a goal in a condition', () => {
    expect(summary('It was agreed to consider moving the page.')).toEqual(['decision']);
    expect(summary('If the goal is to save memory, the cache would have to shrink.')).toEqual([]);
  });

  it('reads a maintainer confirming what the plan is as a decision', () => {
    expect(summary('Ada confirmed that the plan is for the parser to load one index.')).toEqual([
      'decision',
    ]);
  });

  it('leaves wishes, obligations and guesses about others alone', () => {
    for (const text of [
      'We will need to support the old interface for a while.',
      'We would have to check the numbers on real hardware.',
      'Ada thinks the group would figure it out.',
      'We would like to see more tests.',
      'Subscribe to the forum to keep up.',
    ]) {
      expect(summary(text), text).toEqual([]);
    }
  });
});

describe('not commitments', () => {
  it('leaves questions, reports, absences and opinions alone', () => {
    for (const text of [
      'Ada asked whether the port will be ready for the release.',
      'Will the new firmware support this?',
      'Ben merged the allocator fix.',
      'Carla is working on the attestation flow.',
      'Ada shared a link to the design document.',
      'Ben will be out next week.',
      'Carla will not attend the next two calls.',
      'The next call will take place in two weeks.',
      'Ada thinks it would be better to wait.',
      'It will take a while to stabilise.',
      'Ben will probably look at it at some point.',
    ]) {
      expect(summary(text), text).toEqual([]);
    }
  });
});

describe('suggestions and decisions', () => {
  it('shows suggestions apart from commitments', () => {
    expect(summary('Carla suggested enabling the lints in CI.')).toEqual([
      'suggestion:carla-mendes',
    ]);
    expect(summary('Ben recommended splitting the series.')).toEqual(['suggestion:ben-osei']);
    expect(summary('**Suggestion:** move the tests into their own crate.')).toEqual(['suggestion']);
  });

  it('reads decisions in the same phrasings', () => {
    expect(summary('**Consensus:** keep the loader in the main repository.')).toEqual(['decision']);
    expect(summary('The group agreed to drop the legacy boot path.')).toEqual([
      'decision',
      'commitment:group',
    ]);
    expect(summary('We will not support the old firmware interface.')).toEqual(['decision']);
    // Concrete work the group settles on is both a decision and a group commitment (labelling guide),
    // as with "The group agreed to …" above.
    expect(summary('It was decided to pin the toolchain.')).toEqual([
      'decision',
      'commitment:group',
    ]);
  });
});

describe('decisions in any phrasing', () => {
  const decided = (text: string) => read(text).some((o) => o.kind === 'decision');

  it('reads the group settling a matter, also after a lead-in', () => {
    for (const text of [
      'After a short round of comments, the group agreed to rename the crate.',
      'Following the demo, everyone decided to keep the fallback path.',
      'The committee voted in favour of the new charter text.',
      'The team settled on the second layout.',
      'BO: we tried both. So we decided to keep only the flat encoding.',
    ]) {
      expect(decided(text), text).toBe(true);
    }
  });

  it('reads consensus stated as a result, not as a goal', () => {
    for (const text of [
      'We have consensus on the outline of the loader design.',
      'KT: thanks all, that is broad consensus for stage 2.',
      'Consensus reached on the error codes.',
    ]) {
      expect(decided(text), text).toBe(true);
    }
    for (const text of [
      'There is no consensus on the naming yet.',
      'We will seek consensus on the mailing list.',
      'Poll for consensus on the draft next week.',
      'Refine the council’s definition of consensus.',
      'Ada raised the question of consensus for issues.',
    ]) {
      expect(decided(text), text).toBe(false);
    }
  });

  it('reads consent, polls and motions that passed, and items advanced', () => {
    for (const text of [
      'No objections raised.',
      'Nobody objected to dropping the shim.',
      'The poll passes.',
      'The motion carried unanimously.',
      'KT: the proposal has passed, thanks everyone!',
      'Advances the proposal to stage 2.',
      'No objections, the proposal moves to phase 3.',
    ]) {
      expect(decided(text), text).toBe(true);
    }
    for (const text of [
      'If there are no objections, the branch gets merged on Friday.',
      'Are there any objections to tagging it today?',
      'Move the sampler proposal to phase 4 (Ada Kovács, 20 minutes)',
      'The helper passes the buffer to the host.',
    ]) {
      expect(decided(text), text).toBe(false);
    }
  });

  it('reads items resolved, closed, deferred or put on hold', () => {
    for (const text of [
      'The licensing question is resolved.',
      'Can be closed; the follow-up lives in the tracker.',
      'The roadmap review has been deferred until after the summit.',
      'The port was put on hold until the firmware lands.',
      'Deferred, we ran out of time.',
    ]) {
      expect(decided(text), text).toBe(true);
    }
    for (const text of [
      'Ben listed the points that were agreed upon last month.',
      'One of the things to be resolved before the release.',
      'Deferred imports and the loader (Ben Osei, 10 minutes)',
      'Ada asked whether the ticket is closed.',
    ]) {
      expect(decided(text), text).toBe(false);
    }
    // "will be closed once …" is work still to be done: the group's commitment, not a settled item.
    expect(summary('The ticket will be closed once the numbers are in.')).toEqual([
      'commitment:group',
    ]);
  });

  it('reads a maintainer agreeing to a request', () => {
    expect(
      summary('Ben asked to keep the old flag. Ada agreed, as long as it is documented.'),
    ).toEqual(['decision']);
    expect(summary('Ada agreed on the plan but expects two rounds of review.')).toEqual([
      'decision',
    ]);
    expect(summary('LGTM from both reviewers.')).toEqual(['decision']);
    // Agreeing to do something is taking the work on.
    expect(summary('Ada agreed to review the plan.')).toEqual(['commitment:ada-kovacs']);
    expect(summary('Ben agreed with the concern about the timer.')).toEqual([]);
  });
});
