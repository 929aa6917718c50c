/**
 * Runs `npm run build` in a child process exactly as a user would, with the project's Node on PATH,
 * and returns the exit code and everything it printed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './test-sites.ts';

export interface BuildRun {
  code: number | null;
  output: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  base?: string;
  site?: string;
  /** Further variables, applied last; `undefined` removes one the test runner's environment has. */
  env?: Record<string, string | undefined>;
  /** Arguments passed on to `astro build`, as in `npm run build -- --force`. */
  args?: readonly string[];
}

export async function runBuild(options: BuildOptions): Promise<BuildRun> {
  // npm's own shebang picks `node` from PATH; the project's Node 24 lives in node_modules/.bin.
  const binDir = path.join(repoRoot, 'node_modules/.bin');
  // Vitest puts Vite's import.meta.env into process.env (BASE_URL=/, DEV=1, MODE=test); a user's
  // build has none of them.
  const viteVariables = new Set(['BASE_URL', 'DEV', 'PROD', 'SSR', 'MODE']);
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !viteVariables.has(name)),
  );
  const env = {
    ...inherited,
    PATH: `${binDir}${path.delimiter}${process.env['PATH'] ?? ''}`,
    CONTENT_DIR: options.contentDir,
    OUT_DIR: options.outDir,
    BASE_PATH: options.base ?? '/',
    ...(options.site ? { SITE_URL: options.site } : {}),
    ...options.env,
  };
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--', ...(options.args ?? [])], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('close', resolve);
  });
  return { code, output: output.join('') };
}
