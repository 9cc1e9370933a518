import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths } from './schema';

/** Every error the API answers: an RFC 9457 problem document whose `type` is `/problems/<code>`. */
export type Problem = components['schemas']['Problem'];

/** Both credentials travel as `Authorization: Bearer …`; the API reads one, so a client holds one. */
export type BedsideCredential = { token?: string; apiKey?: never } | { apiKey?: string; token?: never };

export type BedsideClientOptions = BedsideCredential & {
  /** The deployment's origin, e.g. `https://bedside.example`: the document's paths start with `/api/v1`. */
  baseUrl: string;
  /** Another fetch (a test's, a proxy's, one that retries); `globalThis.fetch` otherwise. */
  fetch?: (request: Request) => Promise<Response>;
};

/** The API's D1 bookmark (see the document's description). */
const BOOKMARK = 'x-d1-bookmark';

/**
 * A client typed from the OpenAPI document: paths, parameters, bodies, answers and problems.
 * `token` is an access token from `POST /api/v1/auth/login` (15 minutes), `apiKey` a key (`bsk_…`)
 * from `POST /api/v1/me/api-keys`; without either, the client reads what is public.
 */
export function createBedsideClient({ baseUrl, token, apiKey, fetch }: BedsideClientOptions) {
  const credential = token ?? apiKey;
  const client = createClient<paths>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    headers: credential ? { authorization: `Bearer ${credential}` } : {},
  });
  // Each request carries the bookmark of the answer before it, so a read after a write sees the
  // write even when a read replica answers it.
  let bookmark: string | null = null;
  client.use({
    onRequest: ({ request }) => {
      if (bookmark) request.headers.set(BOOKMARK, bookmark);
      return request;
    },
    onResponse: ({ response }) => {
      bookmark = response.headers.get(BOOKMARK) ?? bookmark;
      return response;
    },
  });
  return client;
}

export type BedsideClient = ReturnType<typeof createBedsideClient>;
