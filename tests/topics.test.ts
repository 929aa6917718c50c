import { describe, expect, it } from 'vitest';
import { createTopicMatcher } from '../src/lib/topics/index.ts';
import type { TopicRecord } from '../src/lib/types.ts';

const topic = (id: string, name: string, aliases: string[] = []): TopicRecord => ({
  id,
  name,
  description: '',
  aliases,
  related: [],
});

const matcher = createTopicMatcher([
  topic('virtio-blk', 'VirtIO-Blk', ['virtio block', 'virtio-block']),
  topic('virtio', 'VirtIO'),
  topic('igvm', 'IGVM'),
  topic('tsc', 'Technical Steering Committee', ['TSC']),
  topic('timers', 'Timers', ['secure tsc']),
  topic('sev-snp', 'SEV-SNP', ['SNP']),
  topic('allocators', 'Allocator'),
  topic('vmpl', 'VMPLs', ['/\\bvmpl[0-3]\\b/']),
]);
const ids = (text: string): string[] => matcher.match(text).map((m) => m.id);

describe('topic matching', () => {
  it('ignores case, hyphens and spacing', () => {
    for (const text of [
      'Virtio-Blk driver',
      'the VirtIO Block device',
      'a virtio-block PR',
      'virtioblk is done',
      'VIRTIO BLK',
    ]) {
      expect(ids(text), text).toEqual(['virtio-blk']);
    }
  });

  it('reports the span as written', () => {
    const text = 'Review of the VirtIO Block PR';
    const [m] = matcher.match(text);
    expect(m && text.slice(m.start, m.end)).toBe('VirtIO Block');
  });

  it('respects word boundaries', () => {
    expect(ids('tscale and igvmfoo are unrelated, nor is SNPX')).toEqual([]);
    expect(ids('The TSC met; IGVM files and SNP hosts.')).toEqual(['tsc', 'igvm', 'sev-snp']);
  });

  it('prefers the longest spelling', () => {
    expect(ids('SEV-SNP guests')).toEqual(['sev-snp']);
    expect(ids('Secure TSC support')).toEqual(['timers']);
    expect(ids('VirtIO drivers and virtio-blk')).toEqual(['virtio', 'virtio-blk']);
  });

  it('accepts a plural ending', () => {
    expect(ids('Two allocators and one Allocator')).toEqual(['allocators', 'allocators']);
  });

  it('runs /regex/ aliases', () => {
    expect(ids('Booting at VMPL2 works')).toEqual(['vmpl']);
  });

  it('does not join words across punctuation', () => {
    expect(ids('virtio. Block storage')).toEqual(['virtio']);
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const nested = createTopicMatcher([topic('a', 'Alpha', ['/(a+)+$/'])]);
    // A backtracking engine needs about 2^n steps here: it would never finish.
    const text = `${'a'.repeat(20_000)}!`;
    const started = performance.now();
    expect(nested.match(text)).toEqual([]);
    expect(nested.match(`${text} aaa`)).toEqual([{ id: 'a', start: 20_002, end: 20_005 }]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reports pattern matches at their place in text with characters outside the BMP', () => {
    const emoji = createTopicMatcher([topic('vmpl', 'VMPLs', ['/vmpl[0-3]/'])]);
    expect(emoji.match('\u{1F600} Jörg: VMPL2')).toEqual([{ id: 'vmpl', start: 9, end: 14 }]);
  });
});

describe('tagSection', () => {
  it('marks heading topics primary, body-only topics mention, and adds frontmatter topics as mentions', () => {
    const tags = matcher.tagSection({
      heading: 'IGVM and VirtIO-Blk',
      body: 'The TSC discussed the IGVM loader and SNP.',
      extra: ['allocators', 'igvm'],
    });
    expect(tags).toEqual([
      { id: 'igvm', kind: 'primary' },
      { id: 'virtio-blk', kind: 'primary' },
      { id: 'tsc', kind: 'mention' },
      { id: 'sev-snp', kind: 'mention' },
      { id: 'allocators', kind: 'mention' },
    ]);
  });

  it('reads a long comma-separated line in linear time, and still tells a list of examples from a statement', () => {
    // Spaces after commas could be read two ways by the walk back over earlier list items; a line of
    // forty short items before a topic name made that walk exponential and hung the build.
    const items = Array.from({ length: 40 }, (_, i) => `item${i}`).join(', ');
    const started = performance.now();
    const long = matcher.tagSection({
      heading: 'Notes',
      body: `Checked ${items}, then the IGVM loader.`,
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(long).toEqual([{ id: 'igvm', kind: 'mention' }]);
    const examples = matcher.tagSection({
      heading: 'Notes',
      body: 'Several crates, such as serde, IGVM and zerocopy, need an update.',
    });
    expect(examples).toEqual([]);
    const stated = matcher.tagSection({
      heading: 'Notes',
      body: 'The IGVM loader now checks sizes.',
    });
    expect(stated).toEqual([{ id: 'igvm', kind: 'mention' }]);
  });
});
