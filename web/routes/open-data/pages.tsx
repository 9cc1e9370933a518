import { Hono } from 'hono';
import type { AppEnv } from '../../../worker/env';
import { operatorOf } from '../../legal/operator';
import { pageContext } from '../../page';
import { OpenDataPage } from '../../pages/open-data/open-data';
import { renderPage } from '../../render';

/** The open-data page: the datasets anyone may download and their licence. Open to everyone. */
export const openDataPages = new Hono<AppEnv>().get('/open-data', (c) =>
  renderPage(c, <OpenDataPage page={pageContext(c)} operator={operatorOf(c.env).name} />),
);
