import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, andThen, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { EventFacts, MeetingFacts, MeetingRequestFacts } from '../resources';

/** The moderators of the host cluster or of a co-hosting one (admins moderate every cluster). */
export const organises = (actor: Actor, e: Pick<EventFacts, 'host' | 'co_hosts'>) =>
  moderates(actor, e.host) || e.co_hosts.some((c) => moderates(actor, c));

/** Published and cancelled events are public; a draft only to its organisers. */
const seeEvent = (actor: Actor, e: EventFacts): Decision =>
  e.status !== 'draft' || organises(actor, e) ? ALLOW : hide('event');

const visibleThen = (actor: Actor, e: EventFacts, what: string, who: () => Decision) =>
  andThen(seeEvent(actor, e), () => (isSignedIn(actor) ? who() : signInFirst(`Sign in to ${what}.`)));

const organiser = (actor: Actor, e: EventFacts, what: string) =>
  visibleThen(actor, e, what, () =>
    organises(actor, e) ? ALLOW : forbid(`Only the moderators of the clusters holding this event ${what}.`),
  );

export const eventRules = {
  /** A cluster's moderators publish its events, alone or with clusters they also moderate. */
  'event.create': (actor: Actor, e: Pick<EventFacts, 'host' | 'co_hosts'>) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to create an event.')
      : moderates(actor, e.host) && e.co_hosts.every((c) => moderates(actor, c))
        ? ALLOW
        : forbid('Only the moderators of a cluster create its events, and of every cluster holding it together.'),
  'event.read': seeEvent,
  'event.edit': (actor: Actor, e: EventFacts) => organiser(actor, e, 'change it'),
  /** Planning the schedule again, and deciding applications to an exchange visit. */
  'event.organise': (actor: Actor, e: EventFacts) => organiser(actor, e, 'run it'),
  'event.register': (actor: Actor, e: EventFacts) => visibleThen(actor, e, 'register', () => whenConfirmed(actor)),
  /** The participant list: to those taking part, and the organisers. */
  'event.participants': (actor: Actor, e: EventFacts) =>
    visibleThen(actor, e, 'see who takes part', () =>
      e.participant || organises(actor, e)
        ? ALLOW
        : forbid('The participant list is shown to registered participants: register for the event first.'),
    ),
  'event.request_meeting': (actor: Actor, e: EventFacts) =>
    visibleThen(actor, e, 'ask for a meeting', () =>
      e.participant
        ? whenConfirmed(actor)
        : forbid('Only registered participants ask each other for meetings: register for the event first.'),
    ),
  /** Participants see their own meetings, organisers every meeting. */
  'event.schedule': (actor: Actor, e: EventFacts) =>
    visibleThen(actor, e, 'see the schedule', () =>
      e.participant || organises(actor, e)
        ? ALLOW
        : forbid('Only registered participants have a schedule at this event: register first.'),
    ),
  /** A request is between its two people (its event's organisers see it in the schedule once accepted). */
  'meeting_request.decide': (actor: Actor, r: MeetingRequestFacts) =>
    andThen(r.sender || r.recipient || organises(actor, r.event) ? ALLOW : hide('meeting request'), () =>
      r.recipient ? ALLOW : forbid('Only the person asked answers a meeting request.'),
    ),
  /** A meeting's calendar file and follow-up: its two people only. */
  'meeting.read': (_actor: Actor, m: MeetingFacts) => (m.party ? ALLOW : hide('meeting')),
  'meeting.follow_up': (_actor: Actor, m: MeetingFacts) => (m.party ? ALLOW : hide('meeting')),
};
