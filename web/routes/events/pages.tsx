import { Hono } from 'hono';
import {
  authorizeNewEvent,
  eventPageView,
  listVisibleEvents,
  loadEventFor,
  loadMeeting,
  loadRequestFor,
  organisableClusters,
} from '../../../worker/access/events';
import { type Actor, ANONYMOUS, isSignedIn, type SignedIn } from '../../../worker/domain/actor';
import { EventListQuerySchema } from '../../../worker/domain/events/event.schema';
import { followUpOpen, registrationOpen, requestsOpen } from '../../../worker/domain/events/lifecycle';
import {
  createEvent,
  decideRequest,
  followUp,
  register,
  requestMeeting,
  updateEvent,
} from '../../../worker/domain/events/write';
import type { AppEnv } from '../../../worker/env';
import { can } from '../../../worker/policy/policy';
import { previewText } from '../../components/preview';
import type { Ctx } from '../../ctx';
import {
  buttonForm,
  editEventForm,
  followUpForm,
  localIn,
  meetingRequestForm,
  newEventForm,
  registerForm,
} from '../../forms/events';
import { pageContext } from '../../page';
import { EventFormPage } from '../../pages/events/edit';
import { EventPage } from '../../pages/events/event';
import { EventListPage } from '../../pages/events/list';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { eventStructuredData } from './structured-data';

const DONE = ['registered', 'requested', 'accepted', 'declined', 'followed_up'] as const;

/** An event's page for whoever may see it, with the forms the viewer may use now. */
async function showEvent(
  c: Ctx,
  actor: Actor,
  id: string,
  forms: { register?: FormState; failed?: FormState } = {},
  status: 200 | 400 = 200,
) {
  // The event, its participants and the viewer's schedule in one round trip.
  const { row, facts, view, affordances, schedule } = await eventPageView(c.var.db, actor, id);
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
        edit: affordances.edit,
        register: affordances.register && !view.my_registration && registrationOpen(row, now),
        request: affordances.requestMeeting && requestsOpen(row, now),
        answer: requestsOpen(row, now),
        followUp,
      }}
      register={forms.register ?? emptyForm()}
      failed={forms.failed}
      notice={done ? page.tr.t(`events.done.${done}`) : undefined}
      preview={
        can(ANONYMOUS, 'event.read', facts)
          ? {
              description: previewText(view.description || view.topic),
              cluster: view.cluster.slug,
              type: 'article',
              structured: eventStructuredData(view, page.origin),
            }
          : undefined
      }
    />,
    status,
  );
}

async function showNew(c: Ctx, actor: SignedIn, form?: FormState, status: 200 | 400 = 200) {
  const clusters = await organisableClusters(c.var.db, actor);
  const shown =
    form ??
    emptyForm({
      cluster: clusters[0]?.slug ?? '',
      kind: 'partnering',
      mode: 'on_site',
      timezone: 'Europe/Berlin',
      slot_minutes: '20',
      tables: '10',
      status: 'draft',
    });
  return renderPage(c, <EventFormPage page={pageContext(c)} form={shown} clusters={clusters} />, status);
}

async function showEdit(c: Ctx, actor: SignedIn, id: string, form?: FormState, status: 200 | 400 = 200) {
  const { row } = await loadEventFor(c.var.db, actor, id, 'event.edit');
  const shown =
    form ??
    emptyForm({
      title: row.title,
      topic: row.topic,
      description: row.description,
      mode: row.mode,
      timezone: row.timezone,
      starts_at: localIn(row.starts_at, row.timezone),
      ends_at: localIn(row.ends_at, row.timezone),
      venue: row.venue ?? '',
      link: row.link ?? '',
      capacity: row.capacity === null ? '' : String(row.capacity),
      terms: row.terms,
      slot_minutes: String(row.slot_minutes),
      tables: String(row.tables),
      status: row.status,
      version: String(row.version),
    });
  return renderPage(c, <EventFormPage page={pageContext(c)} form={shown} eventId={id} />, status);
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
  .get('/events/new', signedIn, (c) => showNew(c, c.var.user))
  .post('/events/new', signedIn, async (c) => {
    const actor = c.var.user;
    return submitForm(c, newEventForm, {
      run: async (data) => {
        const allowed = await authorizeNewEvent(c.var.db, actor, data);
        const id = await createEvent(c.var.db, allowed.actor, data, allowed.host, allowed.coHosts);
        return c.redirect(`/events/${id}`, 303);
      },
      rerender: (form) => showNew(c, actor, form, 400),
      wholeForm: true,
    });
  })
  .get(`/events/${ID}/edit`, signedIn, (c) => showEdit(c, c.var.user, c.req.param('id')))
  .post(`/events/${ID}/edit`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { row, actor } = await loadEventFor(c.var.db, c.var.user, id, 'event.edit');
    return submitForm(c, editEventForm, {
      run: async ({ version, ...fields }) => {
        await updateEvent(c.var.db, actor, row, version ?? 0, fields);
        return c.redirect(`/events/${id}`, 303);
      },
      rerender: (form) => showEdit(c, actor, id, form, 400),
      wholeForm: true,
    });
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
