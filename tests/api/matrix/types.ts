import type { Role, World } from '../../helpers/actors';

export interface MatrixRequest {
  path: string;
  method?: string;
  body?: unknown;
  /** Overrides the role's own token (e.g. a throw-away session for logout). */
  token?: string;
  /** Extra request headers (e.g. a multipart Content-Type with the body as its text). */
  headers?: Record<string, string>;
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
