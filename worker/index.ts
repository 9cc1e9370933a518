import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { detectLocale } from '../web/locale';
import { notFoundPage, pages } from '../web/routes';
import { onError, onNotFound } from './http/on-error';
import { createRouter } from './http/router';
import { apiBodyLimit, requireJson } from './middleware/body';
import { database } from './middleware/database';
import { securityHeaders } from './middleware/security-headers';
import { registerOpenApi } from './openapi';
import { healthRouter } from './routes/health/health.index';

const app = createRouter();

app.use(requestId());
app.use(securityHeaders);
app.use('/api/*', cors({ origin: '*', exposeHeaders: ['ETag', 'Retry-After', 'WWW-Authenticate'], maxAge: 600 }));
app.use('/api/*', apiBodyLimit, requireJson);
app.use(detectLocale);
app.use(database);

app.route('/', healthRouter);
app.route('/', pages);
registerOpenApi(app);

app.onError(onError);
app.notFound((c) => {
  const wantsHtml = !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');
  return wantsHtml ? notFoundPage(c) : onNotFound(c);
});

export default app;
