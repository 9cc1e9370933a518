import { Hono } from 'hono';
import { challengePages, loadChallengeWith } from '../../../worker/access/challenges';
import { auditTrailFor, loadAuditEntry } from '../../../worker/access/moderation';
import type { SignedIn } from '../../../worker/domain/actor';
import { notVisible } from '../../../worker/domain/errors';
import { criteriaQuery } from '../../../worker/domain/evaluation/ranking';
import { purgeAuditEntry, textFields } from '../../../worker/domain/moderation/audit-purge';
import { idAfter, toPage } from '../../../worker/domain/paging';
import type { AppEnv } from '../../../worker/env';
import { authorize, can } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { purgeForm } from '../../forms/moderation';
import { pageContext } from '../../page';
import { AuditPage } from '../../pages/moderation/audit';
import { AuditPurgePage } from '../../pages/moderation/audit-purge';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const PAGE_SIZE = 50;
const ENTRY_ID = ':entryId{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}';

const trailHref = (challengeId: string) => `/challenges/${challengeId}/audit`;
const purgeHref = (challengeId: string, entryId: string) => `/challenges/${challengeId}/audit/${entryId}/purge`;

/**
 * The challenge, its links and one entry of its trail, for the purge form; one round trip. Those
 * who may not read the trail or the entry get what they would for the trail, or 404; a reader who
 * is not an admin, 403 with the policy's reason.
 */
async function loadPurge(c: Ctx, actor: SignedIn) {
  const id = c.req.param('id') ?? '';
  const entryId = c.req.param('entryId') ?? '';
  const filter = { id: entryId, challenge: id, limit: 1 } as const;
  const [{ row, has_my_solutions }, [entry]] = await loadChallengeWith(
    c.var.db,
    actor,
    id,
    auditTrailFor(c.var.db, actor, filter),
  );
  authorize(actor, 'challenge.audit', row);
  if (!entry) throw notVisible('audit entry');
  authorize(actor, 'audit.purge');
  const links = challengePages(actor, row, undefined, Boolean(has_my_solutions));
  return { actor, id, entryId, row, links, entry };
}

type Loaded = Awaited<ReturnType<typeof loadPurge>>;

const purgePage = (c: Ctx, { id, entryId, row, links, entry }: Loaded, form: FormState, status: 200 | 400 = 200) =>
  renderPage(
    c,
    <AuditPurgePage
      page={pageContext(c)}
      challenge={row}
      links={links}
      entry={entry}
      fields={textFields(entry)}
      form={form}
      action={purgeHref(id, entryId)}
      back={trailHref(id)}
    />,
    status,
  );

/**
 * A challenge's audit trail (entries about it, its questions and its solutions), newest first and
 * in words, for its owner and the moderators of its cluster; one round trip.
 */
export const auditPages = new Hono<AppEnv>()
  .get(`/challenges/${ID}/audit`, signedIn, async (c) => {
    const actor = c.var.user;
    const id = c.req.param('id');
    const filter = {
      challenge: id,
      limit: PAGE_SIZE + 1,
      before: idAfter(c.req.query('cursor')),
    } as const;
    const [{ row, has_my_solutions }, rows, criteria] = await loadChallengeWith(
      c.var.db,
      actor,
      id,
      auditTrailFor(c.var.db, actor, filter),
      criteriaQuery(c.var.db, id),
    );
    authorize(actor, 'challenge.audit', row);
    // Admins may remove text posted by mistake from an entry that holds some.
    const purges = can(actor, 'audit.purge');
    const { data, next_cursor } = toPage(
      rows,
      PAGE_SIZE,
      (r) => [r.id],
      (r) => ({ ...r, purge_href: purges && textFields(r).length > 0 ? purgeHref(id, r.id) : null }),
    );
    const page = pageContext(c);
    return renderPage(
      c,
      <AuditPage
        page={page}
        challenge={row}
        links={challengePages(actor, row, undefined, Boolean(has_my_solutions))}
        entries={data}
        criteria={Object.fromEntries(criteria.map((k) => [k.key, k.label]))}
        olderHref={next_cursor ? `/challenges/${id}/audit?cursor=${next_cursor}` : null}
        notice={c.req.query('done') === 'purged' ? page.tr.t('moderation.purge.done') : undefined}
      />,
    );
  })
  .get(`/challenges/${ID}/audit/${ENTRY_ID}/purge`, signedIn, async (c) => {
    const loaded = await loadPurge(c, c.var.user);
    return purgePage(c, loaded, emptyForm({ fields: textFields(loaded.entry).join('\n'), reason: '' }));
  })
  .post(`/challenges/${ID}/audit/${ENTRY_ID}/purge`, signedIn, async (c) => {
    const loaded = await loadPurge(c, c.var.user);
    const stored = await loadAuditEntry(c.var.db, loaded.actor, loaded.entryId);
    return submitForm(c, purgeForm, {
      run: async (input) => {
        await purgeAuditEntry(c.var.db, loaded.actor, stored, input);
        return c.redirect(`${trailHref(loaded.id)}?done=purged`, 303);
      },
      rerender: (form) => purgePage(c, loaded, form, 400),
      wholeForm: true,
    });
  });
