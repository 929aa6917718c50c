import { describe, expect, it } from 'vitest';
import { fewerWordsQueries, maxQueryWords, queryWords } from '../src/lib/search/query.ts';
import { correctWords, editDistance, WordIndex } from '../src/lib/search/typos.ts';
import { normaliseQueryReferences, referencedNumbers } from '../src/lib/search/references.ts';
import { meetingSearchRecord, searchDataAttribute } from '../src/lib/search/meeting-record.ts';
import { decodeSectionTags, encodeSectionTags } from '../src/lib/search/section-tags.ts';
import { indexedForm, sectionSearchTerms } from '../src/lib/search/section-terms.ts';
import {
  hideOneLetterWords,
  hideOneLetterWordsInHtml,
  restoreOneLetterWords,
} from '../src/lib/search/one-letter-words.ts';
import { indexedPart } from '../src/lib/search/indexed-part.ts';
import { withSubheadingIds } from '../src/lib/search/subheadings.ts';
import { spellGermanAscii } from '../src/lib/search/transliterate.ts';
import { VocabularyBuilder } from '../src/lib/search/vocabulary.ts';
import { decodeEntities, escapeHtml } from '../src/lib/search/html-text.ts';

describe('search query words', () => {
  it('writes every form of a pull request or issue reference as its number', () => {
    for (const form of [
      '#123',
      'PR 123',
      'PR123',
      'PR #123',
      'pull/123',
      'issues/123',
      'issue 123',
      'pull request #123',
    ])
      expect(normaliseQueryReferences(`${form} review`)).toBe('123 review');
    // A number inside a word or a version is not a reference.
    expect(normaliseQueryReferences('OpenSSL 3.5 and v2')).toBe('OpenSSL 3.5 and v2');
  });

  it('spells German letters the ASCII way and drops stop words unless nothing else is left', () => {
    expect(spellGermanAscii('Jürgen Weiß, Rödel')).toBe('Juergen Weiss, Roedel');
    expect(queryWords('who is working on the Jürgen PR #41?')).toEqual([
      'working',
      'Juergen',
      '41',
    ]);
    expect(queryWords('what is this')).toEqual(['what', 'is', 'this']);
  });

  it('searches the first words of a pasted paragraph, not every one of them', () => {
    const words = Array.from({ length: 25 }, (_, at) => `word${at}`);
    expect(queryWords(words.join(' '))).toEqual(words.slice(0, maxQueryWords));
  });

  it('leaves out one word at a time, then keeps one word at a time, for no match of all words', () => {
    expect(fewerWordsQueries(['a1', 'b2', 'c3'])).toEqual([
      [
        ['a1', 'b2'],
        ['a1', 'c3'],
        ['b2', 'c3'],
      ],
      [['a1'], ['b2'], ['c3']],
    ]);
    expect(fewerWordsQueries(['one'])).toEqual([]);
  });
});

describe('typo correction from the vocabulary', () => {
  const builder = new VocabularyBuilder();
  builder.add('The allocator is fallible. Fallible allocation in the allocator.');
  builder.add('Shadow stacks and the allocator; Cocoon FS stores state.');
  builder.add('Attestation report for the attestation service; Jürgen reported.');
  const index = new WordIndex(builder.build());

  it('counts records per word, most used first, in the spelling the minutes use', () => {
    const vocabulary = builder.build();
    expect(vocabulary.words[0]).toBe('allocator');
    expect(vocabulary.counts[0]).toBe(2);
    expect(vocabulary.words).toContain('jürgen');
    expect(vocabulary.words).not.toContain('the');
  });

  it('replaces unknown words by the nearest known one, a swap of two letters being one edit', () => {
    expect(editDistance('tempalte', 'template', 2)).toBe(1);
    expect(correctWords(['alocator', 'shaddow', 'atestation', 'report'], index)).toEqual({
      words: ['allocator', 'shadow', 'attestation', 'report'],
      changed: ['alocator', 'shaddow', 'atestation'],
    });
  });

  it('splits a word that runs two known words together, and keeps word starts, numbers and acronyms', () => {
    expect(correctWords(['cocoonfs'], index).words).toEqual(['cocoon fs']);
    expect(correctWords(['alloc', '528', 'EK'], index).changed).toEqual([]);
    expect(index.resemblesKnown('shadowing')).toBe(true);
    expect(index.resemblesKnown('xqzvw')).toBe(false);
  });
});

