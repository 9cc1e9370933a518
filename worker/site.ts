import { pages } from '../web/routes/index';
import { createApp } from './app';

/**
 * The pages half of the Worker: everything server-rendered. Built on the first request for a
 * page (worker/index.ts), so an isolate that only serves the API never builds the pages.
 */
export const site = createApp((app) => {
  app.route('/', pages);
});
