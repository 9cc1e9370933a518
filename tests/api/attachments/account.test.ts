import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type World } from '../../helpers/actors';
import { runCron } from '../../helpers/cron';
import { count } from '../../helpers/db';
import { api, must } from '../../helpers/http';
import { pdfBytes, uploadFile } from '../../helpers/multipart';
import { freshOpenWithSolution } from '../../helpers/solution-fixtures';
import { draftSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("a person's attachments and their account", () => {
  it('lists what they attached in their export (metadata, never the bytes or the R2 key)', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const up = await must(
      uploadFile(`/api/v1/solutions/${solution}/attachments`, world.users.solver.token, 'Export me.pdf', pdfBytes()),
      201,
    );
    const data = (await must(api('/api/v1/me/export', { token: world.users.solver.token }))).body;
    const mine = data.attachments.find((a: { id: string }) => a.id === up.body.id);
    expect(mine).toEqual({
      id: up.body.id,
      solution_id: solution,
      challenge_id: null,
      filename: 'Export me.pdf',
      content_type: 'application/pdf',
      size: up.body.size,
      created_at: up.body.created_at,
      deleted_at: null,
    });
    // Someone else's export does not hold it.
    const other = (await must(api('/api/v1/me/export', { token: world.users.clinician.token }))).body;
    expect(other.attachments.map((a: { id: string }) => a.id)).not.toContain(up.body.id);
  });

  it('deletes the attachments of the solutions that go with a deleted account; the sweep removes their bytes', async () => {
    const solver = await registerUser('solver');
    const { challenge } = await freshOpenWithSolution(world);
    const draft = await draftSolution(solver, challenge);
    const up = await must(
      uploadFile(`/api/v1/solutions/${draft}/attachments`, solver.token, 'mine.pdf', pdfBytes()),
      201,
    );
    await must(api('/api/v1/me/deletion', { token: solver.token, body: { password: PASSWORD } }), 204);
    expect(await count('SELECT count(*) AS n FROM attachments WHERE id = ?', up.body.id)).toBe(0);
    await runCron(new Date(Date.now() + 2 * 60 * 60 * 1000));
    expect(await env.FILES.head(`att/${up.body.id}`)).toBeNull();
  });
});
