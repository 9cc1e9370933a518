import { createRouter } from '../../http/router';
import { getHealth, getLiveness } from './health.handlers';
import { health, liveness } from './health.routes';

export const healthRouter = createRouter().openapi(health, getHealth).openapi(liveness, getLiveness);
