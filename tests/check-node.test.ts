import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../tools/check-node.mjs');

/** Runs the preinstall check as npm would, with npm's user agent naming the Node npm runs on. */
function preinstall(userAgent: string | undefined) {
  const env = { ...process.env };
  delete env['npm_config_user_agent'];
  if (userAgent !== undefined) env['npm_config_user_agent'] = userAgent;
  const run = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('the preinstall Node check', () => {
  it('stops npm ci on Node 18, saying which Node it found and what to do', () => {
    const run = preinstall('npm/10.9.2 node/v18.20.8 linux x64 workspaces/false');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'Minutebook needs Node.js 20 or newer to install; npm is running on Node.js 18.20.8.',
    );
    expect(run.stderr).toContain('Install Node.js 20 or newer');
  });

  it("judges npm's Node, not the Node 24 that node_modules/.bin puts first on PATH", () => {
    // process.execPath here is the test runner's Node (24 under `npm test`); the agent says 18.
    expect(preinstall('npm/10.9.2 node/v18.20.8 linux x64').status).toBe(1);
    expect(preinstall('npm/11.6.0 node/v20.19.0 linux x64').status).toBe(0);
    expect(preinstall('npm/11.6.0 node/v24.11.0 linux x64').status).toBe(0);
  });

  it('falls back to its own Node outside npm', () => {
    expect(preinstall(undefined).status).toBe(0);
  });
});
