import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportNote } from './import-file.ts';
import { convertMinutes } from './import-file.ts';
import type { SourceFile } from './sources.ts';

export type ImportStatus = 'imported' | 'unchanged' | 'skipped' | 'failed';

export interface FileReport {
  /** The source file as shown to the user. */
  file: string;
  status: ImportStatus;
  /** Output file path, when one was determined. */
  output?: string;
  /** True when `--force` replaced a file that had been edited. */
  overwritten?: boolean;
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
  /** Called after each file with its 1-based position, for progress output. */
  onProgress?: (done: number, total: number, report: FileReport) => void;
}

/**
 * Imports each file independently: a failure is recorded and the next file goes on. Rewrites only files whose
 * content would change, and never an edited one (content differing from what the importer writes) without `force`.
 */
export async function importFiles(
  files: readonly SourceFile[],
  options: ImportOptions,
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const claimed = new Map<string, string>();
  const outDir = path.resolve(options.outDir);

  for (const [index, file] of files.entries()) {
    const report = await importOne(file, outDir, claimed, options);
    reports.push(report);
    options.onProgress?.(index + 1, files.length, report);
  }
  return reports;
}

async function importOne(
  file: SourceFile,
  outDir: string,
  claimed: Map<string, string>,
  options: ImportOptions,
): Promise<FileReport> {
  const base = {
    file: file.displayPath,
    reasons: [] as ImportNote[],
    warnings: [] as ImportNote[],
  };
  let text: string;
  try {
    text = await readFile(file.absolutePath, 'utf8');
  } catch (error) {
    return {
      ...base,
      status: 'failed',
      reasons: [{ message: `cannot read the file: ${(error as Error).message}` }],
    };
  }

  const converted = convertMinutes(text, {
    fileName: path.basename(file.absolutePath),
    source: file.source,
  });
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
        {
          message: `same date and series as ${earlier}: both would be written to ${converted.outputName}`,
        },
      ],
    };
  }
  claimed.set(converted.outputName, file.displayPath);

  const existing = await readFile(output, 'utf8').catch(() => undefined);
  if (existing === converted.content) return { ...withOutput, status: 'unchanged' };
  if (existing !== undefined && !options.force) {
    return {
      ...withOutput,
      status: 'skipped',
      reasons: [
        {
          message: `${converted.outputName} differs from what the importer writes (edited?); --force overwrites it`,
        },
      ],
    };
  }
  if (!options.dryRun) {
    try {
      await mkdir(outDir, { recursive: true });
      await writeFile(output, converted.content, 'utf8');
    } catch (error) {
      return {
        ...withOutput,
        status: 'failed',
        reasons: [{ message: `cannot write ${output}: ${(error as Error).message}` }],
      };
    }
  }
  return existing === undefined
    ? { ...withOutput, status: 'imported' }
    : { ...withOutput, status: 'imported', overwritten: true };
}

export function countByStatus(reports: readonly FileReport[]): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = { imported: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const report of reports) counts[report.status] += 1;
  return counts;
}

function place(file: string, note: ImportNote): string {
  return note.line === undefined
    ? `${file}: ${note.message}`
    : `${file}:${note.line}: ${note.message}`;
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
  return `[${done}/${total}] ${report.file}${target}: ${status}${report.overwritten ? ' (overwrote edited file)' : ''}`;
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
