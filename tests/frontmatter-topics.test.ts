import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../src/lib/content-folder.ts';

const meeting = `---
title: 'Planning Call (March 26th, 2025)'
date: '2025-03-26'
series: Planning Call
topics:
  - scheduling
  - no-such-topic
---

## Topics:

### Scheduling:

* The next call moves to Thursday.
`;

describe('topic ids in frontmatter', () => {
  it('are reported with file and line when no topic has them, instead of being dropped', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-topics-'));
    await mkdir(path.join(dir, 'minutes'));
    await writeFile(path.join(dir, 'minutes/2025-03-26-planning-call.mdx'), meeting);
    await writeFile(
      path.join(dir, 'topics.yaml'),
      '- id: scheduling\n  name: Scheduling\n- id: budget\n  name: Budget\n',
    );
    const folder = await loadContentFolder(dir);
    expect(folder.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'minutes/2025-03-26-planning-call.mdx:7: topics: unknown topic id "no-such-topic"',
    ]);
    expect(folder.problems[0]?.note).toBe(
      'Use the id of a topic in topics.yaml (budget, scheduling) or remove it.',
    );
  });
});
