// The Worker's own JavaScript heap, read through wrangler dev's inspector (the DevTools protocol):
// what the open-data stream keeps alive, apart from the process's resident memory, which also holds
// the local D1 (SQLite and its page cache), wrangler's proxy and garbage V8 has not collected yet.
// Needs a global WebSocket (Node 22, or Node 20 with --experimental-websocket); null without one.

export interface IsolateHeap {
  /** Bytes of the heap in use now (live objects and garbage not yet collected). */
  used(): Promise<number>;
  /** Bytes still in use after a full garbage collection (a heap snapshot): what is really kept alive. */
  live(): Promise<number>;
  close(): void;
}

interface Target {
  webSocketDebuggerUrl?: string;
}

export async function isolateHeap(inspectorPort: number): Promise<IsolateHeap | null> {
  // Node's WebSocket (undici) takes headers: wrangler's inspector proxy refuses a socket without an Origin.
  const Socket = (
    globalThis as unknown as { WebSocket?: new (url: string, init: { headers: Record<string, string> }) => WebSocket }
  ).WebSocket;
  if (!Socket) return null;
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as Target[];
  const url = targets.find((t) => t.webSocketDebuggerUrl)?.webSocketDebuggerUrl;
  if (!url) return null;
  const socket = new Socket(url, { headers: { origin: `http://127.0.0.1:${inspectorPort}` } });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let next = 0;
  const waiting = new Map<number, (result: Record<string, number>) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, number> };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
  });
  // A call the inspector does not answer (workerd ignores HeapProfiler.collectGarbage) fails after 20 s.
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the inspector`)), 20_000);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  const used = async () => (await call('Runtime.getHeapUsage')).usedSize ?? 0;
  return {
    used,
    // A heap snapshot starts with a full collection; its chunks are events, ignored here.
    live: async () => {
      await call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      return used();
    },
    close: () => socket.close(),
  };
}
