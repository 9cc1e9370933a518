import { Hono } from 'hono';
import { dashboard } from '../../../worker/domain/accounts/dashboard';
import type { AppEnv } from '../../../worker/env';
import { pageContext } from '../../page';
import { MePage } from '../../pages/accounts/me';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** My page: what needs me now, my challenges, solutions and jury seats. */
export const mePages = new Hono<AppEnv>().get('/me', signedIn, async (c) => {
  const data = await dashboard(c.var.db, c.var.user);
  return renderPage(c, <MePage page={pageContext(c)} data={data} welcome={c.req.query('welcome') === '1'} />);
});
