import type { Role, World } from '../helpers/actors';

export interface MatrixRequest {
  path: string;
  method?: string;
  body?: unknown;
  /** Overrides the role's own token (e.g. a throw-away session for logout). */
  token?: string;
}

/** One route of the policy matrix: how to call it as each role, and the exact status expected. */
export interface MatrixCase {
  /** `METHOD /path/template`, exactly as in the OpenAPI document. */
  route: string;
  /** Which resource state this case exercises, when a route has several. */
  variant?: string;
  request: (world: World, role: Role) => MatrixRequest | Promise<MatrixRequest>;
  expect: Record<Role, number>;
}

/** The same status for every role. */
export const everyone = (status: number): Record<Role, number> => ({
  anonymous: status,
  clinician: status,
  solver: status,
  evaluator: status,
  moderator: status,
  other_moderator: status,
  admin: status,
});

/** Signed-in users get `status`, anonymous 401. */
export const signedIn = (status: number): Record<Role, number> => ({ ...everyone(status), anonymous: 401 });

/** Admin gets `status`, other signed-in users 403, anonymous 401. */
export const adminOnly = (status: number): Record<Role, number> => ({
  ...everyone(403),
  anonymous: 401,
  admin: status,
});
