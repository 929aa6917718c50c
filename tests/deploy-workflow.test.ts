import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveBuildSettings } from '../src/lib/build-settings.ts';

const file = path.resolve(import.meta.dirname, '../.github/workflows/deploy.yml');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: {
    push?: { branches?: string[] };
    schedule?: { cron: string }[];
    workflow_dispatch?: { inputs?: Record<string, unknown> };
  };
  env: Record<string, string>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[] }>;
}

let workflow: Workflow;
let steps: Step[];
const indexOf = (match: (step: Step) => boolean) => steps.findIndex(match);

beforeAll(async () => {
  workflow = parse(await readFile(file, 'utf8')) as Workflow;
  steps = workflow.jobs['build']?.steps ?? [];
});

describe('the Pages workflow', () => {
  it('runs on a push to main, every week and by hand', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    const cron = workflow.on.schedule?.[0]?.cron ?? '';
    const [minute, hour, dayOfMonth, month, dayOfWeek] = cron.split(' ');
    expect(cron.split(' ')).toHaveLength(5);
    // Once a week: a fixed minute, hour and weekday, any day of the month.
    expect([minute, hour, dayOfWeek].every((field) => /^\d+$/u.test(field ?? ''))).toBe(true);
    expect([dayOfMonth, month]).toEqual(['*', '*']);
    expect(Object.keys(workflow.on.workflow_dispatch?.inputs ?? {})).toEqual([
      'minutes_repository',
      'minutes_path',
    ]);
  });

  it("imports SVSM's governance minutes unless an input or repository variable names others", () => {
    expect(workflow.env['MINUTES_REPOSITORY']).toBe(
      "${{ inputs.minutes_repository || vars.MINUTES_REPOSITORY || 'https://github.com/coconut-svsm/governance' }}",
    );
    expect(workflow.env['MINUTES_PATH']).toBe(
      "${{ inputs.minutes_path || vars.MINUTES_PATH || 'Meetings' }}",
    );
    const importStep = steps[indexOf((step) => step.run?.startsWith('npm run import') ?? false)];
    expect(importStep?.run).toBe('npm run import -- "$MINUTES_REPOSITORY" --path "$MINUTES_PATH"');
    expect(importStep?.if).toBe("env.MINUTES_REPOSITORY != 'none'");
  });

  it('installs, tests, then imports and builds, and uploads what the build wrote', () => {
    const install = indexOf((step) => step.run === 'npm ci');
    const test = indexOf((step) => step.run === 'npm test');
    const pages = indexOf((step) => step.uses?.startsWith('actions/configure-pages@') ?? false);
    const importing = indexOf((step) => step.run?.startsWith('npm run import') ?? false);
    const build = indexOf((step) => step.run === 'npm run build');
    const upload = indexOf(
      (step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false,
    );
    expect([install, test, pages, importing, build, upload].every((i) => i >= 0)).toBe(true);
    expect(install < test && test < importing && importing < build && build < upload).toBe(true);
    expect(pages).toBeLessThan(build);
    expect(steps[upload]?.with?.['path']).toBe(workflow.env['OUT_DIR']);
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds for the address the Pages settings give: project, user or organisation site, custom domain', () => {
    const pages =
      steps[indexOf((step) => step.uses?.startsWith('actions/configure-pages@') ?? false)];
    const build = steps[indexOf((step) => step.run === 'npm run build')];
    expect(build?.env).toEqual({
      SITE_URL: `\${{ steps.${pages?.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages?.id}.outputs.base_path }}`,
    });
    // What configure-pages gives for each kind of site becomes the right base, whatever astro.config.mjs says.
    const options = { base: '/somewhere-else/' };
    for (const [origin, basePath, base] of [
      ['https://team.github.io', '/minutes-archive/', '/minutes-archive/'],
      ['https://team.github.io', '/', '/'],
      ['https://minutes.example.org', '/', '/'],
    ] as const) {
      const settings = resolveBuildSettings(
        options,
        { SITE_URL: origin, BASE_PATH: basePath },
        '/w',
      );
      expect([settings.site, settings.base]).toEqual([origin, base]);
    }
  });
});
