import { readdir, readFile } from 'node:fs/promises';

const pageSize = 4096;

interface ProcStat {
  pid: number;
  ppid: number;
  rssBytes: number;
}

async function readStat(pid: number): Promise<ProcStat | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses; the fixed fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), rssBytes: Number(fields[21]) * pageSize };
  } catch {
    return undefined; // The process ended between listing and reading.
  }
}

/** Resident memory of `rootPid` and all its descendants, summed. */
export async function readTreeRss(rootPid: number): Promise<number> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const stats = (await Promise.all(pids.map(readStat))).filter(
    (stat): stat is ProcStat => stat !== undefined,
  );
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let total = stats.find((stat) => stat.pid === rootPid)?.rssBytes ?? 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const parent = queue.pop() as number;
    for (const child of children.get(parent) ?? []) {
      total += child.rssBytes;
      queue.push(child.pid);
    }
  }
  return total;
}

export interface RssSampler {
  /** Stops sampling and returns the largest tree sum seen. */
  stop(): Promise<number>;
}

/**
 * Samples the tree's summed RSS every `intervalMs`. A sum, not the largest single process, because the
 * Pagefind binary runs as a child of Node and both hold memory at the same time at the end of a build.
 */
export function startRssSampler(rootPid: number, intervalMs = 100): RssSampler {
  let peak = 0;
  let pending: Promise<void> = Promise.resolve();
  const sample = (): void => {
    pending = pending.then(async () => {
      peak = Math.max(peak, await readTreeRss(rootPid));
    });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await pending;
      return peak;
    },
  };
}
