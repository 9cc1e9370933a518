import { everyone, type Role, type World } from '../../helpers/actors';

export interface PageCase {
  /** The route as the page app registers it, with `{param}` for each parameter. */
  page: string;
  /** Which resource state this case exercises, when a page has several. */
  variant?: string;
  path: (world: World) => Promise<string>;
  expect: Record<Role, number>;
  /** What it answers with when it is not an HTML page (a download); `text/html` when left out. */
  contentType?: string;
}

/** Signed-in users get `status` (or their own in `others`); anonymous visitors are sent to sign in. */
export const signedInPage = (status: number, others: Partial<Record<Role, number>> = {}): Record<Role, number> => ({
  ...everyone(status),
  anonymous: 303,
  ...others,
});

/** Pages anyone may open, signed in or not. */
export const publicPage = (status = 200): Record<Role, number> => everyone(status);
