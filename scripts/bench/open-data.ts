import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorld } from '../../worker/seed/demo-world';
import { seedDemo } from '../../worker/seed/seed';
import { applyLocalMigrations, withLocalDb } from '../lib/local-db';
import { type IsolateHeap, isolateHeap } from './inspector';
import { mib, peakDuring, proxyPid, workerdPids } from './memory';
import { type BenchServer, startServer } from './server';
import { seedVolume } from './volume';

/**
 * The open-data export of the challenges at growing sizes, read slowly (1 ms after every chunk, so
 * the Worker waits on the reader) while the resident memory of wrangler's workerd processes is
 * sampled every 50 ms. The export reads a page of 500 rows only when the reader took the one
 * before, so memory should grow by the same few MiB at 10 000 rows as at 100 000: flat when the
 * growths differ by less than 8 MiB. Each size runs on a database of its own (the other routes'
 * figures keep their volume), grown from one size to the next. Linux only (it reads /proc).
 *
 * The first read of the rows after wrangler dev started grows its process by tens of MiB, more at
 * 100 000 rows than at 10 000, whichever format reads first, outside the Worker's isolate (its
 * heap stays the same): the local D1 (simulator and SQLite, in the same workerd) reading the
 * whole table once. So both formats are read in full once before the measured passes, and that
 * warm-up's growth is reported on its own. The resident-memory passes come before the isolate-heap
 * passes: a heap snapshot grows workerd by tens of MiB, free room the next pass would grow into.
 */

const FORMATS = ['csv', 'json'] as const;

export interface OpenDataMeasure {
  /** Public challenges in the dataset (the seeded ones and the demo world's). */
  rows: number;
  format: 'csv' | 'json';
  status: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** The Worker's workerd process (with the local D1 it reads). */
  baselineMiB: number;
  peakMiB: number;
  growthMiB: number;
  /** Of that growth: the Worker process's heap (JavaScript, buffers, SQLite's page cache) … */
  anonGrowthMiB: number;
  /** … and the pages of the mapped database file SQLite read (file-backed: the kernel reclaims them). */
  fileGrowthMiB: number;
  /**
   * The Worker isolate's JavaScript heap (inspector; null without a WebSocket): the most it held
   * alive during the export (sampled after a full collection every 2 s) over what it held
   * before — what the stream keeps — and the most in use, garbage included.
   */
  heapLiveGrowthMiB: number | null;
  heapUsedPeakMiB: number | null;
  /** wrangler dev's proxy in front of it (not in production): it keeps what passed through for a while. */
  proxyGrowthMiB: number;
  /**
   * The Worker process's growth over the warm-up before the measured passes (this size's first
   * read of the rows, both formats at full speed): the local D1's first read, not the export's.
   */
  firstReadGrowthMiB: number;
}

/** Reads a response body slowly to its end; counts its bytes and CRLFs (a CSV's records and header). */
async function slowRead(url: string, pauseMs = 1) {
  const res = await fetch(url);
  if (!res.body) throw new Error(`${url} answered ${res.status} without a body`);
  const reader = res.body.getReader();
  let bytes = 0;
  let lines = 0;
  let previous = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let at = value.indexOf(10); at >= 0; at = value.indexOf(10, at + 1)) {
      if ((at > 0 ? value[at - 1] : previous) === 13) lines++;
    }
    previous = value[value.length - 1] ?? previous;
    bytes += value.length;
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { status: res.status, bytes, lines };
}

/**
 * Reads `url` slowly while sampling the isolate's heap: live (after a collection) every 2 s, in use
 * every 100 ms. A pass of its own: heap snapshots take memory in workerd, which the resident
 * memory pass must not see. Null when the inspector cannot say.
 */
async function heapDuring(heap: IsolateHeap | null, url: string) {
  if (!heap) return null;
  try {
    const before = await heap.live();
    let livePeak = before;
    let usedPeak = await heap.used();
    let running = true;
    const sampling = (async () => {
      for (let tick = 1; running; tick++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        usedPeak = Math.max(usedPeak, await heap.used());
        if (tick % 20 === 0) livePeak = Math.max(livePeak, await heap.live());
      }
    })();
    // Handled now, thrown below: an inspector that stops answering mid-read must not end the bench.
    sampling.catch(() => undefined);
    try {
      await slowRead(url);
    } finally {
      running = false;
      await sampling;
    }
    return { liveGrowth: livePeak - before, usedPeak };
  } catch {
    return null;
  }
}

