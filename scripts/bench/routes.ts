/** The routes `npm run bench` measures. Later issues add their read paths here. */
export interface BenchRoute {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

/** Every other route is reported as a ratio to this one: same worker, no database. */
export const TRIVIAL: BenchRoute = { name: 'trivial: GET /api/v1/health/live', path: '/api/v1/health/live' };

export const ROUTES: BenchRoute[] = [
  { name: 'GET /api/v1/health', path: '/api/v1/health' },
  { name: 'GET / (home page)', path: '/', headers: { accept: 'text/html' } },
];
