import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { EmailSchema } from '../../worker/domain/accounts/account.schema';
import { type ChallengeRecord, challengeQuery } from '../../worker/domain/challenges/read';
import { readAuditLog } from '../../worker/domain/moderation/audit-log';
import { decideChallenge } from '../../worker/domain/solutions/decision';
import { assignEvaluatorByEmail, juryEditable, listJury, removeEvaluator } from '../../worker/domain/solutions/jury';
import { solutionsQuery, toListItem } from '../../worker/domain/solutions/list';
import { juryProgress, jurySeat, rankedCount } from '../../worker/domain/solutions/ranking';
import { readRanking } from '../../worker/domain/solutions/ranking-view';
import { DecisionInputSchema } from '../../worker/domain/solutions/solution.schema';
import type { AppEnv } from '../../worker/env';
import { idAfter, toPage } from '../../worker/http/pagination';
import { notVisible, Problem } from '../../worker/http/problem';
import type { SignedIn } from '../../worker/policy/actor';
import { authorize, can } from '../../worker/policy/policy';
import { loadVisibleChallenge, loadVisibleChallengeWith, visible } from '../../worker/routes/challenges/load';
import { challengeLinks } from '../challenge-links';
import { emptyForm, fieldErrorsOrThrow, readForm, validate } from '../forms';
import { pageContext } from '../page';
import { AuditPage } from '../pages/audit';
import { ChallengeSolutionsPage } from '../pages/challenge-solutions';
import { JuryPage } from '../pages/jury';
import { RankingPage } from '../pages/ranking';
import { renderPage } from '../render';
import { signInFirst } from './sign-in-first';

const PAGE_SIZE = 50;
const JuryInviteSchema = z.object({ email: EmailSchema });
const heading = ({ id, title, language, status }: ChallengeRecord['row']) => ({ id, title, language, status });

async function showJury(c: Context<AppEnv>, actor: SignedIn, id: string, form = emptyForm(), status: 200 | 400 = 200) {
  const db = c.var.db;
  const [records, members, ranked] = await db.batch([
    challengeQuery(db, id, actor.id),
    listJury(db, id),
    rankedCount(db, id),
  ]);
  const { row } = visible(c, records[0]);
  authorize(actor, 'jury.manage', row);
  const done = c.req.query('done');
  const page = pageContext(c);
  return renderPage(
    c,
    <JuryPage
      page={page}
      challenge={heading(row)}
      links={challengeLinks(actor, row, undefined)}
      members={members}
      solutions={ranked[0]?.count ?? 0}
      editable={juryEditable(row.status)}
      form={form}
      notice={done === 'added' || done === 'removed' ? page.tr.t(`jury.done.${done}`) : undefined}
    />,
    status,
  );
}

async function showRanking(
  c: Context<AppEnv>,
  actor: SignedIn,
  id: string,
  form = emptyForm(),
  status: 200 | 400 = 200,
) {
  const read = await readRanking(c.var.db, actor, id);
  const { row } = visible(c, read?.challenge);
  const ranking = read?.ranking;
  if (ranking?.view !== 'full') {
    // After the decision everyone who may read the challenge sees the public results on it.
    if (row.decided_at) return c.redirect(`/challenges/${id}#results`, 303);
    authorize(actor, 'ranking.full', { challenge: row, jury: read?.jury });
    throw notVisible('ranking');
  }
  return renderPage(
    c,
    <RankingPage
      page={pageContext(c)}
      challenge={heading(row)}
      links={challengeLinks(actor, row, read?.jury)}
      ranking={ranking}
      canDecide={can(actor, 'challenge.decide', row) && row.status === 'evaluation'}
      form={form}
    />,
    status,
  );
}