async function stopAndWait(server: BenchServer) {
  const exited = new Promise((resolve) => {
    if (server.child.exitCode !== null) resolve(null);
    else server.child.once('exit', resolve);
  });
  server.stop();
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

export async function measureOpenData(
  sizes: readonly number[],
  log: (message: string) => void,
): Promise<OpenDataMeasure[] | null> {
  if (process.platform !== 'linux') return null;
  const persistTo = mkdtempSync(join(tmpdir(), 'bedside-bench-open-data-'));
  const measures: OpenDataMeasure[] = [];
  let seeded = 0;
  try {
    applyLocalMigrations(persistTo);
    await withLocalDb(persistTo, (db) => seedDemo(db, demoWorld));
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const started = Date.now();
      await withLocalDb(persistTo, async (db) => {
        await seedVolume(db, { challenges: size - seeded, allPublic: true });
      });
      seeded = size;
      log(`open data: ${size} public challenges seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const server = await startServer(persistTo, { inspector: true });
      try {
        const pids = server.child.pid ? workerdPids(server.child.pid) : [];
        const proxy = proxyPid(pids, server.base);
        const groups = { worker: pids.filter((pid) => pid !== proxy), proxy: proxy ? [proxy] : [] };
        // Connected before the reads: a second DevTools socket, or one opened after them, went unanswered.
        const heap = await isolateHeap(server.inspectorPort).catch(() => null);
        // Warm up the code path on the small dataset, then read the whole dataset once in each
        // format at full speed (see above): the measured passes then see the export alone.
        await slowRead(`${server.base}/api/v1/open-data/results.json`);
        const url = (format: string) => `${server.base}/api/v1/open-data/challenges.${format}`;
        const warmUp = await peakDuring(groups, async () => {
          for (const format of FORMATS) await slowRead(url(format), 0);
        });
        const firstReadGrowthMiB = mib(warmUp.memory.worker.peak - warmUp.memory.worker.baseline);
        log(
          `open data: the first read of the ${size} rows (both formats, before the measured passes) grew the Worker process by ${firstReadGrowthMiB} MiB`,
        );
        let rows = 0;
        const passes = [];
        for (const format of FORMATS) {
          const { result, memory } = await peakDuring(groups, async () => {
            const begun = performance.now();
            const read = await slowRead(url(format));
            return { ...read, seconds: (performance.now() - begun) / 1000 };
          });
          // The CSV has a header and ends with CRLF: its records are the CRLFs less one.
          if (format === 'csv') rows = result.lines - 1;
          passes.push({ format, result, memory });
        }
        for (const { format, result, memory } of passes) {
          const isolate = await heapDuring(heap, url(format));
          measures.push({
            rows,
            format,
            status: result.status,
            bytes: result.bytes,
            seconds: Math.round(result.seconds * 10) / 10,
            rowsPerSecond: Math.round(rows / result.seconds),
            baselineMiB: mib(memory.worker.baseline),
            peakMiB: mib(memory.worker.peak),
            growthMiB: mib(memory.worker.peak - memory.worker.baseline),
            anonGrowthMiB: mib(memory.worker.parts.anon.peak - memory.worker.parts.anon.baseline),
            fileGrowthMiB: mib(
              memory.worker.parts.file.peak +
                memory.worker.parts.shmem.peak -
                memory.worker.parts.file.baseline -
                memory.worker.parts.shmem.baseline,
            ),
            proxyGrowthMiB: mib(memory.proxy.peak - memory.proxy.baseline),
            heapLiveGrowthMiB: isolate ? mib(isolate.liveGrowth) : null,
            heapUsedPeakMiB: isolate ? mib(isolate.usedPeak) : null,
            firstReadGrowthMiB,
          });
          const m = measures.at(-1);
          log(
            `open data: challenges.${format} at ${rows} rows: Worker process peak ${m?.peakMiB} MiB, +${m?.growthMiB} MiB (heap +${m?.anonGrowthMiB}, mapped file +${m?.fileGrowthMiB}); isolate heap kept +${m?.heapLiveGrowthMiB ?? '?'} MiB, in use at most ${m?.heapUsedPeakMiB ?? '?'} MiB`,
          );
        }
        heap?.close();
      } finally {
        await stopAndWait(server);
      }
    }
    return measures;
  } finally {
    rmSync(persistTo, { recursive: true, force: true });
  }
}

/** The verdict: per format, the growth at the largest size less the growth at the smallest. */
export function flatness(measures: readonly OpenDataMeasure[]) {
  return FORMATS.map((format) => {
    const of = measures.filter((m) => m.format === format);
    const first = of[0];
    const last = of.at(-1);
    const difference = first && last ? Math.round((last.growthMiB - first.growthMiB) * 10) / 10 : 0;
    // Flat: the larger export grows the process by less than 8 MiB more than the smaller one. A
    // smaller growth at the larger size is not a trend but the noise of the smaller pass.
    return { format, difference, flat: difference < 8 };
  });
}
