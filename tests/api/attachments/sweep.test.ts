import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { runCron } from '../../helpers/cron';
import { count } from '../../helpers/db';
import { api, must } from '../../helpers/http';
import { pdfBytes, uploadFile } from '../../helpers/multipart';
import { freshOpenWithSolution } from '../../helpers/solution-fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const HOUR = 60 * 60 * 1000;
const exists = async (key: string) => (await env.FILES.head(key)) !== null;

describe('the cron sweep of attachments', () => {
  it("removes deleted attachments' bytes and rows, and objects no row points to once an hour old", async () => {
    const { solution } = await freshOpenWithSolution(world);
    const token = world.users.solver.token;
    const path = `/api/v1/solutions/${solution}/attachments`;
    const kept = await must(uploadFile(path, token, 'kept.pdf', pdfBytes()), 201);
    const deleted = await must(uploadFile(path, token, 'deleted.pdf', pdfBytes()), 201);
    await must(api(`/api/v1/attachments/${deleted.body.id}`, { method: 'DELETE', token }), 204);
    // An upload whose row never landed: bytes in R2, nothing in D1.
    const orphan = `att/${crypto.randomUUID()}`;
    await env.FILES.put(orphan, pdfBytes());

    // Within the hour the orphan may still be an upload on its way: it stays.
    await runCron(new Date());
    expect(await exists(`att/${deleted.body.id}`)).toBe(false);
    expect(await count('SELECT count(*) AS n FROM attachments WHERE id = ?', deleted.body.id)).toBe(0);
    expect(await exists(orphan)).toBe(true);

    await runCron(new Date(Date.now() + 2 * HOUR));
    expect(await exists(orphan)).toBe(false);
    // What a row points to is never an orphan.
    expect(await exists(`att/${kept.body.id}`)).toBe(true);
    expect((await api(`/api/v1/attachments/${kept.body.id}`, { token })).status).toBe(200);
  });
});
