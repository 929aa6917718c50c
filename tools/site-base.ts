import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The base path a built Minutebook site was built for, from its favicon link (every page has one). */
export async function detectSiteBase(dir: string): Promise<string> {
  const file = path.join(dir, 'index.html');
  const home = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: is ${dir} a built Minutebook site?`);
  });
  const href = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(home)?.[1];
  return href && href.startsWith('/') ? href : '/';
}
