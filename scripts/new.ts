/** npm run new -- [--series <name>] [--date YYYY-MM-DD]: creates the next minutes file, attendees pre-filled. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createNextMinutes, NewMinutesError } from '../src/lib/importer/new-minutes.ts';
import { plural } from '../src/lib/plural.ts';
import { loadProjectSettings } from '../tools/project-settings.ts';

const usage = `Usage: npm run new -- [--series <name>] [--date YYYY-MM-DD]
  --series <name>  meeting series (default: the series of the latest meeting)
  --date <date>    meeting date (default: today)
Writes <content folder>/minutes/<date>-<series>.mdx, the content folder being minutebook({ contentDir })
in astro.config.mjs or CONTENT_DIR. The new file is a draft (draft: true).`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        series: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  try {
    const result = await createNextMinutes({
      contentDir: (await loadProjectSettings()).contentDir,
      series: values.series,
      date: values.date,
    });
    const shown = path.relative(process.cwd(), result.file);
    console.log(`Created ${shown.startsWith('..') ? result.file : shown}`);
    console.log(
      result.copiedFrom
        ? `${plural(result.copied, 'attendee')} copied from ${result.copiedFrom}; remove those who were absent.`
        : `No earlier meeting of "${result.series}" lists attendees: the attendee list is empty.`,
    );
    console.log('It is a draft (draft: true): remove that line to publish it.');
    return 0;
  } catch (error) {
    if (error instanceof NewMinutesError) {
      console.error(`new: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
