import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, andThen, type Decision, forbid, hide, signInFirst } from '../decisions';
import type { CooperationFacts, MilestoneFacts } from '../resources';

/** Both sides and the cluster's moderators: who runs a cooperation and reads all of it. */
export const takesPart = (actor: Actor, c: CooperationFacts) => c.clinic || c.solver || moderates(actor, c.cluster_id);

/** Confidential to those who take part; everyone may read a public one (its public milestones). */
const seeCooperation = (actor: Actor, c: CooperationFacts): Decision =>
  takesPart(actor, c) || c.public ? ALLOW : hide('cooperation');

/** After the cooperation is visible: sign-in, then `who`. */
const visibleThen = (actor: Actor, c: CooperationFacts, what: string, who: () => Decision) =>
  andThen(seeCooperation(actor, c), () => (isSignedIn(actor) ? who() : signInFirst(`Sign in to ${what}.`)));

export const cooperationRules = {
  'cooperation.read': seeCooperation,
  /** Status and milestones: both sides and the cluster's moderators. */
  'cooperation.edit': (actor: Actor, c: CooperationFacts) =>
    visibleThen(actor, c, 'update this cooperation', () =>
      takesPart(actor, c)
        ? ALLOW
        : forbid("Only the clinic, the solution's team and the cluster's moderators update a cooperation."),
    ),
  /** Each side speaks for itself about publishing; nobody, a moderator neither, agrees for the other. */
  'cooperation.publish_clinic': (actor: Actor, c: CooperationFacts) =>
    visibleThen(actor, c, 'publish this cooperation', () =>
      c.clinic ? ALLOW : forbid("Only the clinic side (the challenge's owner) agrees to publish for the clinic."),
    ),
  'cooperation.publish_solver': (actor: Actor, c: CooperationFacts) =>
    visibleThen(actor, c, 'publish this cooperation', () =>
      c.solver ? ALLOW : forbid("Only the solution's team agrees to publish for the team."),
    ),
  /**
   * Whether a milestone is public is the word of the side that recorded it: the other side may
   * correct it, never publish what it kept to the cooperation. A moderator's record, the moderators'.
   */
  'cooperation.publish_milestone': (actor: Actor, m: MilestoneFacts) =>
    visibleThen(actor, m, 'publish this milestone', () =>
      (m.recorded_by === 'clinic' && m.clinic) ||
      (m.recorded_by === 'solver' && m.solver) ||
      (m.recorded_by === 'moderator' && moderates(actor, m.cluster_id))
        ? ALLOW
        : forbid(
            `Only the side that recorded this milestone (${m.recorded_by === 'clinic' ? "the clinic side, the challenge's owner" : m.recorded_by === 'solver' ? "the solution's team" : "the cluster's moderators"}) decides whether it is public.`,
          ),
    ),
  /** Whether a KPI met its target is the clinic's word: it is their outcome that was measured. */
  'cooperation.kpi_verdict': (actor: Actor, c: CooperationFacts) =>
    visibleThen(actor, c, 'record whether a KPI was met', () =>
      c.clinic ? ALLOW : forbid("Only the clinic side (the challenge's owner) says whether a KPI met its target."),
    ),
};