export const evaluationPages = new Hono<AppEnv>()
  .get('/challenges/:id/solutions', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c);
    const id = c.req.param('id');
    const db = c.var.db;
    const [records, seat, rows, member] = await db.batch([
      challengeQuery(db, id, actor.id),
      juryProgress(db, id, actor.id),
      solutionsQuery(db, actor, id, PAGE_SIZE + 1, idAfter(c.req.query('cursor'))),
      listJury(db, id, actor.id),
    ]);
    const { row } = visible(c, records[0]);
    const jury = jurySeat(seat[0]);
    const links = challengeLinks(actor, row, jury);
    if (!links.solutions) {
      throw new Problem(
        'forbidden',
        'Only the challenge owner, the moderators of its cluster and its jury see its solutions.',
      );
    }
    const { data, next_cursor } = toPage(
      rows,
      PAGE_SIZE,
      (r) => [r.id],
      (r) => toListItem(actor, r),
    );
    const page = pageContext(c);
    const done = c.req.query('done');
    const mine = member[0];
    return renderPage(
      c,
      <ChallengeSolutionsPage
        page={page}
        challenge={heading(row)}
        links={links}
        items={data}
        nextHref={next_cursor ? `/challenges/${id}/solutions?cursor=${next_cursor}` : null}
        progress={mine ? { scored: mine.scored, pending: seat[0]?.pending ?? 0, conflicts: mine.conflicts } : null}
        notice={done === 'scored' || done === 'conflict' ? page.tr.t(`solutions.done.${done}`) : undefined}
      />,
    );
  })
  .get('/challenges/:id/jury', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c);
    return showJury(c, actor, c.req.param('id'));
  })
  .post('/challenges/:id/jury', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}/jury`);
    const record = await loadVisibleChallenge(c, id);
    authorize(actor, 'jury.manage', record.row);
    const values = await readForm(c);
    const parsed = validate(JuryInviteSchema, values, pageContext(c).tr.locale);
    if (!parsed.ok) return showJury(c, actor, id, { values, errors: parsed.errors }, 400);
    try {
      await assignEvaluatorByEmail(c.var.db, actor, record, parsed.data.email);
    } catch (err) {
      return showJury(c, actor, id, fieldErrorsOrThrow(err, values), 400);
    }
    return c.redirect(`/challenges/${id}/jury?done=added`, 303);
  })
  .post('/challenges/:id/jury/:userId/remove', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}/jury`);
    const record = await loadVisibleChallenge(c, id);
    authorize(actor, 'jury.manage', record.row);
    await removeEvaluator(c.var.db, actor, record, c.req.param('userId'));
    return c.redirect(`/challenges/${id}/jury?done=removed`, 303);
  })
  .get('/challenges/:id/ranking', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c);
    return showRanking(c, actor, c.req.param('id'));
  })
  .post('/challenges/:id/decision', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}/ranking`);
    const record = await loadVisibleChallenge(c, id);
    authorize(actor, 'challenge.decide', record.row);
    const page = pageContext(c);
    const values = await readForm(c);
    const chosen = (outcome: string) =>
      Object.entries(values)
        .filter(([name, value]) => name.startsWith('outcome.') && value === outcome)
        .map(([name]) => name.slice('outcome.'.length));
    const input = {
      winners: chosen('winner'),
      shortlist: chosen('shortlisted'),
      note: values.note?.trim() || undefined,
    };
    if (input.winners.length === 0) {
      return showRanking(c, actor, id, { values, errors: { winners: page.tr.t('ranking.no_winner') } }, 400);
    }
    const parsed = validate(DecisionInputSchema, input, page.tr.locale);
    if (!parsed.ok) return showRanking(c, actor, id, { values, errors: parsed.errors }, 400);
    try {
      await decideChallenge(c.var.db, actor, record, parsed.data);
    } catch (err) {
      return showRanking(c, actor, id, fieldErrorsOrThrow(err, values), 400);
    }
    return c.redirect(`/challenges/${id}?done=decided#results`, 303);
  })
  .get('/challenges/:id/audit', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c);
    const filter = {
      entity_type: 'challenge',
      entity_id: id,
      limit: PAGE_SIZE + 1,
      before: idAfter(c.req.query('cursor')),
    } as const;
    const [{ row }, rows] = await loadVisibleChallengeWith(c, id, readAuditLog(c.var.db, actor, filter));
    const links = challengeLinks(actor, row, undefined);
    if (!links.audit)
      throw new Problem('forbidden', "Only moderators of the challenge's cluster read its audit trail.");
    const { data, next_cursor } = toPage(
      rows,
      PAGE_SIZE,
      (r) => [r.id],
      (r) => r,
    );
    return renderPage(
      c,
      <AuditPage
        page={pageContext(c)}
        challenge={heading(row)}
        links={links}
        entries={data}
        olderHref={next_cursor ? `/challenges/${id}/audit?cursor=${next_cursor}` : null}
      />,
    );
  });
