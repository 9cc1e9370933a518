import { loadChallenge } from '../../../worker/access/challenges';
import type { acceptFor } from '../../../worker/access/invitations';
import type { SignedIn } from '../../../worker/domain/actor';
import { DomainError } from '../../../worker/domain/errors';
import { can } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';

/**
 * Where someone goes once they took a seat: a moderator to the review queue, a team member to the
 * solution, a jury member to
 * the challenge's work list — unless the challenge is not yet readable to them (still a draft),
 * then to their page, which says they joined.
 */
export async function redirectToSeat(c: Ctx, actor: SignedIn, seat: Awaited<ReturnType<typeof acceptFor>>) {
  if (seat.seat === 'moderator') return c.redirect('/moderation?done=joined', 303);
  if (seat.seat === 'team') return c.redirect(`/solutions/${seat.solution_id}?done=joined`, 303);
  const readable = await loadChallenge(c.var.db, actor, seat.challenge_id).then(
    (record) => can(actor, 'solution.list', record.row),
    (err) => {
      if (err instanceof DomainError && err.code === 'not_found') return false;
      throw err;
    },
  );
  return c.redirect(readable ? `/challenges/${seat.challenge_id}/solutions?done=joined` : '/me?done=joined', 303);
}
