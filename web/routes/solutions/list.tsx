import { Hono } from 'hono';
import { challengePages, loadChallengeWith } from '../../../worker/access/challenges';
import { solutionListFor } from '../../../worker/access/solutions';
import { listJury } from '../../../worker/domain/evaluation/jury';
import { jurySeat, seatProgress } from '../../../worker/domain/evaluation/jury-progress';
import { draftsOf } from '../../../worker/domain/evaluation/scoring';
import { idAfter, toPage } from '../../../worker/domain/paging';
import { declarationOpen, scoringOpen } from '../../../worker/domain/solutions/lifecycle';
import { toListItem } from '../../../worker/domain/solutions/list';
import type { AppEnv } from '../../../worker/env';
import { authorize, can } from '../../../worker/policy/policy';
import { pageContext } from '../../page';
import { ChallengeSolutionsPage } from '../../pages/solutions/list';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const PAGE_SIZE = 50;

const DONE = ['scored', 'conflict'] as const;

/**
 * A challenge's solutions, as many as this reader may see (the same list as the API's): the
 * owner, moderators and jury see the submitted ones, a solver their own. Jury members also see
 * how far they are and what is left: to declare, to score, to finish. One round trip.
 */
export const solutionListPages = new Hono<AppEnv>().get(`/challenges/${ID}/solutions`, signedIn, async (c) => {
  const actor = c.var.user;
  const id = c.req.param('id');
  const db = c.var.db;
  const [record, seat, rows, member, drafts] = await loadChallengeWith(
    db,
    actor,
    id,
    seatProgress(db, id, actor.id),
    solutionListFor(db, actor, id, PAGE_SIZE + 1, idAfter(c.req.query('cursor'))),
    listJury(db, id, actor.id),
    draftsOf(db, id, actor.id),
  );
  const { row } = record;
  authorize(actor, 'solution.list', row);
  const identified = can(actor, 'solvers.identify', row);
  const { data, next_cursor } = toPage(
    rows,
    PAGE_SIZE,
    (r) => [r.id],
    (r) => toListItem(actor, r, identified),
  );
  const page = pageContext(c);
  const done: string | undefined = c.req.query('done');
  const mine = member[0];
  return renderPage(
    c,
    <ChallengeSolutionsPage
      page={page}
      challenge={row}
      links={challengePages(actor, row, jurySeat(seat[0]), Boolean(record.has_my_solutions))}
      items={data}
      nextHref={next_cursor ? `/challenges/${id}/solutions?cursor=${next_cursor}` : null}
      work={
        mine
          ? {
              scored: mine.scored,
              pending: seat[0]?.pending ?? 0,
              conflicts: mine.conflicts,
              started: new Set(drafts.map((d) => d.solution_id)),
              declaring: declarationOpen({ challenge: row, solution: { status: 'submitted' } }),
              scoring: scoringOpen({ challenge: row, solution: { status: 'submitted' } }),
            }
          : null
      }
      notice={
        DONE.find((d) => d === done)
          ? page.tr.t(`solutions.done.${done as (typeof DONE)[number]}`)
          : done === 'declared'
            ? page.tr.t('judging.declare.done')
            : done === 'draft'
              ? page.tr.t('judging.score.done_draft')
              : done === 'joined'
                ? page.tr.t('invitation.joined_jury')
                : undefined
      }
    />,
  );
});
