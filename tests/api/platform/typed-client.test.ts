import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../../clients/typescript/src/index';
import { confirmDirectly, createAdmin, createCluster, PASSWORD } from '../../helpers/actors';
import { inDays } from '../../helpers/challenges';
import { typedClient } from '../../helpers/client';
import { tableCounts } from '../../helpers/row-counts';
import { unique } from '../../helpers/unique';

/**
 * Issue 18: the typed client (clients/typescript), generated from the OpenAPI document, drives a
 * whole journey against the Worker: what compiles here is what the document promises, and what
 * passes is what the Worker does.
 */

let cluster: string;

beforeAll(async () => {
  cluster = (await createCluster(await createAdmin())).slug;
});

/** A complete draft, typed by the document: a field the API does not take would not compile. */
const draft = (title: string): components['schemas']['ChallengeCreate'] => ({
  cluster,
  title,
  summary: 'Patients wait three weeks for EGFR/ALK results before targeted therapy can start.',
  problem_statement: 'Biopsy material is sent out to a reference lab; results come back as PDFs after 15–25 days.',
  indication: 'Non-small cell lung cancer',
  care_pathway_step: 'diagnosis',
  patient_population: 'Adults with newly diagnosed advanced NSCLC',
  standard_of_care: 'Send-out NGS panel, results by PDF',
  target_outcome: 'Results available within 10 working days',
  outcome_kpi: 'Median turnaround biopsy → result ≤ 10 working days',
  trl_min: 4,
  trl_max: 7,
  reward_kind: 'pilot',
  deadline: inDays(30),
});

describe('the typed client', () => {
  it('reads the catalogue, signs in, makes a key and posts, reads and pages drafts with it', async () => {
    const anonymous = typedClient();
    const catalogue = await anonymous.GET('/api/v1/challenges', { params: { query: { limit: 5 } } });
    expect(catalogue.response.status).toBe(200);
    expect(catalogue.data?.data).toBeInstanceOf(Array);

    const email = `typed-${unique()}@test.example`;
    const registered = await anonymous.POST('/api/v1/auth/register', {
      body: { email, password: PASSWORD, name: 'Dr. Typed Client', kind: 'clinician' },
    });
    expect(registered.response.status).toBe(201);
    await confirmDirectly(registered.data!.user.id);
    const session = await anonymous.POST('/api/v1/auth/login', { body: { email, password: PASSWORD } });
    expect(session.data).toMatchObject({ token_type: 'Bearer', expires_in: 900 });

    const signedIn = typedClient({ token: session.data!.token });
    const created = await signedIn.POST('/api/v1/me/api-keys', {
      body: { name: 'Portal sync', scopes: ['challenges:read', 'challenges:write'] },
    });
    expect(created.response.status).toBe(201);
    const machine = typedClient({ apiKey: created.data!.secret });

    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const posted = await machine.POST('/api/v1/challenges', { body: draft(`Typed client draft number ${n}`) });
      expect(posted.response.status, JSON.stringify(posted.error)).toBe(201);
      expect(posted.data).toMatchObject({ status: 'draft', version: 1 });
      ids.push(posted.data!.id);
    }
    const read = await machine.GET('/api/v1/challenges/{id}', { params: { path: { id: ids[0]! } } });
    expect(read.data).toMatchObject({ id: ids[0], title: 'Typed client draft number 1', cluster: { slug: cluster } });
    expect(read.response.headers.get('etag')).toBeTruthy();

    // Cursor pages of the owner's drafts in the cluster: every one once, then no cursor.
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 3; page++) {
      const { data } = await machine.GET('/api/v1/challenges', {
        params: { query: { cluster, status: 'draft', limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      seen.push(...data!.data.map((challenge) => challenge.id));
      if (!data!.next_cursor) break;
      cursor = data!.next_cursor;
    }
    expect(seen.sort()).toEqual([...ids].sort());
    expect(cursor, 'two pages: the second ends the list').toBeTruthy();

    // Each request after the first carried the D1 bookmark of the answer before it.
    const bookmarks = machine.sent.map((request) => request.headers.get('x-d1-bookmark'));
    expect(bookmarks[0]).toBeNull();
    expect(bookmarks.slice(1).every(Boolean)).toBe(true);
  });

  it('answers a bad request and a missing scope with typed problems, writing nothing', async () => {
    const admin = await createAdmin();
    const owner = typedClient({ token: admin.token });
    const keyClient = async (scope: 'challenges:read' | 'challenges:write') => {
      const key = await owner.POST('/api/v1/me/api-keys', { body: { name: scope, scopes: [scope] } });
      const client = typedClient({ apiKey: key.data!.secret });
      // A first use writes the key's usage row for the day; the refused requests below only count.
      await client.GET('/api/v1/health');
      return client;
    };
    const [reader, writer] = [await keyClient('challenges:read'), await keyClient('challenges:write')];
    const before = await tableCounts();

    const bad = await writer.POST('/api/v1/challenges', { body: { ...draft('Too short'), title: '' } });
    expect(bad.response.status).toBe(400);
    expect(bad.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.error).toMatchObject({ type: '/problems/validation_failed', status: 400 });
    expect(bad.error?.errors?.map((issue) => issue.path)).toContain('title');

    const refused = await reader.POST('/api/v1/challenges', {
      body: draft('Written with a key that may only read'),
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ type: '/problems/forbidden', status: 403 });
    expect(refused.error?.detail).toContain('"challenges:write"');

    // The keys' use is counted in their usage rows; nothing else moved.
    expect(await tableCounts()).toEqual(before);
  });
});
