import { fetchWithin } from './deadline';
import { mib, peakDuring, workerdPids } from './memory';
import type { BenchContext } from './routes';

/**
 * A 10 MB upload against the running `wrangler dev`, with the resident memory of its workerd
 * processes sampled every 50 ms: the upload streams into R2 in 5 MiB parts, so the peak should
 * grow by a few MiB, not by the file's size. Linux only (it reads /proc); elsewhere it says so.
 */

const MB = 1_000_000;

function pdfUpload(size: number) {
  const boundary = 'bench-upload-9e2b';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="large.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, Buffer.alloc(size - 9, 0x20), tail]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

export interface UploadMeasure {
  status: number;
  ms: number;
  baselineMiB: number;
  peakMiB: number;
  growthMiB: number;
  /** The same for a 1 MB file. */
  growth1MBMiB: number;
  processes: number;
}

/** Uploads 10 MB to the open challenge as the admin (who may amend it), then deletes it again. */
export async function measureUpload(base: string, serverPid: number, ctx: BenchContext): Promise<UploadMeasure | null> {
  if (process.platform !== 'linux') return null;
  const pids = workerdPids(serverPid);
  const post = async (size: number) => {
    const { body, type } = pdfUpload(size);
    const res = await fetchWithin(
      `${base}/api/v1/challenges/${ctx.challengeId}/attachments`,
      `uploading ${size} bytes`,
      {
        method: 'POST',
        headers: { ...ctx.adminAuth, 'content-type': type, origin: base },
        body,
      },
    );
    const json = (await res.json()) as { id?: string };
    if (json.id) {
      await fetchWithin(`${base}/api/v1/attachments/${json.id}`, 'deleting the upload', {
        method: 'DELETE',
        headers: { ...ctx.adminAuth, origin: base },
      });
    }
    return res.status;
  };
  // Warm up the code path, then let the memory settle before each baseline.
  await post(100_000);
  const peakGrowth = async (size: number) => {
    const { result, memory } = await peakDuring({ all: pids }, async () => {
      const started = performance.now();
      const status = await post(size);
      return { status, ms: Math.round(performance.now() - started) };
    });
    return { ...result, ...memory.all };
  };
  // A file ten times larger should not take ten times the memory: compare 1 MB with 10 MB.
  const small = await peakGrowth(MB);
  const { status, ms, baseline, peak } = await peakGrowth(10 * MB);
  return {
    status,
    ms,
    baselineMiB: mib(baseline),
    peakMiB: mib(peak),
    growthMiB: mib(peak - baseline),
    growth1MBMiB: mib(small.peak - small.baseline),
    processes: pids.length,
  };
}
