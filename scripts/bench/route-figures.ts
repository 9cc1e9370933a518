import { fetchWithin, served, within } from './deadline';
import { failures, load, nextClientAddress } from './load';

/**
 * D1 round trips and statements one request made, and the milliseconds they took, from the
 * Server-Timing header (QUERY_STATS=1); with the whole request's time as this client saw it, on an
 * idle server. What is not D1 is the Worker's own work (and the local hop): where to look first.
 */
export async function queriesPerRequest(url: string, headers: Record<string, string>) {
  const started = performance.now();
  const res = await fetchWithin(url, 'counting the queries of one request', {
    headers: { ...headers, 'cf-connecting-ip': nextClientAddress() },
  });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  const timing = res.headers.get('server-timing') ?? '';
  const match = /d1;dur=([\d.]+);desc="calls=(\d+) statements=(\d+)/.exec(timing);
  return {
    status: res.status,
    calls: Number(match?.[2] ?? 0),
    statements: Number(match?.[3] ?? 0),
    ms: Math.round(ms),
    d1ms: Math.round(Number(match?.[1] ?? 0)),
  };
}

export interface RouteFigures {
  status: number;
  calls: number;
  statements: number;
  /** One request on an idle server after the load (warm): all of it, and its D1 calls. */
  ms: number;
  d1ms: number;
  rps: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx and 3xx, and connection errors: any of them fails the bench. */
  failed: number;
  errors: number;
}

/** One request to count its queries, then `url` under load for `duration` seconds. */
export async function routeFigures(
  url: string,
  headers: Record<string, string>,
  { connections, duration }: { connections: number; duration: number },
): Promise<RouteFigures> {
  const queries = await queriesPerRequest(url, headers);
  // autocannon stops itself after `duration` (its requests time out after 10 s, counted as errors):
  // the deadline is for a load run that never ends.
  const result = await within(`driving ${url} for ${duration} s`, duration + 60, () =>
    load(url, { headers, connections, duration }),
  );
  // Timed once more after the load, warm: the first request also paid for compiling and filling caches.
  const warm = await queriesPerRequest(url, headers);
  return {
    status: queries.status,
    calls: queries.calls,
    statements: queries.statements,
    ms: warm.ms,
    d1ms: warm.d1ms,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: failures(result) + (served(queries.status) ? 0 : 1),
    errors: result.errors,
  };
}
