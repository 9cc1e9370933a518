/**
 * Deadlines for the bench's steps (issue 17). Node's fetch waits up to 300 s for an answer's
 * headers (undici's `headersTimeout`), so with the local D1 behind a backlog the bench sat silent
 * for five minutes on one request. Every request and step here fails instead, saying what it was
 * doing, and the bench exits non-zero.
 */

/** Seconds one request may take, body included: the slowest page answers in a few at the bench's volume, even under load. */
export const REQUEST_SECONDS = 60;

/** An answer the bench counts as served: 2xx or 3xx. */
export const served = (status: number) => status >= 200 && status < 400;

/**
 * `work`, or after `seconds` an error naming what the bench was `doing`; `signal` aborts then with
 * that error (a fetch given it stops, body included). Work that takes no signal keeps running: the
 * bench exits on the error (bench.ts).
 */
export async function within<T>(doing: string, seconds: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const error = new Error(`timed out after ${seconds} s ${doing}`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(error);
      reject(error);
    }, seconds * 1000);
  });
  try {
    return await Promise.race([work(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `fetch`, its body read within the deadline (the answer comes back buffered, so reading it cannot
 * hang either); `doing` says what for, and the error names the request too.
 */
export const fetchWithin = (url: string, doing: string, init: RequestInit = {}, seconds = REQUEST_SECONDS) =>
  within(`${doing} (${init.method ?? 'GET'} ${url})`, seconds, async (signal) => {
    const res = await fetch(url, { ...init, signal });
    const body = await res.arrayBuffer();
    return new Response(res.status === 204 || res.status === 304 ? null : body, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  });
