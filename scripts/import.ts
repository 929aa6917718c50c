/**
 * npm run import -- <source> [--out <folder>] [--path <subfolder>] [--force] [--dry-run] [--source-url <url>]
 * Imports plain-Markdown minutes (a folder, one file, or a git repository) as MDX content files.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  countByStatus,
  formatProgress,
  formatReport,
  importFiles,
} from '../src/lib/importer/import-archive.ts';
import { resolveSource, SourceError } from '../src/lib/importer/sources.ts';
import { loadProjectSettings } from '../tools/project-settings.ts';

const usage = `Usage: npm run import -- <source> [--out <folder>] [--path <subfolder>] [--force] [--dry-run] [--source-url <url>]
  <source>          a folder of .md files, one .md file, or a git repository (local path or URL)
  --out <folder>    where the .mdx files go (default: the content folder's minutes/)
  --path <folder>   subfolder of the source that holds the minutes, e.g. Meetings
  --force           overwrite output files that were edited since they were imported
  --dry-run         report what would happen, write nothing
  --source-url <u>  record <u>/<file> as each file's source instead of the path or clone URL`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        path: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'source-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(
      `${positionals.length === 0 ? 'missing <source>' : `expected one <source>, got ${positionals.length}`}\n\n${usage}`,
    );
    return 2;
  }

  // npm runs scripts from the package root; paths the user typed are relative to where they typed them.
  const userCwd = process.env['INIT_CWD'] ?? process.cwd();
  const outDir = values.out
    ? path.resolve(userCwd, values.out)
    : path.join((await loadProjectSettings()).contentDir, 'minutes');
  const dryRun = values['dry-run'];

  let source;
  try {
    source = await resolveSource(positionals[0] ?? '', {
      cwd: userCwd,
      subfolder: values.path,
      sourceUrl: values['source-url'],
    });
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(`import: ${error.message}`);
      return 2;
    }
    throw error;
  }

  try {
    if (source.files.length === 0) {
      console.error('import: no .md files found in the source');
      return 1;
    }
    const files = await importFiles(source.files, {
      outDir,
      force: values.force,
      dryRun,
      onProgress: (done, total, report) =>
        console.error(formatProgress(done, total, report, dryRun)),
    });
    console.log(formatReport({ files, ignored: source.ignored, dryRun }));
    const shownOut = path.relative(process.cwd(), outDir);
    console.log(`Output folder: ${shownOut.startsWith('..') ? outDir : shownOut || '.'}`);
    return countByStatus(files).failed > 0 ? 1 : 0;
  } finally {
    await source.cleanup();
  }
}

process.exitCode = await main();
