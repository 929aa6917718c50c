import { existsSync, realpathSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, formatLocation } from '../problems.ts';
import type { ImportNote } from './import-file.ts';
import { convertMinutes, type ConvertedMinutes, type FailedMinutes } from './import-file.ts';
import { targetPath } from '../minutes/attachments.ts';
import { fileUrl, rawUrl, type SourceFile } from './sources.ts';
import { removeLeftovers, writeFileAtomic, type WriteHooks } from './atomic-write.ts';
import { isUntouched } from './import-record.ts';
import { decodeText } from '../text/decode-text.ts';

export type ImportStatus = 'imported' | 'unchanged' | 'skipped' | 'failed';

export interface FileReport {
  /** The source file as shown to the user. */
  file: string;
  status: ImportStatus;
  /** Output file path, when one was determined. */
  output?: string;
  /** True when `--force` replaced a file that had been edited. */
  overwritten?: boolean;
  /** True when an untouched earlier import was replaced because its source (or the importer) changed. */
  updated?: boolean;
  /** Local files the minutes link to, copied next to them (paths relative to the output folder). */
  attachments?: string[];
  /** Why the file was skipped or failed. */
  reasons: ImportNote[];
  warnings: ImportNote[];
}

export interface ImportReport {
  files: FileReport[];
  ignored: string[];
  dryRun: boolean;
}

export interface ImportOptions {
  outDir: string;
  force?: boolean;
  dryRun?: boolean;
  /** Replaces the file writes, for tests that interrupt them. */
  hooks?: WriteHooks;
  /** Called after each file with its 1-based position, for progress output. */
  onProgress?: (done: number, total: number, report: FileReport) => void;
}

/**
 * Imports each file independently: a failure is recorded and the next file goes on. Rewrites only files whose
 * content would change, and never an edited one without `force`: each written file records the hashes of its
 * source and of itself, so a file whose own hash still matches was not edited and follows its source
 * upstream, and one whose hash differs was edited here and is skipped. Every write is atomic.
 */
export async function importFiles(
  files: readonly SourceFile[],
  options: ImportOptions,
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const claimed = new Map<string, string>();
  const outDir = path.resolve(options.outDir);
  if (!options.dryRun) await removeLeftovers(outDir);

  const texts = await Promise.all(files.map((file) => readSource(file.absolutePath)));
  const first = files.map((file, index) => {
    const text = texts[index];
    return typeof text === 'string' ? convertSource(file, text) : text;
  });
  const defaultSeries = archiveSeries(first);
  for (const [index, file] of files.entries()) {
    const text = texts[index];
    let converted = first[index];
    // Only a file whose headings name no series depends on the others.
    if (
      typeof text === 'string' &&
      !(converted instanceof Error) &&
      converted?.ok &&
      converted.titleFrom === 'none'
    )
      converted = convertSource(file, text, defaultSeries);
    const report = await importOne(file, converted, outDir, claimed, options);
    reports.push(report);
    options.onProgress?.(index + 1, files.length, report);
  }
  return reports;
}

type Converted = (ConvertedMinutes | FailedMinutes) & { attachments: Attachment[] };

/** The text of a source file, or why it cannot be read: bytes that are not UTF-8 fail at their line. */
async function readSource(file: string): Promise<string | Error | Converted> {
  const bytes = await readFile(file).catch((error: Error) => error);
  if (bytes instanceof Error) return bytes;
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  const message = decoded.hint ? `${decoded.message}. ${decoded.hint}` : decoded.message;
  return {
    ok: false,
    errors: [createProblem(path.basename(file), message, { line: decoded.line })],
    warnings: [],
    attachments: [],
  };
}

function convertSource(file: SourceFile, text: string, defaultSeries?: string): Converted {
  const attachments: Attachment[] = [];
  const converted = convertMinutes(text, {
    fileName: path.basename(file.absolutePath),
    path: file.path,
    source: file.source,
    defaultSeries,
    resolveLocalLink: (url) => resolveLocalLink(file, url, attachments),
  });
  return { ...converted, attachments };
}

