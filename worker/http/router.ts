import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { validationProblem } from './validation';

const TARGET_NAMES: Record<string, string> = {
  json: 'request body',
  form: 'form',
  query: 'query parameters',
  param: 'path parameters',
  header: 'headers',
  cookie: 'cookies',
};

/** A router whose validation failures become the same problem document as every other error. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error, TARGET_NAMES[result.target] ?? result.target);
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
