import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGnuTimeMaxRss, parseTimingLines } from '../bench/measure-build.ts';
import type { BuildRun } from '../bench/measure-build.ts';
import type { BenchResults, BuildResult } from '../bench/report.ts';
import { checkTargets, renderReport } from '../bench/report.ts';
import type { StaticServer } from '../tools/serve.ts';
import { acceptsGzip, resolveRequestPath, startStaticServer } from '../tools/serve.ts';

/** A raw GET (no automatic decompression), with the request headers given. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('build output parsing', () => {
  it('reads timing lines through Astro’s timestamps and colours, summing repeated phases', () => {
    const output = [
      '\u001b[2m06:34:49\u001b[22m \u001b[34m[minutebook-minutes]\u001b[39m timing load 1100',
      '[minutebook] timing archive 567',
      '06:34:51 [minutebook-pagefind] timing pagefind 181',
      '[minutebook] timing archive 33',
      'indexed 107 pages, timing unknown',
    ].join('\n');
    expect(parseTimingLines(output)).toEqual({ load: 1100, archive: 600, pagefind: 181 });
  });

  it('reads the peak RSS from GNU time -v', () => {
    expect(parseGnuTimeMaxRss('\tMaximum resident set size (kbytes): 1180292\n')).toBe(
      1180292 * 1024,
    );
    expect(parseGnuTimeMaxRss('')).toBeUndefined();
  });
});

describe('static server', () => {
  let dir: string;
  let server: StaticServer;
  const sent: { path: string; wire: number; file: number }[] = [];
  // Repetitive text, so compression visibly shrinks it.
  const script = `export const words = ${JSON.stringify('allocator '.repeat(400))};\n`;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-serve-'));
    await mkdir(path.join(dir, 'pagefind'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '<h1>home</h1>');
    await writeFile(path.join(dir, 'pagefind', 'pagefind.en_1.pf_meta'), Buffer.from([1, 2, 3]));
    await writeFile(path.join(dir, 'pagefind', 'wasm.en.pagefind'), Buffer.from([0]));
    await writeFile(path.join(dir, 'pagefind', 'pagefind.js'), script);
    await writeFile(path.join(dir, 'pagefind', 'words.json'), JSON.stringify({ words: script }));
    server = await startStaticServer(dir, {
      base: '/svsm-minutes/',
      onFileSent: (urlPath, wire, file) => sent.push({ path: urlPath, wire, file }),
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('never maps a request outside the site folder or the base path', () => {
    expect(resolveRequestPath('/site', '/', '/../etc/passwd')).toBe('/site/etc/passwd');
    expect(resolveRequestPath('/site', '/', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/site/etc/passwd');
    expect(resolveRequestPath('/site', '/base/', '/other/x')).toBeUndefined();
    expect(resolveRequestPath('/site', '/base/', '/base')).toBe('/site');
  });

  it('serves index pages under the base path and Pagefind files with their types', async () => {
    const home = await fetch(`${server.origin}/svsm-minutes/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const meta = await fetch(`${server.origin}/svsm-minutes/pagefind/pagefind.en_1.pf_meta`);
    expect(meta.headers.get('content-type')).toBe('application/octet-stream');
    expect(new Uint8Array(await meta.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await fetch(`${server.origin}/svsm-minutes/nope/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/pagefind/wasm.en.pagefind`)).status).toBe(404);
  });

  it('sends text files gzip-compressed when the browser accepts gzip, as static hosts do', async () => {
    const url = `${server.origin}/svsm-minutes/pagefind/pagefind.js`;
    const compressed = await rawGet(url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.headers['vary']).toBe('Accept-Encoding');
    expect(Number(compressed.headers['content-length'])).toBe(compressed.body.length);
    expect(compressed.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(gunzipSync(compressed.body).toString()).toBe(script);
    const json = await rawGet(`${server.origin}/svsm-minutes/pagefind/words.json`, {
      'Accept-Encoding': 'gzip',
    });
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(json.body).toString())).toEqual({ words: script });
    // Without gzip in Accept-Encoding (or refused with q=0) the file goes out as it is.
    for (const headers of [{}, { 'Accept-Encoding': 'gzip;q=0, br' }]) {
      const plain = await rawGet(url, headers);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
    }
  });

  it("never compresses Pagefind's blobs again, and reports bytes on the wire beside the file's size", async () => {
    sent.length = 0;
    for (const file of ['pagefind.en_1.pf_meta', 'wasm.en.pagefind']) {
      const response = await rawGet(`${server.origin}/svsm-minutes/pagefind/${file}`, {
        'Accept-Encoding': 'gzip',
      });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['content-type']).toBe('application/octet-stream');
    }
    await rawGet(`${server.origin}/svsm-minutes/pagefind/pagefind.js`, {
      'Accept-Encoding': 'gzip',
    });
    expect(sent.slice(0, 2)).toEqual([
      { path: '/svsm-minutes/pagefind/pagefind.en_1.pf_meta', wire: 3, file: 3 },
      { path: '/svsm-minutes/pagefind/wasm.en.pagefind', wire: 1, file: 1 },
    ]);
    expect(sent[2]?.file).toBe(Buffer.byteLength(script));
    expect(sent[2]?.wire).toBeLessThan(Buffer.byteLength(script) / 4);
  });

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('GZIP')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0.5, gzip;q=0')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
  });
});

describe('report', () => {
  const run = (totalMs: number, peakRssBytes: number): BuildRun => ({
    totalMs,
    startupMs: 500,
    phases: { content: 1000, pagefind: 2000 },
    peakTreeRssBytes: peakRssBytes,
    maxProcessRssBytes: undefined,
    peakRssBytes,
    exitCode: 0,
    logFile: 'x.log',
  });
  const build = (
    size: string,
    tool: BuildResult['tool'],
    totalMs: number,
    rss = 1024 ** 3,
  ): BuildResult => ({
    size,
    meetings: Number(size),
    tool,
    runs: 1,
    median: run(totalMs, rss),
    output: { pages: Number(size), distBytes: 1, indexBytes: 1 },
  });
  const results: BenchResults = {
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryGiB: 24,
      node: 'v24',
      os: 'Linux',
      date: '2025-01-01',
    },
    seed: '1',
    command: 'npm run bench',
    builds: [
      build('1000', 'baseline', 10_000),
      build('1000', 'minutebook', 16_000),
      build('5000', 'baseline', 50_000),
      build('5000', 'minutebook', 110_000, 5 * 1024 ** 3),
    ],
    searches: [],
  };

  it('marks each target met, missed or not measured', () => {
    const byTarget = new Map(checkTargets(results).map((check) => [check.target, check]));
    expect(byTarget.get('1,000 meetings: full build ≤ 20 s')?.met).toBe(true);
    expect(byTarget.get('1,000 meetings: ≤ 1.3 × the baseline')?.met).toBe(false);
    expect(byTarget.get('5,000 meetings: peak RSS ≤ 4 GiB')?.met).toBe(false);
    // 22 ms/meeting at 5,000 vs 16 at 1,000 = 1.375×.
    expect(byTarget.get('Time per meeting at 5,000 ≤ 1.3 × that at 1,000')?.met).toBe(false);
    expect(byTarget.get('Real SVSM archive: full build ≤ 5 s')?.met).toBeUndefined();
  });

  it('writes the machine, the ratio and the split of the build time', () => {
    const markdown = renderReport(results);
    expect(markdown).toContain('Test CPU, 2 cores, 24 GiB RAM');
    expect(markdown).toContain(
      '| 1000 | minutebook | 16.00 | 0.50 | 1.00 | 12.50 | 2.00 | 1024.0 | 1000 |',
    );
    expect(markdown).toContain('1.60× |');
    // The content step per meeting (1 s over 1,000 meetings), beside the whole build's.
    expect(markdown).toContain('| 16.0 | 1.0 | 1.60× |');
    expect(markdown).toContain('| 1,000 meetings: ≤ 1.3 × the baseline | 1.60× | **missed** |');
  });

  it('adds the rebuild after one added meeting as its own row, and compares its content step', () => {
    const rebuilt: BenchResults = {
      ...results,
      builds: [
        ...results.builds,
        {
          ...build('1000', 'minutebook', 6_000),
          meetings: 1001,
          rebuild: true,
          median: { ...run(6_000, 1024 ** 3), phases: { load: 150, archive: 100, pagefind: 2000 } },
        },
      ],
    };
    const markdown = renderReport(rebuilt);
    expect(markdown).toContain(
      '| 1000 + 1, rebuild after adding one meeting | minutebook | 6.00 | 0.50 | 0.25 |',
    );
    const byTarget = new Map(checkTargets(rebuilt).map((check) => [check.target, check]));
    // 250 ms of content against the cold build's 1,000 ms.
    expect(
      byTarget.get(
        "1,000 meetings: rebuild after adding one meeting: content step ≤ 30 % of a cold build's",
      ),
    ).toEqual({
      target:
        "1,000 meetings: rebuild after adding one meeting: content step ≤ 30 % of a cold build's",
      measured: '25 %',
      met: true,
    });
    // The cold row keeps its ratio to the baseline; the rebuild is not compared with it.
    expect(byTarget.get('1,000 meetings: full build ≤ 20 s')?.measured).toBe('16.0 s');
  });
});
