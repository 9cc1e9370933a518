import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { challengeParent, changer, loadAttachment, solutionParent } from '../../access/attachments';
import { loadChallengeFor } from '../../access/challenges';
import { loadSolution } from '../../access/solutions';
import { attachFile } from '../../domain/attachments/attach';
import { contentDisposition, withheldName } from '../../domain/attachments/filename';
import {
  assertChallengeAttachmentsOpen,
  attachmentGone,
  attachmentUrl,
  deleteAttachment,
  findAttachment,
  type Parent,
} from '../../domain/attachments/store';
import { assertChangeOpen } from '../../domain/solutions/lifecycle';
import type { AppEnv } from '../../env';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import type * as routes from './attachments.routes';

/** The new attachment as the API lists it. */
async function created(c: Context<AppEnv>, id: string) {
  const row = await findAttachment(c.var.db, id);
  if (!row) throw new Error(`Attachment ${id} vanished right after it was written.`);
  const { filename, content_type, size, created_at } = row;
  c.header('Location', attachmentUrl(id));
  c.header('Cache-Control', 'no-store');
  return { id, filename, content_type, size, created_at, url: attachmentUrl(id) };
}

const upload = async (c: Context<AppEnv>, actor: Parameters<typeof attachFile>[2], parent: Parent) =>
  attachFile(c.var.db, c.env.FILES, actor, parent, c.req.raw.headers, c.req.raw.body);

export const uploadToSolution: RouteHandler<typeof routes.uploadSolutionAttachment, AppEnv> = async (c) => {
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, c.req.valid('param').id, 'solution.edit');
  assertChangeOpen(record, 'edit');
  const id = await upload(c, actor, solutionParent(record));
  return c.json(await created(c, id), CREATED);
};

export const uploadToChallenge: RouteHandler<typeof routes.uploadChallengeAttachment, AppEnv> = async (c) => {
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, c.req.valid('param').id, 'challenge.edit');
  const parent = challengeParent(record);
  assertChallengeAttachmentsOpen(actor, parent, record.row.status);
  const id = await upload(c, actor, parent);
  return c.json(await created(c, id), CREATED);
};

/** The bytes, only through the Worker, as a download that no browser renders in the site's origin. */
export const download: RouteHandler<typeof routes.getAttachment, AppEnv> = async (c) => {
  const { row, identified } = await loadAttachment(c.var.db, c.var.actor, c.req.valid('param').id, 'attachment.read');
  const object = await c.env.FILES.get(row.r2_key);
  if (!object) throw attachmentGone();
  return c.body(object.body, OK, {
    'Content-Type': row.content_type,
    'Content-Length': String(object.size),
    'Content-Disposition': contentDisposition(identified ? row.filename : withheldName(row.id, row.filename)),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Cache-Control': 'private, no-store',
  }) as never;
};

export const remove: RouteHandler<typeof routes.deleteAttachment, AppEnv> = async (c) => {
  const loaded = await loadAttachment(c.var.db, c.var.actor, c.req.valid('param').id, 'attachment.change');
  const actor = changer(c.var.actor);
  if (loaded.solution) assertChangeOpen(loaded.solution, 'edit');
  if (loaded.challenge && loaded.parent.kind === 'challenge') {
    assertChallengeAttachmentsOpen(actor, loaded.parent, loaded.challenge.row.status);
  }
  await deleteAttachment(c.var.db, actor, loaded.parent, loaded.row);
  return c.body(null, NO_CONTENT);
};