describe('search records of a meeting page', () => {
  const terms = sectionSearchTerms({
    headingHtml: 'Reboot <a href="https://github.com/o/r/pull/808">work</a>',
    html: '<ul><li>Jörg reviewed PR123 and issue #54.</li></ul>',
    people: [{ name: 'Jörg Rödel', aliases: ['Joerg Roedel', 'Jörg'] }],
    topics: [{ name: 'CocoonFS', aliases: ['cocoon fs', '/cocoon ?fs/'] }],
  });

  it('carries every registry spelling, the ASCII spelling of German words and referenced numbers', () => {
    const words = terms.split(' · ');
    // "Jörg" is in the text (Pagefind folds its accent), "Rödel" is not; "Joerg Roedel" is another
    // spelling, which also covers the ASCII form of the text's "Jörg".
    expect(words).toEqual(
      expect.arrayContaining(['Rödel', 'Joerg Roedel', 'CocoonFS', 'cocoon fs', '808', '123']),
    );
    expect(words).not.toContain('/cocoon ?fs/');
    expect(
      referencedNumbers('see PR 12, the #1 priority', ['https://github.com/o/r/issues/99']),
    ).toEqual(['12', '99']);
  });

  it('carries only the words the section lacks, each once', () => {
    // Pagefind indexes "#54" as 54 and "Jörg" as "jorg", so neither is carried again; nothing twice.
    const words = terms.split(/ · | /u);
    expect(words).not.toContain('54');
    expect(words).not.toContain('Jörg');
    expect(new Set(words.map(indexedForm)).size).toBe(words.length);
    // A person repeated in every section costs nothing where the section writes their name.
    expect(
      sectionSearchTerms({
        headingHtml: 'VirtIO-Blk',
        html: '<p>Mei Tanaka merged PR #12 for VirtIO-Blk.</p>',
        people: [{ name: 'Mei Tanaka', aliases: ['mei tanaka', 'Mei', 'Mei Tanaka (Chair)'] }],
        topics: [{ name: 'VirtIO-Blk', aliases: ['virtio-blk', 'virtio block'] }],
      }),
    ).toBe('(Chair) · virtio block');
  });

  it('makes one record per meeting: its filters, its sections as sub-results with their tags, extra words', () => {
    const meeting = searchDataAttribute({
      title: 'Call (May 1st)',
      date: '1 May 2024',
      sort: '2024-05-01',
      year: '2024',
      series: 'Call',
    });
    const section = searchDataAttribute({
      anchor: 'reboot',
      parent: null,
      heading: 'Reboot',
      topics: ['CocoonFS'],
      people: ['Jörg Rödel'],
      terms,
    });
    const body = withSubheadingIds('<h4>Part <em>one</em></h4><p>x</p><h4>Part one</h4>', 'reboot');
    expect(body).toBe(
      '<h4 id="reboot--part-one">Part <em>one</em></h4><p>x</p><h4 id="reboot--part-one-1">Part one</h4>',
    );
    const html = `<html lang="en"><body><article data-search-meeting="${escapeHtml(meeting)}"><section class="section-block" data-search-section="${escapeHtml(section)}"><h3 id="reboot">Reboot</h3>${body}</section></article></body></html>`;
    const subsection = searchDataAttribute({
      anchor: 'reboot-tpm',
      parent: 'reboot',
      heading: 'TPM',
      topics: ['vTPM'],
      people: [],
      terms: 'Trusted Platform Module',
    });
    const sub = `<section class="section-block" data-search-section="${escapeHtml(subsection)}"><h4 id="reboot-tpm">TPM</h4><p>reset</p></section>`;
    const page = html.replace('</article>', `${sub}</article>`);
    const record = meetingSearchRecord(page, '/meetings/2024-05-01-call/');
    expect(record?.url).toBe('/meetings/2024-05-01-call/');
    expect(record?.sort).toBe('2024-05-01');
    // The meeting's filters are those of all its sections.
    expect(record?.html).toContain('data-pagefind-filter="topic">CocoonFS<');
    expect(record?.html).toContain('data-pagefind-filter="topic">vTPM<');
    expect(record?.html).toContain('data-pagefind-filter="person">Jörg Rödel<');
    expect(record?.html).toContain('data-pagefind-meta="title">Call (May 1st)<');
    // Headings keep their ids, so each section and subsection is a sub-result.
    expect(record?.html).toContain('<h3 id="reboot">Reboot</h3>');
    expect(record?.html).toContain('<h4 id="reboot--part-one">');
    expect(record?.html).toContain('<h4 id="reboot-tpm">TPM</h4>');
    // Each section says what it is about in an id right after its heading, never as indexed words.
    const ids = [...(record?.html ?? '').matchAll(/<span hidden id="([^"]*)"><\/span>/gu)].map(
      (m) => decodeSectionTags(decodeEntities(m[1]!)),
    );
    expect(ids).toEqual([
      { anchor: 'reboot', parent: null, topics: ['CocoonFS'], people: ['Jörg Rödel'] },
      { anchor: 'reboot-tpm', parent: 'reboot', topics: ['vTPM'], people: [] },
    ]);
    expect(record?.html.indexOf('<h3 id="reboot">Reboot</h3><span hidden id=')).toBeGreaterThan(0);
    // Any name survives the id, which holds no whitespace (Pagefind drops it from ids).
    const awkward = {
      anchor: 'q-a',
      parent: 'faq',
      topics: ['R&D = 100 %', 'C++ / Rust'],
      people: ['Renée O’Brien'],
    };
    const id = encodeSectionTags(awkward);
    expect(id).not.toMatch(/\s/u);
    expect(escapeHtml(id)).toBe(id);
    expect(decodeSectionTags(id)).toEqual(awkward);
    expect(decodeSectionTags('reboot')).toBeUndefined();
    expect(record?.text).toContain('Joerg Roedel');
    expect(record?.text).toContain('Trusted Platform Module');
  });
});

