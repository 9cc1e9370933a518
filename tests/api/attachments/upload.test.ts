import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { api, BASE, freshClient, isProblem, must } from '../../helpers/http';
import {
  BOUNDARY,
  concat,
  exeBytes,
  multipartBody,
  multipartHead,
  multipartTail,
  pdfBytes,
  postUpload,
  uploadFile,
} from '../../helpers/multipart';
import { freshOpenWithSolution } from '../../helpers/solution-fixtures';
import { draftSolution, withdrawSolution } from '../../helpers/solutions';

const sha256 = async (bytes: Uint8Array) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const rowsOf = (solutionId: string) =>
  count('SELECT count(*) AS n FROM attachments WHERE solution_id = ? AND deleted_at IS NULL', solutionId);

async function download(id: string, token?: string) {
  const res = await SELF.fetch(`${BASE}/api/v1/attachments/${id}`, {
    headers: { 'cf-connecting-ip': freshClient(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('uploading to a solution', () => {
  it('accepts a PDF, lists it in the solution and serves it byte-identical as a sandboxed download', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const pdf = pdfBytes(3000);
    const res = await uploadFile(
      `/api/v1/solutions/${solution}/attachments`,
      world.users.solver.token,
      'Study plan.pdf',
      pdf,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ filename: 'Study plan.pdf', content_type: 'application/pdf', size: pdf.length });
    const listed = await must(api(`/api/v1/solutions/${solution}`, { token: world.users.solver.token }));
    expect(listed.body.attachments).toEqual([res.body]);

    const { res: got, bytes } = await download(res.body.id, world.users.clinician.token);
    expect(got.status).toBe(200);
    expect(bytes).toEqual(pdf);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-length')).toBe(String(pdf.length));
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Study plan.pdf"; filename*=UTF-8''Study%20plan.pdf`,
    );
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    // Signed in: plain no-store (middleware/private-no-store.ts), stricter still than private.
    expect(got.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses an executable renamed .pdf (415, by its bytes) and keeps nothing', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const res = await uploadFile(
      `/api/v1/solutions/${solution}/attachments`,
      world.users.solver.token,
      'report.pdf',
      exeBytes(),
    );
    expect(isProblem(res, 415, 'unsupported_media_type')).toBe(true);
    expect(res.body.detail).toContain('application/x-msdownload');
    expect(res.body.detail).toContain('PDF');
    expect(res.body.kind).toBe('executable');
    expect(await rowsOf(solution)).toBe(0);
  });

  it('neutralises path traversal, header injection and bidirectional overrides in names', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const path = `/api/v1/solutions/${solution}/attachments`;
    const token = world.users.solver.token;
    const pdf = pdfBytes();
    const cases: [Parameters<typeof multipartBody>[0][number], string][] = [
      [{ name: 'file', filename: '../../etc/passwd.pdf', data: pdf }, 'passwd.pdf'],
      [{ name: 'file', filename: '..\\..\\windows\\win.ini', data: pdf }, 'win.pdf'],
      // Raw CR LF inside the quoted name: the part's header ends there; the injected line is another header.
      [{ name: 'file', filename: 'a"\r\nX-Injected: 1.pdf', data: pdf }, 'a.pdf'],
      [
        { name: 'file', filename: 'x.pdf', filenameStar: "UTF-8''b%22%0D%0AX-Injected%3A%201.pdf", data: pdf },
        'b_X-Injected_ 1.pdf',
      ],
      [{ name: 'file', filename: 'invoice\u202Efdp.exe', data: pdf }, 'invoicefdp.pdf'],
      // UTF-8 as browsers send it, beyond Latin-1: kept.
      [{ name: 'file', filename: 'Prezentare ședință.pdf', data: pdf }, 'Prezentare ședință.pdf'],
    ];
    for (const [part, expected] of cases) {
      const res = await postUpload(path, multipartBody([part]), { token });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.filename).toBe(expected);
      const { res: got } = await download(res.body.id, token);
      expect(got.headers.get('x-injected')).toBeNull();
      const disposition = got.headers.get('content-disposition') ?? '';
      expect(disposition).not.toMatch(/[\r\n\u202E]/);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; /);
      expect(disposition.endsWith(`filename*=UTF-8''${encodeURIComponent(expected)}`)).toBe(true);
    }
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const size = 12_000_000;
    let pulled = 0;
    const chunk = new Uint8Array(16 * 1024).fill(0x41);
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= size) return controller.close();
        const n = Math.min(chunk.length, size - pulled);
        pulled += n;
        controller.enqueue(chunk.subarray(0, n));
      },
    });
    const fixed = new FixedLengthStream(size);
    source.pipeTo(fixed.writable).catch(() => {});
    const res = await postUpload(`/api/v1/solutions/${solution}/attachments`, fixed.readable, {
      token: world.users.solver.token,
    });
    expect(isProblem(res, 413, 'payload_too_large')).toBe(true);
    expect(res.body.detail).toContain('10 MB');
    expect(pulled).toBeLessThan(64 * 1024);
    expect(await rowsOf(solution)).toBe(0);
  });

  it('aborts a streamed body without Content-Length once it passes the limit, leaving nothing in R2 or D1', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const before = (await env.FILES.list({ prefix: 'att/' })).objects.length;
    const head = concat(multipartHead({ name: 'file', filename: 'big.pdf' }), pdfBytes());
    const block = new Uint8Array(256 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (sent > 30_000_000) {
          controller.enqueue(multipartTail());
          return controller.close();
        }
        sent += block.length;
        controller.enqueue(block);
      },
    });
    const res = await postUpload(`/api/v1/solutions/${solution}/attachments`, body, {
      token: world.users.solver.token,
    });
    expect(isProblem(res, 413, 'payload_too_large')).toBe(true);
    expect(sent).toBeLessThan(20_000_000);
    expect(await rowsOf(solution)).toBe(0);
    expect((await env.FILES.list({ prefix: 'att/' })).objects.length).toBe(before);
  });

  it('streams large files into R2 in parts, and refuses what passes 25 MB per solution', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const path = `/api/v1/solutions/${solution}/attachments`;
    const token = world.users.solver.token;
    const big = pdfBytes(9_000_000);
    const first = await uploadFile(path, token, 'one.pdf', big);
    expect(first.status).toBe(201);
    expect((await uploadFile(path, token, 'two.pdf', big)).status).toBe(201);
    const third = await uploadFile(path, token, 'three.pdf', big);
    expect(isProblem(third, 413, 'payload_too_large')).toBe(true);
    expect(third.body.detail).toContain('25 MB');
    expect(await rowsOf(solution)).toBe(2);
    const { bytes } = await download(first.body.id, token);
    expect(bytes.length).toBe(big.length);
    // Compared by digest: a failing toEqual would print a diff of nine million numbers.
    expect(await sha256(bytes)).toBe(await sha256(big));
  });

  it('answers 415 to a body that is not multipart and 400 to a form without a file', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const path = `/api/v1/solutions/${solution}/attachments`;
    const token = world.users.solver.token;
    const json = await api(path, { token, body: { file: 'x' } });
    expect(isProblem(json, 415, 'unsupported_media_type')).toBe(true);
    const noFile = await postUpload(path, multipartBody([{ name: 'note', data: 'hello' }]), { token });
    expect(isProblem(noFile, 400, 'malformed_request')).toBe(true);
    const noBoundary = await postUpload(path, multipartBody([{ name: 'file', filename: 'a.pdf', data: pdfBytes() }]), {
      token,
      contentType: 'multipart/form-data; charset=utf-8',
    });
    expect(isProblem(noBoundary, 400, 'malformed_request')).toBe(true);
    expect(BOUNDARY.length).toBeGreaterThan(0);
  });
});

