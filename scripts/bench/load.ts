import autocannon from 'autocannon';

let clients = 0;
/**
 * A client address of its own for each request (10.0.0.1 onwards, 16 million before one comes
 * back): locally wrangler passes `CF-Connecting-IP` through, and the per-client limits count by
 * it, so the bench measures the route rather than the anonymous read limit (issue 17).
 */
export function nextClientAddress(): string {
  clients = (clients % 0xfffffe) + 1;
  return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
}

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
}

/** What a load run counts as failed: any answer other than 2xx or 3xx, connection errors (timeouts among them). */
export const failures = (result: autocannon.Result) => result['1xx'] + result['4xx'] + result['5xx'] + result.errors;

/** `url` driven for `duration` seconds by `connections` clients, each request from another address. */
export const load = (url: string, { connections, duration, headers }: LoadOptions) =>
  autocannon({
    url,
    connections,
    duration,
    headers,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'cf-connecting-ip': nextClientAddress() },
        }),
      },
    ],
  });