describe('one-letter stop words', () => {
  /** The words Pagefind would index in a text: letters and digits of each whitespace-separated word. */
  const indexedWords = (text: string) =>
    text
      .split(/\s+/u)
      .map(indexedForm)
      .filter((word) => word !== '');

  it('keeps "a" and "I" out of the indexed words, word positions and the text as written unchanged', () => {
    const text = 'I think a regression (a) in A.B, i18n and "I," are fine; a-b stays.';
    const hidden = hideOneLetterWords(text);
    expect(indexedWords(hidden)).not.toContain('a');
    expect(indexedWords(hidden)).not.toContain('i');
    // Every other word is indexed as before, and each word keeps its place.
    expect(indexedWords(hidden)).toEqual(
      indexedWords(text).filter((word) => word !== 'a' && word !== 'i'),
    );
    expect(hidden.split(/\s+/u)).toHaveLength(text.split(/\s+/u).length);
    expect(restoreOneLetterWords(hidden)).toBe(text);
  });

  it('leaves headings, tags, filter values and words joined by inline markup alone', () => {
    const html =
      '<h3 id="a-plan">A plan</h3><p title="a b">Mei has a plan.</p><p>x<em>a</em>y</p>' +
      '<span hidden data-pagefind-filter="person">A</span><ul><li>a</li></ul>';
    const hidden = hideOneLetterWordsInHtml(html);
    expect(hidden).toContain('<h3 id="a-plan">A plan</h3>');
    expect(hidden).toContain('<p title="a b">Mei has ');
    expect(hidden).not.toContain('has a plan');
    expect(hidden).toContain('<p>x<em>a</em>y</p>');
    expect(hidden).toContain('data-pagefind-filter="person">A</span>');
    expect(hidden).not.toContain('<li>a</li>');
    expect(restoreOneLetterWords(hidden)).toBe(html);
  });

  it('applies to meeting records and to the indexed part of topic and person pages', () => {
    const meeting = searchDataAttribute({
      title: 'Call',
      date: '1 May 2024',
      sort: '2024-05-01',
      year: '2024',
      series: 'Call',
    });
    const section = searchDataAttribute({
      anchor: 'plan',
      parent: null,
      heading: 'A plan',
      topics: [],
      people: [],
      terms: '',
    });
    const record = meetingSearchRecord(
      `<html lang="en"><body><article data-search-meeting="${escapeHtml(meeting)}"><section data-search-section="${escapeHtml(section)}"><h3 id="plan">A plan</h3><p>We need a plan.</p></section></article></body></html>`,
      '/meetings/2024-05-01-call/',
    );
    expect(record?.html).toContain('<h3 id="plan">A plan</h3>');
    expect(record?.html).not.toContain('need a plan');
    expect(restoreOneLetterWords(record?.html ?? '')).toContain('We need a plan.');
    const topicPage = indexedPart(
      '<html lang="en"><body><article data-pagefind-body><h1 data-pagefind-meta="title">A topic</h1><p>It is a topic.</p></article></body></html>',
    );
    expect(topicPage).toContain('data-pagefind-meta="title">A topic</h1>');
    expect(topicPage).not.toContain('is a topic');
  });
});
