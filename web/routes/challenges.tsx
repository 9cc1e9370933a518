import { Hono } from 'hono';
import { setEndorsement } from '../../worker/domain/challenges/endorsements';
import {
  type ChallengeStatus,
  MODERATOR_AMENDABLE,
  OWNER_EDITABLE,
  TRANSITION_ACTIONS,
} from '../../worker/domain/challenges/lifecycle';
import { listChallenges } from '../../worker/domain/challenges/list';
import { ChallengeListQuerySchema } from '../../worker/domain/challenges/list.query';
import { challengeQuery, toChallenge } from '../../worker/domain/challenges/read';
import { actionsFrom } from '../../worker/domain/challenges/transition';
import { listClusters } from '../../worker/domain/clusters/list';
import { rankingReads, shapeRanking } from '../../worker/domain/solutions/ranking';
import type { AppEnv } from '../../worker/env';
import { notVisible } from '../../worker/http/problem';
import { moderates } from '../../worker/policy/decisions';
import { can, decide } from '../../worker/policy/policy';
import { emptyForm, readForm, validate } from '../forms';
import type { Translator } from '../i18n';
import { pageContext } from '../page';
import { ChallengePage } from '../pages/challenge';
import { ChallengeBrowserPage } from '../pages/challenge-browser';
import { renderPage } from '../render';
import { errorPage } from './error-page';

/** The confirmation after a redirect-after-post, from its `?done=` marker. */
function noticeFor(tr: Translator, done: string | undefined, status: ChallengeStatus): string | undefined {
  if (done === 'endorsed') return tr.t('challenge.endorsed_notice');
  if (done === 'saved') return tr.t('actions.saved');
  if (done && (TRANSITION_ACTIONS as readonly string[]).includes(done))
    return tr.t('actions.done', { status: tr.t(`status.${status}`) });
  return undefined;
}

const FAILURES = ['deadline', 'note', 'stale', 'state'] as const;
const failureFor = (tr: Translator, code: string | undefined) =>
  FAILURES.find((f) => f === code) && tr.t(`actions.failed.${code as (typeof FAILURES)[number]}`);

/** Query-string values as the form shows them; empty ones mean "any". */
function filterValues(query: Record<string, string>) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

export const challengePages = new Hono<AppEnv>()
  .get('/challenges', async (c) => {
    const page = pageContext(c);
    const values = filterValues(c.req.query());
    const parsed = validate(ChallengeListQuerySchema, values, page.tr.locale);
    const clusters = await listClusters(c.var.db, 100);
    if (!parsed.ok) {
      return renderPage(
        c,
        <ChallengeBrowserPage
          page={page}
          form={{ values, errors: parsed.errors }}
          clusters={clusters}
          results={[]}
          nextHref={null}
        />,
        400,
      );
    }
    const result = await listChallenges(c.var.db, c.var.actor, parsed.data).catch((err: unknown) => err);
    if (result instanceof Error) {
      const errors = 'errors' in result && Array.isArray(result.errors) ? result.errors : [];
      const form = {
        values,
        errors: Object.fromEntries(errors.map((e: { path: string; message: string }) => [e.path, e.message])),
      };
      return renderPage(
        c,
        <ChallengeBrowserPage page={page} form={form} clusters={clusters} results={[]} nextHref={null} />,
        400,
      );
    }
    const { data, next_cursor } = result as Awaited<ReturnType<typeof listChallenges>>;
    const next = next_cursor ? `/challenges?${new URLSearchParams({ ...values, cursor: next_cursor })}` : null;
    return renderPage(
      c,
      <ChallengeBrowserPage page={page} form={emptyForm(values)} clusters={clusters} results={data} nextHref={next} />,
    );
  })
  .get('/challenges/:id', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    const [criteria, rows] = rankingReads(c.var.db, id);
    const [records, criteriaRows, rankedRows] = await c.var.db.batch([
      challengeQuery(c.var.db, id, actor.type === 'user' ? actor.id : null),
      criteria,
      rows,
    ]);
    const record = records[0];
    if (!record || !decide(actor, 'challenge.read', record.row).allow) return errorPage(c, notVisible('challenge'));
    const results = record.row.decided_at ? shapeRanking(id, criteriaRows, rankedRows, 'public') : null;
    const canEndorse =
      actor.type === 'user' &&
      can(actor, 'endorsement.change', record.row) &&
      ['open', 'evaluation', 'decided', 'archived'].includes(record.row.status);
    const page = pageContext(c);
    const row = record.row;
    const actions = actionsFrom(row.status).filter((action) =>
      can(actor, 'challenge.transition', { challenge: row, action }),
    );
    const canEdit =
      can(actor, 'challenge.edit', row) &&
      ((actor.type === 'user' && actor.id === row.owner_id && OWNER_EDITABLE.includes(row.status)) ||
        (moderates(actor, row.cluster_id) && MODERATOR_AMENDABLE.includes(row.status)));
    return renderPage(
      c,
      <ChallengePage
        page={page}
        challenge={toChallenge(record, actor)}
        canEndorse={canEndorse}
        canEdit={canEdit}
        actions={actions}
        results={results}
        notice={noticeFor(page.tr, c.req.query('done'), row.status)}
        failure={failureFor(page.tr, c.req.query('failed'))}
      />,
    );
  })
  .post('/challenges/:id/endorsement', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return c.redirect(`/signin?next=${encodeURIComponent(`/challenges/${id}`)}`, 303);
    const [record] = await challengeQuery(c.var.db, id, actor.id);
    if (!record || !can(actor, 'endorsement.change', record.row)) return errorPage(c, notVisible('challenge'));
    const { endorsed } = await readForm(c);
    await setEndorsement(c.var.db, actor, record, endorsed === '1');
    return c.redirect(`/challenges/${id}${endorsed === '1' ? '?done=endorsed' : ''}`, 303);
  });
