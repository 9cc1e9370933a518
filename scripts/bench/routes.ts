/** The routes `npm run bench` measures. Later issues add their read paths here. */
export interface BenchContext {
  /** An open public challenge of the seeded volume. */
  challengeId: string;
}

export interface BenchRoute {
  name: string;
  path: (ctx: BenchContext) => string;
  headers?: Record<string, string>;
}

/** Every other route is reported as a ratio to this one: same worker, no database. */
export const TRIVIAL: BenchRoute = { name: 'trivial: GET /api/v1/health/live', path: () => '/api/v1/health/live' };

export const ROUTES: BenchRoute[] = [
  { name: 'GET /api/v1/health', path: () => '/api/v1/health' },
  { name: 'GET / (home page)', path: () => '/', headers: { accept: 'text/html' } },
  { name: 'list: GET /api/v1/challenges', path: () => '/api/v1/challenges' },
  {
    name: 'list filtered (open, tag, trl)',
    path: () => '/api/v1/challenges?status=open&tag=imaging&trl=5&sort=deadline',
  },
  { name: 'search: ?q=genome pharmaco', path: () => '/api/v1/challenges?q=genome%20pharmaco' },
  { name: 'detail: GET /api/v1/challenges/{id}', path: (ctx) => `/api/v1/challenges/${ctx.challengeId}` },
];

/** Resolves the ids the routes need, from the running instance. */
export async function benchContext(base: string): Promise<BenchContext> {
  const res = await fetch(`${base}/api/v1/challenges?status=open&limit=1`);
  const body = (await res.json()) as { data: { id: string }[] };
  const challengeId = body.data[0]?.id;
  if (!challengeId) throw new Error('The benchmark database has no open challenge to read.');
  return { challengeId };
}
