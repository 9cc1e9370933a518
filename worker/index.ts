import type { Bindings } from './env';
import { isApiPath } from './halves';
import type { Job } from './queue/jobs';

/**
 * Loaded on first use, once per isolate. A load that failed is tried again by the next request
 * rather than kept: one failed import must not answer 500 until the isolate is recycled.
 */
const once = <T>(load: () => Promise<T>) => {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
};

/*
 * Nothing heavy runs at module load (issue 17): each half, the cron's work and the queue's
 * consumer are built the first time this isolate needs them. The bundler wraps each dynamically
 * imported module in a function run once; the thousands of zod schemas of the routes and forms
 * are made then, and only for the half a request needs.
 */
const api = once(() => import('./api').then((half) => half.api));
const site = once(() => import('./site').then((half) => half.site));
const cron = once(() => import('./scheduled').then((work) => work.scheduled));
const consumer = once(() => import('./queue/consumer').then((queue) => queue.consume));

export default {
  fetch: async (request, env, ctx) => {
    const half = isApiPath(new URL(request.url).pathname) ? await api() : await site();
    return half.fetch(request, env, ctx);
  },
  scheduled: async (controller, env, ctx) => (await cron())(controller, env, ctx),
  queue: async (batch, env) => (await consumer())(batch, env),
} satisfies ExportedHandler<Bindings, Job>;
