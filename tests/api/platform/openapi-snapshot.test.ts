/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
// As text: typing 700 KB of JSON would cost the type check seconds and tell nothing.
import snapshotText from '../../../docs/openapi.json?raw';
import { api, BASE } from '../../helpers/http';

// docs/openapi.json is written in Node from the routes (`npm run api:generate`, checked by
// tests/tooling/api-artifacts.test.ts); this holds it to what the Worker serves, so the snapshot
// reviewers read and the client's types are the document clients get.
describe('the OpenAPI snapshot', () => {
  it('is the served document, apart from the server it names', async () => {
    const snapshot = JSON.parse(snapshotText);
    const served = await api('/api/v1/openapi.json');
    expect(served.status).toBe(200);
    expect(served.body.servers).toEqual([{ url: BASE }]);
    expect(snapshot.servers).toEqual([{ url: 'https://bedside.example' }]);
    expect({ ...served.body, servers: snapshot.servers }).toEqual(snapshot);
  });
});
