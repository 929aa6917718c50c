import type { MachineInfo } from './machine.ts';
import type { BuildRun, OutputSize } from './measure-build.ts';
import type { SearchMeasurement } from './measure-search.ts';

export type Tool = 'minutebook' | 'baseline';

export interface BuildResult {
  /** Row label: the meeting count, or `real`. */
  size: string;
  meetings: number;
  tool: Tool;
  /** The run with the median total time (all its numbers come from that one run). */
  median?: BuildRun;
  runs: number;
  output?: OutputSize;
  /** Why there is no measurement, e.g. a failed build. */
  error?: string;
  /**
   * A rebuild: the same build run again over its own cache after one meeting was added, so only what
   * changed should be analysed again. `meetings` counts the added one.
   */
  rebuild?: boolean;
}

export interface SearchResult {
  size: string;
  tool: Tool;
  measurement?: SearchMeasurement;
  error?: string;
}

export interface BenchResults {
  machine: MachineInfo;
  seed: string;
  command: string;
  builds: BuildResult[];
  searches: SearchResult[];
  /** Free-text remarks about the run (`--note`), e.g. that the machine was busy. */
  notes?: string[];
}

const mb = (bytes: number): string => (bytes / 1024 ** 2).toFixed(1);
const seconds = (ms: number | undefined): string =>
  ms === undefined ? '—' : (ms / 1000).toFixed(2);

export interface RowNumbers {
  totalMs: number;
  startupMs: number;
  contentMs: number | undefined;
  pagefindMs: number | undefined;
  /** Total minus start-up, content and Pagefind: bundling, rendering and writing pages. */
  renderMs: number | undefined;
  msPerMeeting: number;
  /** The content step (loading, analysis, cross-linking) per meeting: issue #11's analysis cost. */
  contentMsPerMeeting: number | undefined;
}

/**
 * Content loading + cross-linking: the `content` phase, or, when a build reports its parts instead,
 * `load` (reading and validating files) + `archive` (building the cross-linked model).
 */
export function contentPhaseMs(phases: Record<string, number>): number | undefined {
  if (phases['content'] !== undefined) return phases['content'];
  const parts = ['load', 'archive']
    .map((phase) => phases[phase])
    .filter((ms): ms is number => ms !== undefined);
  return parts.length > 0 ? parts.reduce((sum, ms) => sum + ms, 0) : undefined;
}

export function deriveNumbers(result: BuildResult): RowNumbers | undefined {
  const run = result.median;
  if (!run) return undefined;
  const contentMs = contentPhaseMs(run.phases);
  const pagefindMs = run.phases['pagefind'];
  const renderMs =
    contentMs === undefined || pagefindMs === undefined
      ? undefined
      : Math.max(0, run.totalMs - run.startupMs - contentMs - pagefindMs);
  return {
    totalMs: run.totalMs,
    startupMs: run.startupMs,
    contentMs,
    pagefindMs,
    renderMs,
    msPerMeeting: run.totalMs / result.meetings,
    // A rebuild analyses one meeting; its content step per meeting of the archive would mean nothing.
    contentMsPerMeeting:
      contentMs === undefined || result.rebuild ? undefined : contentMs / result.meetings,
  };
}

function findBuild(
  results: BenchResults,
  size: string,
  tool: Tool,
  rebuild = false,
): BuildResult | undefined {
  return results.builds.find(
    (build) => build.size === size && build.tool === tool && (build.rebuild ?? false) === rebuild,
  );
}

/** A rebuild's content step as a share of the cold build's: what an incremental build saves. */
export function rebuildShare(results: BenchResults, size: string): number | undefined {
  const cold = findBuild(results, size, 'minutebook');
  const again = findBuild(results, size, 'minutebook', true);
  if (!cold || !again || cold.error || again.error) return undefined;
  const coldMs = cold.median && contentPhaseMs(cold.median.phases);
  const againMs = again.median && contentPhaseMs(again.median.phases);
  return coldMs && againMs !== undefined ? againMs / coldMs : undefined;
}

export function ratioFor(results: BenchResults, size: string): number | undefined {
  const own = findBuild(results, size, 'minutebook')?.median;
  const base = findBuild(results, size, 'baseline')?.median;
  return own && base && own.exitCode === 0 && base.exitCode === 0
    ? own.totalMs / base.totalMs
    : undefined;
}