/** The series most files with a title heading share: a file whose headings name none belongs to it. */
function archiveSeries(results: readonly (Converted | Error | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const result of results) {
    if (result instanceof Error || !result?.ok || result.titleFrom === 'none') continue;
    counts.set(result.series, (counts.get(result.series) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best?.[0];
}

async function importOne(
  file: SourceFile,
  converted: Converted | Error | undefined,
  outDir: string,
  claimed: Map<string, string>,
  options: ImportOptions,
): Promise<FileReport> {
  const base = {
    file: file.displayPath,
    reasons: [] as ImportNote[],
    warnings: [] as ImportNote[],
  };
  if (converted === undefined || converted instanceof Error) {
    return {
      ...base,
      status: 'failed',
      reasons: [
        createProblem(
          file.displayPath,
          `cannot read the file: ${converted?.message ?? 'unknown error'}`,
        ),
      ],
    };
  }
  if (!converted.ok)
    return { ...base, status: 'failed', reasons: converted.errors, warnings: converted.warnings };

  const output = path.join(outDir, converted.outputName);
  const withOutput = { ...base, output, warnings: converted.warnings };
  const earlier = claimed.get(converted.outputName);
  if (earlier !== undefined) {
    return {
      ...withOutput,
      status: 'failed',
      reasons: [
        createProblem(
          file.displayPath,
          `same date and series as ${earlier}: both would be written to ${converted.outputName}`,
        ),
      ],
    };
  }
  claimed.set(converted.outputName, file.displayPath);

  // Attachments are copied even when the minutes are unchanged: a slide can change on its own.
  const attach = async (): Promise<string[] | FileReport> => {
    if (options.dryRun) return converted.attachments.map((attachment) => attachment.path);
    const copied = await copyAttachments(converted.attachments, outDir, options.hooks);
    return typeof copied === 'string'
      ? { ...withOutput, status: 'failed', reasons: [createProblem(file.displayPath, copied)] }
      : copied;
  };

  const existing = await readFile(output, 'utf8').catch(() => undefined);
  if (existing === converted.content) {
    const copied = await attach();
    return Array.isArray(copied) ? { ...withOutput, status: 'unchanged' } : copied;
  }
  const state = existing === undefined ? undefined : isUntouched(existing);
  const notes: ImportNote[] = [];
  if (existing !== undefined && state !== undefined && 'record' in state) {
    // Untouched since the last import: follow the source.
    notes.push(
      createProblem(
        file.displayPath,
        state.record.source === converted.sourceHash
          ? `${converted.outputName} rewritten: same source, this version of the importer writes it differently`
          : `${converted.outputName} re-imported: the source changed since the last import`,
        { warning: true },
      ),
    );
  } else if (existing !== undefined && !options.force) {
    return {
      ...withOutput,
      status: 'skipped',
      reasons: [
        createProblem(
          file.displayPath,
          state === undefined
            ? `${converted.outputName} differs from what the importer writes (edited?); --force overwrites it`
            : `${converted.outputName} was edited after it was imported; --force overwrites it`,
        ),
      ],
    };
  }
  if (!options.dryRun) {
    try {
      await mkdir(outDir, { recursive: true });
      await writeFileAtomic(output, converted.content, options.hooks);
    } catch (error) {
      return {
        ...withOutput,
        status: 'failed',
        reasons: [
          createProblem(file.displayPath, `cannot write ${output}: ${(error as Error).message}`),
        ],
      };
    }
  }
  const copied = await attach();
  if (!Array.isArray(copied)) return copied;
  const imported = {
    ...withOutput,
    warnings: [...notes, ...withOutput.warnings],
    ...(copied.length > 0 ? { attachments: copied } : {}),
  };
  if (existing === undefined) return { ...imported, status: 'imported' };
  return state !== undefined && 'record' in state
    ? { ...imported, status: 'imported', updated: true }
    : { ...imported, status: 'imported', overwritten: true };
}

export function countByStatus(reports: readonly FileReport[]): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = { imported: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const report of reports) counts[report.status] += 1;
  return counts;
}

function place(file: string, note: ImportNote): string {
  return `${formatLocation({ file, line: note.line, column: undefined })}: ${note.reason}`;
}

/** One progress line, e.g. `[3/79] Meetings/devel-call-2024-03-06.md -> 2024-03-06-svsm-development-call.mdx: imported`. */
export function formatProgress(
  done: number,
  total: number,
  report: FileReport,
  dryRun = false,
): string {
  const target = report.output ? ` -> ${path.basename(report.output)}` : '';
  const status = dryRun && report.status === 'imported' ? 'would import' : report.status;
  return `[${done}/${total}] ${report.file}${target}: ${status}${report.overwritten ? ' (overwrote edited file)' : ''}${report.updated ? ' (updated)' : ''}`;
}

/** The closing report: counts, then why each file was skipped or failed, then every warning. */
export function formatReport(report: ImportReport): string {
  const counts = countByStatus(report.files);
  const lines: string[] = [];
  const verb = report.dryRun ? 'would import' : 'imported';
  lines.push(
    `${report.dryRun ? 'Dry run: ' : ''}${report.files.length} file${report.files.length === 1 ? '' : 's'}: ` +
      `${counts.imported} ${verb}, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed`,
  );
  if (report.ignored.length > 0) lines.push(`Ignored (not minutes): ${report.ignored.join(', ')}`);
  const section = (title: string, entries: string[]): void => {
    if (entries.length === 0) return;
    lines.push('', title, ...entries.map((entry) => `  ${entry}`));
  };
  const notes = (status: ImportStatus): string[] =>
    report.files
      .filter((file) => file.status === status)
      .flatMap((file) => file.reasons.map((note) => place(file.file, note)));
  section('Failed:', notes('failed'));
  section('Skipped:', notes('skipped'));
  section(
    'Warnings:',
    report.files.flatMap((file) => file.warnings.map((note) => place(file.file, note))),
  );
  return lines.join('\n');
}

/** A local file a minutes file links to: copied to `path` (relative to the output folder). */
interface Attachment {
  from: string;
  path: string;
}

const imageExtensions = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$/iu;
const minutesExtensions = /\.(?:md|mdx|markdown)$/iu;

/**
 * A link to a local file of the source: a file that exists is copied next to the minutes, keeping its path
 * relative to the minutes folder, and the link points at the copy. A missing one links to its upstream copy
 * when the source's upstream is known; otherwise it stays as written and is reported (the build then fails
 * on it, naming file and line). `/path` links are relative to the repository root, as on GitHub.
 */
/**
 * True when `absolute` exists but is, through a symbolic link, a file outside `root`: a source must not
 * pull a file of this machine (a key, a private note) into the published site.
 */
function linksOutOf(root: string, absolute: string): boolean {
  if (!existsSync(absolute)) return false;
  const inReal = path.relative(realpathSync(root), realpathSync(absolute));
  return inReal.startsWith('..') || path.isAbsolute(inReal);
}

function resolveLocalLink(
  file: SourceFile,
  url: string,
  attachments: Attachment[],
): { url?: string; warning?: string } | undefined {
  const wanted = targetPath(url);
  const fragment = /#.*$/u.exec(url)?.[0] ?? '';
  const absolute = url.startsWith('/')
    ? path.join(file.root, wanted)
    : path.resolve(path.dirname(file.absolutePath), wanted);
  const inRoot = path.relative(file.root, absolute);
  if (inRoot.startsWith('..') || path.isAbsolute(inRoot) || linksOutOf(file.root, absolute))
    return { warning: `links to ${url}, which is outside the source; kept as written` };
  const posixInRoot = inRoot.split(path.sep).join('/');
  const isFile = statSync(absolute, { throwIfNoEntry: false })?.isFile() === true;
  if (isFile && !minutesExtensions.test(absolute)) {
    const inFolder = path.relative(file.folder, absolute);
    const relative = (inFolder.startsWith('..') ? inRoot : inFolder).split(path.sep).join('/');
    attachments.push({ from: absolute, path: relative });
    const target = `${encodeURI(relative)}${fragment}`;
    return target === url ? undefined : { url: target };
  }
  if (isFile) return undefined;
  if (file.upstream) {
    const page = fileUrl(file.upstream, posixInRoot);
    const upstream = imageExtensions.test(wanted) ? rawUrl(page) : page;
    return {
      url: `${upstream}${fragment}`,
      warning: `${url} is not in the source; linked to its upstream copy ${upstream}`,
    };
  }
  return {
    warning: `links to ${url}, which is not in the source: the build fails on this link until the file is next to the minutes`,
  };
}

/** Copies each attachment unless an identical copy is there; returns their paths, or why one failed. */
async function copyAttachments(
  attachments: readonly Attachment[],
  outDir: string,
  hooks: WriteHooks | undefined,
): Promise<string[] | string> {
  const copied: string[] = [];
  for (const attachment of attachments) {
    const target = path.join(outDir, attachment.path);
    try {
      const bytes = await readFile(attachment.from);
      const existing = await readFile(target).catch(() => undefined);
      if (existing === undefined || !existing.equals(bytes)) {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, bytes, hooks);
        copied.push(attachment.path);
      }
    } catch (error) {
      return `cannot copy ${attachment.path}: ${(error as Error).message}`;
    }
  }
  return copied;
}
