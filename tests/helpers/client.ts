import { SELF } from 'cloudflare:test';
import { type BedsideCredential, createBedsideClient } from '../../clients/typescript/src/index';
import { BASE, freshClient } from './http';

/**
 * The typed client (clients/typescript) talking to the Worker under test. Each client is one
 * client address, so per-client rate limits never leak between tests. `sent` lists every request
 * it made, for tests about what travels.
 */
export function typedClient(credential: BedsideCredential = {}) {
  const address = freshClient();
  const sent: Request[] = [];
  const client = createBedsideClient({
    ...credential,
    baseUrl: BASE,
    fetch: (request) => {
      request.headers.set('cf-connecting-ip', address);
      sent.push(request.clone());
      return SELF.fetch(request);
    },
  });
  return Object.assign(client, { sent });
}