describe('who sees and changes attachments', () => {
  it('hides a draft solution’s attachment (404, the words of a missing one) from everyone but its solver', async () => {
    const { challenge } = await freshOpenWithSolution(world);
    const draft = await draftSolution(world.users.solver, challenge);
    const up = await must(
      uploadFile(`/api/v1/solutions/${draft}/attachments`, world.users.solver.token, 'draft.pdf', pdfBytes()),
      201,
    );
    const missing = await api('/api/v1/attachments/0190c7a0-0000-7000-8000-000000000000', {
      token: world.users.clinician.token,
    });
    const other = await registerUser('solver');
    for (const token of [
      undefined,
      world.users.clinician.token,
      world.users.moderator.token,
      other.token,
      world.users.admin.token,
    ]) {
      const res = await api(`/api/v1/attachments/${up.body.id}`, { token });
      expect(isProblem(res, 404, 'not_found')).toBe(true);
      expect(res.body.detail).toBe(missing.body.detail);
      expect(isProblem(await api(`/api/v1/attachments/${up.body.id}`, { token, method: 'DELETE' }), 404)).toBe(true);
    }
    expect((await download(up.body.id, world.users.solver.token)).res.status).toBe(200);
  });

  it('takes a withdrawn solution’s attachments out of view', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const up = await must(
      uploadFile(`/api/v1/solutions/${solution}/attachments`, world.users.solver.token, 'w.pdf', pdfBytes()),
      201,
    );
    await must(withdrawSolution(world.users.solver, solution));
    const detail = await must(api(`/api/v1/solutions/${solution}`, { token: world.users.clinician.token }));
    expect(detail.body.attachments).toEqual([]);
    for (const user of [world.users.solver, world.users.clinician]) {
      expect(isProblem(await api(`/api/v1/attachments/${up.body.id}`, { token: user.token }), 404)).toBe(true);
    }
  });

  it('lets the solver delete while the solution may be edited; others may not', async () => {
    const { solution } = await freshOpenWithSolution(world);
    const up = await must(
      uploadFile(`/api/v1/solutions/${solution}/attachments`, world.users.solver.token, 'd.pdf', pdfBytes()),
      201,
    );
    expect(
      (await api(`/api/v1/attachments/${up.body.id}`, { method: 'DELETE', token: world.users.clinician.token })).status,
    ).toBe(403);
    expect(
      (await api(`/api/v1/attachments/${up.body.id}`, { method: 'DELETE', token: world.users.solver.token })).status,
    ).toBe(204);
    expect(isProblem(await api(`/api/v1/attachments/${up.body.id}`, { token: world.users.solver.token }), 404)).toBe(
      true,
    );
    const audit = await count(
      "SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action IN ('attachment.upload', 'attachment.delete')",
      solution,
    );
    expect(audit).toBe(2);
  });

  it('takes challenge attachments from the owner of a draft, and shows them with the challenge', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    const up = await uploadFile(
      `/api/v1/challenges/${draft.id}/attachments`,
      world.users.clinician.token,
      'Data dictionary.pdf',
      pdfBytes(),
    );
    expect(up.status).toBe(201);
    const detail = await must(api(`/api/v1/challenges/${draft.id}`, { token: world.users.clinician.token }));
    expect(detail.body.attachments.map((a: { id: string }) => a.id)).toEqual([up.body.id]);
    expect(isProblem(await api(`/api/v1/attachments/${up.body.id}`, { token: world.users.solver.token }), 404)).toBe(
      true,
    );
    expect(isProblem(await api(`/api/v1/attachments/${up.body.id}`), 404)).toBe(true);
    const bySolver = await uploadFile(
      `/api/v1/challenges/${draft.id}/attachments`,
      world.users.solver.token,
      'x.pdf',
      pdfBytes(),
    );
    expect(isProblem(bySolver, 404)).toBe(true);
  });
});
