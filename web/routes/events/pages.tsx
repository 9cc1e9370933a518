import { Hono } from 'hono';
import {
  eventView,
  listVisibleEvents,
  loadEventFor,
  loadMeeting,
  loadRequestFor,
  loadSchedule,
} from '../../../worker/access/events';
import { type Actor, isSignedIn } from '../../../worker/domain/actor';
import { EventListQuerySchema } from '../../../worker/domain/events/event.schema';
import { followUpOpen, registrationOpen, requestsOpen } from '../../../worker/domain/events/lifecycle';
import { decideRequest, followUp, register, requestMeeting } from '../../../worker/domain/events/write';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { buttonForm, followUpForm, meetingRequestForm, registerForm } from '../../forms/events';
import { pageContext } from '../../page';
import { EventPage } from '../../pages/events/event';
import { EventListPage } from '../../pages/events/list';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const DONE = ['registered', 'requested', 'accepted', 'declined', 'followed_up'] as const;

/** An event's page for whoever may see it, with the forms the viewer may use now. */
async function showEvent(
  c: Ctx,
  actor: Actor,
  id: string,
  forms: { register?: FormState; failed?: FormState } = {},
  status: 200 | 400 = 200,
) {
  const { row, view, affordances } = await eventView(c.var.db, actor, id);
  const schedule = affordances.schedule ? await loadSchedule(c.var.db, actor, id) : null;
  const now = new Date();
  const me = isSignedIn(actor) ? actor.id : null;
  const followUp = new Set(
    (schedule?.meetings ?? [])
      .filter((m) => (m.from.id === me || m.to.id === me) && !m.my_follow_up && followUpOpen(row, m.starts_at, now))
      .map((m) => m.id),
  );
  const page = pageContext(c);
  const done = DONE.find((d) => d === c.req.query('done'));
  return renderPage(
    c,
    <EventPage
      page={page}
      me={me}
      event={view}
      schedule={schedule}
      may={{
        register: affordances.register && !view.my_registration && registrationOpen(row, now),
        request: affordances.requestMeeting && requestsOpen(row, now),
        answer: requestsOpen(row, now),
        followUp,
      }}
      register={forms.register ?? emptyForm()}
      failed={forms.failed}
      notice={done ? page.tr.t(`events.done.${done}`) : undefined}
    />,
    status,
  );
}

/**
 * Matchmaking events on pages (issue 16), without JavaScript: the list, an event with its
 * registration, participants, requests and schedule, and the forms those post to.
 */
export const eventPages = new Hono<AppEnv>()
  .get('/events', async (c) => {
    const when = c.req.query('when') === 'past' ? 'past' : 'upcoming';
    const query = EventListQuerySchema.parse({ when, cursor: c.req.query('cursor') || undefined });
    const { data, next_cursor } = await listVisibleEvents(c.var.db, c.var.actor, query);
    const next = next_cursor ? `/events?when=${when}&cursor=${encodeURIComponent(next_cursor)}` : null;
    return renderPage(c, <EventListPage page={pageContext(c)} events={data} when={when} next={next} />);
  })
  .get(`/events/${ID}`, (c) => showEvent(c, c.var.actor, c.req.param('id')))
  .post(`/events/${ID}/registration`, signedIn, async (c) => {
    const id = c.req.param('id');
    return submitForm(c, registerForm, {
      run: async (data) => {
        const { row, actor } = await loadEventFor(c.var.db, c.var.user, id, 'event.register');
        await register(c.var.db, actor, row, data);
        return c.redirect(`/events/${id}?done=registered#registration-title`, 303);
      },
      rerender: (form) => showEvent(c, c.var.user, id, { register: form }, 400),
      wholeForm: true,
    });
  })
  .post(`/events/${ID}/meeting-requests`, signedIn, async (c) => {
    const id = c.req.param('id');
    return submitForm(c, meetingRequestForm, {
      run: async (data) => {
        const { row, actor } = await loadEventFor(c.var.db, c.var.user, id, 'event.request_meeting');
        await requestMeeting(c.var.db, actor, row, data);
        return c.redirect(`/events/${id}?done=requested#requests-title`, 303);
      },
      rerender: (form) => showEvent(c, c.var.user, id, { failed: form }, 400),
      wholeForm: true,
    });
  })
  .post(`/meeting-requests/${ID}/:decision{accept|decline}`, signedIn, async (c) => {
    const decision = c.req.param('decision') === 'accept' ? 'accepted' : 'declined';
    const { request, actor } = await loadRequestFor(c.var.db, c.var.user, c.req.param('id'));
    return submitForm(c, buttonForm, {
      run: async () => {
        await decideRequest(c.var.db, actor, request, decision, async () => {
          const { row } = await loadEventFor(c.var.db, actor, request.event_id, 'event.read');
          return row;
        });
        return c.redirect(`/events/${request.event_id}?done=${decision}#schedule-title`, 303);
      },
      rerender: (form) => showEvent(c, c.var.user, request.event_id, { failed: form }, 400),
      wholeForm: true,
    });
  })
  .post(`/meetings/${ID}/follow-up`, signedIn, async (c) => {
    const { meeting, actor } = await loadMeeting(c.var.db, c.var.user, c.req.param('id'), 'meeting.follow_up');
    return submitForm(c, followUpForm, {
      run: async (data) => {
        await followUp(c.var.db, actor, meeting, data);
        return c.redirect(`/events/${meeting.event_id}?done=followed_up#meeting-${meeting.id}`, 303);
      },
      rerender: (form) => showEvent(c, c.var.user, meeting.event_id, { failed: form }, 400),
      wholeForm: true,
    });
  });