function buildTable(results: BenchResults): string[] {
  const lines = [
    '| size | tool | total s | start s | content s | render s | pagefind s | peak RSS MB | pages | dist MB | index MB | ms/meeting | content ms/meeting | ratio |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results.builds) {
    const numbers = deriveNumbers(result);
    const label =
      result.size === 'real'
        ? `real (${result.meetings})`
        : result.rebuild
          ? `${result.meetings - 1} + 1, rebuild after adding one meeting`
          : String(result.meetings);
    if (!numbers || !result.median || result.error) {
      lines.push(`| ${label} | ${result.tool} | ${result.error ?? 'not measured'} ||||||||||||`);
      continue;
    }
    const ratio =
      result.tool === 'minutebook' && !result.rebuild ? ratioFor(results, result.size) : undefined;
    const output = result.output;
    lines.push(
      [
        label,
        result.tool,
        seconds(numbers.totalMs),
        seconds(numbers.startupMs),
        seconds(numbers.contentMs),
        seconds(numbers.renderMs),
        seconds(numbers.pagefindMs),
        mb(result.median.peakRssBytes),
        output ? String(output.pages) : '—',
        output ? mb(output.distBytes) : '—',
        output ? mb(output.indexBytes) : '—',
        numbers.msPerMeeting.toFixed(1),
        numbers.contentMsPerMeeting === undefined ? '—' : numbers.contentMsPerMeeting.toFixed(1),
        ratio === undefined ? '—' : `${ratio.toFixed(2)}×`,
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    );
  }
  return lines;
}

function searchTable(results: BenchResults): string[] {
  if (results.searches.length === 0) return ['Search was not measured in this run.'];
  const lines = [
    '| size | tool | sample | query | KB on the wire | KB decoded | requests | ms to first results | of which init ms | results |',
    '| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const search of results.searches) {
    if (!search.measurement) {
      lines.push(`| ${search.size} | ${search.tool} | ${search.error ?? 'not measured'} ||||||||`);
      continue;
    }
    for (const sample of search.measurement.samples) {
      lines.push(
        `| ${search.size} | ${search.tool} | ${sample.label} | ${sample.query} | ${(sample.wireBytes / 1000).toFixed(1)} | ${(sample.decodedBytes / 1000).toFixed(1)} | ${sample.requests} | ${Math.round(sample.msToResults)} | ${Math.round(sample.initMs)} | ${sample.results} |`,
      );
    }
  }
  return lines;
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** undefined: not measured in this run. */
  met: boolean | undefined;
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const own = (size: string) => {
    const build = findBuild(results, size, 'minutebook', false);
    return build?.median && build.median.exitCode === 0 && !build.error ? build : undefined;
  };
  const add = (
    target: string,
    value: number | undefined,
    limit: number,
    format: (value: number) => string,
  ) => {
    checks.push({
      target,
      measured: value === undefined ? 'not measured' : format(value),
      met: value === undefined ? undefined : value <= limit,
    });
  };
  const secondsOf = (value: number) => `${(value / 1000).toFixed(1)} s`;
  const mib = (value: number) => `${Math.round(value / 1024 ** 2)} MiB`;
  add('Real SVSM archive: full build ≤ 5 s', own('real')?.median?.totalMs, 5_000, secondsOf);
  add('1,000 meetings: full build ≤ 20 s', own('1000')?.median?.totalMs, 20_000, secondsOf);
  add('1,000 meetings: peak RSS ≤ 2 GiB', own('1000')?.median?.peakRssBytes, 2 * 1024 ** 3, mib);
  add(
    '1,000 meetings: ≤ 1.3 × the baseline',
    ratioFor(results, '1000'),
    1.3,
    (value) => `${value.toFixed(2)}×`,
  );
  add(
    "1,000 meetings: rebuild after adding one meeting: content step ≤ 30 % of a cold build's",
    rebuildShare(results, '1000'),
    0.3,
    (value) => `${Math.round(value * 100)} %`,
  );
  add('5,000 meetings: full build ≤ 2 min', own('5000')?.median?.totalMs, 120_000, secondsOf);
  add('5,000 meetings: peak RSS ≤ 4 GiB', own('5000')?.median?.peakRssBytes, 4 * 1024 ** 3, mib);
  const perMeeting = (size: string) => {
    const build = own(size);
    return build ? deriveNumbers(build)?.msPerMeeting : undefined;
  };
  const at1000 = perMeeting('1000');
  const at5000 = perMeeting('5000');
  add(
    'Time per meeting at 5,000 ≤ 1.3 × that at 1,000',
    at1000 !== undefined && at5000 !== undefined ? at5000 / at1000 : undefined,
    1.3,
    (value) => `${value.toFixed(2)}× (${at5000?.toFixed(1)} vs ${at1000?.toFixed(1)} ms)`,
  );
  const search = results.searches.find(
    (entry) => entry.tool === 'minutebook' && entry.size === '5000',
  );
  const cold = search?.measurement?.samples.find((sample) => sample.label === 'cold');
  const typed = search?.measurement?.samples.find((sample) => sample.label === 'typed');
  // The real search box is what a reader pays for; the engine-alone figure is shown beside it.
  // "Transfers": bytes on the wire, as a static host compresses text files; decoded bytes beside them.
  add(
    'Search on 5,000: first query after typing stops transfers ≤ 200 KB',
    typed?.wireBytes ?? cold?.wireBytes,
    200_000,
    (value) =>
      `${(value / 1000).toFixed(1)} KB on the wire, ${(((typed ?? cold)?.decodedBytes ?? 0) / 1000).toFixed(1)} KB decoded (engine alone: ${((cold?.wireBytes ?? 0) / 1000).toFixed(1)} KB)`,
  );
  add(
    'Search on 5,000: first results ≤ 300 ms after typing stops (cold cache)',
    typed?.msToResults,
    300,
    (value) =>
      `${Math.round(value)} ms (engine alone, from nothing loaded: ${Math.round(cold?.msToResults ?? 0)} ms)`,
  );
  return checks;
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const targets = checkTargets(results);
  return [
    '# Benchmarks',
    '',
    `Generated by \`${results.command}\` on ${machine.date}. Do not edit by hand; rerun the bench.`,
    '',
    `**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}${machine.loadAverage === undefined ? '' : `; load average ${machine.loadAverage} when the bench started`}.`,
    ...(machine.loadAverage !== undefined && machine.loadAverage > machine.cores
      ? [
          '',
          `**Warning:** the machine was busy (load average ${machine.loadAverage} on ${machine.cores} cores); times are inflated.`,
        ]
      : []),
    ...(results.notes ?? []).map((note) => `\n**Note:** ${note}`),
    '',
    `Synthetic archives: seed \`${results.seed}\`, ~450 words and 4–8 topic sections a meeting, 10–20 attendees from a pool of 150 people with spelling variants, 60 topics with aliases, two series (\`tsx bench/generate.ts\`). The baseline is \`bench/baseline/\`: the plainest Astro site over the same minutes (glob collection, one route per meeting, Pagefind).`,
    '',
    '## Builds',
    '',
    ...buildTable(results),
    '',
    'How to read it:',
    '',
    '- **total**: wall time of the whole build command (Pagefind included), median of the runs.',
    "- **rebuild after adding one meeting**: the 1,000-meeting build run again over its own cache (no `--force`) after one meeting file was added; only that file should be analysed again, so its content step is compared with the cold build's.",
    '- **start**: from spawning the command to its first line of output (Node, Astro and config start-up).',
    '- **content** (loading + cross-linking) and **pagefind**: reported by the build itself as `[…] timing <phase> <ms>` lines (`content`, or `load` + `archive`; `pagefind`). **render** is the rest: total − start − content − pagefind (bundling, rendering and writing pages).',
    '- **peak RSS**: the larger of the summed RSS of the whole process tree (Node plus the Pagefind binary, sampled every 100 ms from `/proc`) and the largest single process as reported by `/usr/bin/time -v`.',
    '- **content ms/meeting**: the content step ÷ the meetings built: what reading, checking, analysing and cross-linking one meeting costs, to see that it stays near-linear.',
    '- **ratio**: Minutebook total ÷ baseline total for the same minutes.',
    '',
    '## Search',
    '',
    ...searchTable(results),
    '',
    'Measured in headless Chromium through the Pagefind JS API (import, init, search, then the data of the first',
    `${results.searches.find((search) => search.measurement)?.measurement?.shownResults ?? 5} results, which is what a results list shows first), served from localhost by \`tools/serve.ts\`.`,
    "Bytes are the files the server sent for the search (a Web Worker's requests would be included): Pagefind's files, and for **typed** also the site's own search code loaded after the page. **KB on the wire** is what was transferred, with text files (JS, JSON, HTML, CSS) gzip-compressed as GitHub Pages, Netlify and CDNs send them when the browser accepts it (`tools/serve.ts` negotiates it; Pagefind's index, fragment and wasm files are gzip data already and go out as they are); **KB decoded** is the same files' own size. The transfer target is measured on the wire. **cold**: fresh browser",
    'context; **next**: a second, different query on the same page; **warm**: a new page in the same context (HTTP',
    "cache warm); the search box's own debounce is not included in these. **typed** (Minutebook only) is the real",
    'header search box in a fresh context: the reader focuses it (which loads Pagefind), types the query with',
    '80 ms between keys, and the time runs from the last keystroke to the first result shown in the dropdown,',
    'debounce included. That is the issue\'s "first results shown after typing stops".',
    '',
    '## Targets',
    '',
    '| target | measured | status |',
    '| --- | --- | --- |',
    ...targets.map(
      (check) =>
        `| ${check.target} | ${check.measured} | ${check.met === undefined ? 'not measured' : check.met ? 'met' : '**missed**'} |`,
    ),
    '',
  ].join('\n');
}
