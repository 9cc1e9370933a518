import { readdirSync, readFileSync } from 'node:fs';

// Resident memory of the running `wrangler dev`'s workerd processes, read from /proc (Linux only):
// the upload and open-data benches sample it while they stream, to show memory stays flat.

/** The pids of every `workerd` below `root` (wrangler starts them as its children). */
export function workerdPids(root: number): number[] {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": the name may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parents.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  return [...names].filter(([pid, name]) => name.startsWith('workerd') && below(pid)).map(([pid]) => pid);
}

/** The summed resident memory (bytes) of these processes. */
export const rss = (pids: number[]) => residentParts(pids).rss;

/**
 * The summed resident memory (bytes) of these processes and its parts (`/proc/<pid>/status`):
 * `anon` is the heap and stacks (JavaScript objects, buffers, SQLite's own page cache), `file` the
 * pages of mapped files (SQLite maps its database file: pages it reads count here, and the kernel
 * drops them under pressure), `shmem` shared memory (SQLite's WAL index).
 */
export function residentParts(pids: number[]) {
  const parts = { rss: 0, anon: 0, file: 0, shmem: 0 };
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
      parts.rss += kib('VmRSS');
      parts.anon += kib('RssAnon');
      parts.file += kib('RssFile');
      parts.shmem += kib('RssShmem');
    } catch {
      // The process ended while we looked.
    }
  }
  return parts;
}

const MIB = 2 ** 20;
/** Bytes as MiB with one decimal. */
export const mib = (bytes: number) => Math.round((bytes / MIB) * 10) / 10;

/**
 * Of wrangler's workerd processes, the one that listens on the address the bench talks to: wrangler
 * dev's proxy in front of the Worker (it does not exist in production). The Worker runs in another.
 */
export function proxyPid(pids: number[], base: string): number | undefined {
  const port = new URL(base).port;
  return pids.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`entry=127.0.0.1:${port}`);
    } catch {
      return false;
    }
  });
}

export interface MemorySpan {
  baseline: number;
  peak: number;
  /** The same for each part of it (see `residentParts`): each part's own peak. */
  parts: Record<'anon' | 'file' | 'shmem', { baseline: number; peak: number }>;
}

/**
 * Runs `work` after letting memory settle for `settleMs`, sampling the resident memory of each
 * group of processes every 50 ms until 300 ms after it ends: per group the baseline before, and the
 * peak during, in all and for each part.
 */
export async function peakDuring<T, G extends string>(
  groups: Record<G, number[]>,
  work: () => Promise<T>,
  settleMs = 1000,
) {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const names = Object.keys(groups) as G[];
  const memory = Object.fromEntries(
    names.map((name) => {
      const now = residentParts(groups[name]);
      const part = (value: number) => ({ baseline: value, peak: value });
      const span: MemorySpan = {
        baseline: now.rss,
        peak: now.rss,
        parts: { anon: part(now.anon), file: part(now.file), shmem: part(now.shmem) },
      };
      return [name, span];
    }),
  ) as Record<G, MemorySpan>;
  const timer = setInterval(() => {
    for (const name of names) {
      const now = residentParts(groups[name]);
      const span = memory[name];
      span.peak = Math.max(span.peak, now.rss);
      for (const part of ['anon', 'file', 'shmem'] as const) {
        span.parts[part].peak = Math.max(span.parts[part].peak, now[part]);
      }
    }
  }, 50);
  try {
    const result = await work();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { result, memory };
  } finally {
    clearInterval(timer);
  }
}
