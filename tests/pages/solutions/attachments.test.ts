import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { BASE } from '../../helpers/http';
import { BOUNDARY, exeBytes, multipartBody, pdfBytes } from '../../helpers/multipart';
import { page, postForm } from '../../helpers/pages';
import { freshOpenWithSolution } from '../../helpers/solution-fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** The upload form as a browser without JavaScript posts it: multipart, session cookie, our Origin. */
const postFile = (
  path: string,
  cookie: string,
  filename: string,
  data: Uint8Array,
  extra: Record<string, string> = {},
) =>
  SELF.fetch(BASE + path, {
    method: 'POST',
    headers: {
      accept: 'text/html',
      cookie,
      origin: BASE,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      ...extra,
    },
    body: multipartBody([{ name: 'file', filename, data }]),
    redirect: 'manual',
  });

describe('attachments on the solution page, without JavaScript', () => {
  it('offers the solver a labelled multipart upload form with the limits, and the owner only the list', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const html = await (await page(`/solutions/${solution}`, world.users.solver.cookie)).text();
    expect(html).toContain('<h2 id="attachments-title">Attachments</h2>');
    expect(html).toMatch(/<form method="post" action="\/solutions\/[^"]+\/attachments" enctype="multipart\/form-data"/);
    expect(html).toContain('<label for="attachment-file">File to attach</label>');
    expect(html).toMatch(/<input id="attachment-file" name="file" type="file" accept="\.pdf,[^"]*"/);
    expect(html).toContain('at most 10 MB a file, 25 MB and 10 files together');
    const owner = await (await page(`/solutions/${solution}`, world.users.clinician.cookie)).text();
    expect(owner).not.toContain('enctype="multipart/form-data"');
  });

  it('attaches a PDF and lists it with its size; a refused file is explained next to the field, in the page language', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const cookie = world.users.solver.cookie;
    const done = await postFile(`/solutions/${solution}/attachments`, cookie, 'Protocol v2.pdf', pdfBytes(2500));
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/solutions/${solution}?done=attached#attachments`);
    const html = await (await page(`/solutions/${solution}?done=attached`, cookie)).text();
    expect(html).toContain('The file is attached.');
    expect(html).toMatch(
      /<a href="\/api\/v1\/attachments\/[^"]+" download="Protocol v2.pdf"[^>]*>Protocol v2.pdf<\/a>/,
    );
    expect(html).toContain('PDF · 3 KB');

    const refused = await postFile(`/solutions/${solution}/attachments`, cookie, 'rechnung.pdf', exeBytes(), {
      'accept-language': 'de',
    });
    expect(refused.status).toBe(400);
    const german = await refused.text();
    expect(german).toContain('Diese Datei ist ein ausführbares Programm, kein PDF, Bild oder Office-Dokument.');
    expect(german).toMatch(/<p class="field-error" id="attachment-file-error">/);
    expect(german).toContain('aria-invalid="true"');
    expect(await count('SELECT count(*) AS n FROM attachments WHERE solution_id = ?', solution)).toBe(1);

    // The challenge's audit trail says it in words, for the owner, in their language.
    const challenge = (await (await page(`/solutions/${solution}`, cookie)).text()).match(
      /href="\/challenges\/([^"#?]+)"/,
    )?.[1];
    const trail = await (await page(`/challenges/${challenge}/audit?lang=it`, world.users.clinician.cookie)).text();
    expect(trail).toContain('File allegato');
    expect(trail).toContain('«Protocol v2.pdf»');
    expect(trail).toContain('<span class="audit-field">Tipo:</span> application/pdf');
    // The attachment's id is bookkeeping: only in the recorded data, not a line of what changed.
    expect(trail).not.toContain('<span class="audit-field">attachment_id');
  });

  it('refuses an upload posted from another site (Origin check)', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const res = await postFile(`/solutions/${solution}/attachments`, world.users.solver.cookie, 'x.pdf', pdfBytes(), {
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    expect(await count('SELECT count(*) AS n FROM attachments WHERE solution_id = ?', solution)).toBe(0);
  });

  it('asks before deleting, then deletes', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const cookie = world.users.solver.cookie;
    await postFile(`/solutions/${solution}/attachments`, cookie, 'Old draft.pdf', pdfBytes());
    const id = (
      await SELF.fetch(`${BASE}/api/v1/solutions/${solution}`, {
        headers: { authorization: `Bearer ${world.users.solver.token}` },
      }).then((r) => r.json() as Promise<{ attachments: { id: string }[] }>)
    ).attachments[0]?.id;
    const asked = await postForm(`/attachments/${id}/delete`, cookie, {});
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Delete the attachment “Old draft.pdf”?');
    expect(await count('SELECT count(*) AS n FROM attachments WHERE id = ? AND deleted_at IS NULL', id)).toBe(1);
    const deleted = await postForm(`/attachments/${id}/delete`, cookie, { confirmed: 'yes' });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe(`/solutions/${solution}?done=deleted#attachments`);
    expect(await count('SELECT count(*) AS n FROM attachments WHERE id = ? AND deleted_at IS NULL', id)).toBe(0);
    // Nobody else gets as far as the question.
    expect((await postForm(`/attachments/${id}/delete`, world.users.clinician.cookie, {})).status).toBe(404);
  });

  it('lets the owner attach a file to their draft challenge from its page', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    const cookie = world.users.clinician.cookie;
    const before = await (await page(`/challenges/${draft.id}`, cookie)).text();
    expect(before).toMatch(/action="\/challenges\/[^"]+\/attachments" enctype="multipart\/form-data"/);
    const res = await postFile(`/challenges/${draft.id}/attachments`, cookie, 'Data dictionary.pdf', pdfBytes());
    expect(res.status).toBe(303);
    const after = await (await page(`/challenges/${draft.id}?done=attached`, cookie)).text();
    expect(after).toContain('Data dictionary.pdf');
    expect(after).toContain('The file is attached.');
  });
});
