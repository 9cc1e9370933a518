import type { EventView, ScheduleView } from '../../../worker/domain/events/event.schema';
import { Checkbox, ErrorSummary, Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { Preview } from '../../components/preview';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

const NEXT_STEPS = ['none', 'call', 'nda', 'pilot', 'joint_application'] as const;

/** What the viewer may do now: who (the policy) and when (the life cycle), worked out by the route. */
export interface EventPageMay {
  /** Change the event (its organisers). */
  edit: boolean;
  register: boolean;
  request: boolean;
  answer: boolean;
  /** Meeting ids whose follow-up the viewer may give now. */
  followUp: ReadonlySet<string>;
}

interface EventPageProps {
  page: PageContext;
  /** The viewer's user id, or null. */
  me: string | null;
  event: EventView;
  schedule: ScheduleView | null;
  may: EventPageMay;
  register: FormState;
  /** A form elsewhere on the page that failed (a request, an answer, a follow-up): its messages at the top. */
  failed?: FormState;
  notice?: string;
  /** Only when anyone may read it (the route asks the policy): its link preview and JSON-LD. */
  preview?: Preview;
}

/** An event: its details, registration, participants with a request form each, requests, the viewer's schedule. */
export function EventPage({
  page,
  me: viewerId,
  event,
  schedule,
  may,
  register,
  failed,
  notice,
  preview,
}: EventPageProps) {
  const { tr, viewer } = page;
  const { t } = tr;
  const me = viewerId ?? '';
  const requests = event.meeting_requests ?? [];
  const asked = new Set(requests.flatMap((r) => [r.from.id, r.to.id]));
  const others = (event.participants ?? []).filter((p) => p.id !== me);
  const incoming = requests.filter((r) => r.to.id === me && r.status === 'pending');
  const sent = requests.filter((r) => r.from.id === me || r.status !== 'pending');
  const name = (n: string) => personName(tr, n);
  return (
    <Layout page={page} title={event.title} preview={preview}>
      <h1>{event.title}</h1>
      {notice && <Notice>{notice}</Notice>}
      {may.edit && (
        <p>
          <a href={`/events/${event.id}/edit`}>{t('events.edit_link')}</a>
        </p>
      )}
      {failed && <ErrorSummary tr={tr} form={failed} />}
      <dl class="facts">
        <dt>{t('events.field.kind')}</dt>
        <dd>{t(`events.kind.${event.kind}`)}</dd>
        <dt>{t('events.field.when')}</dt>
        <dd>
          {t('events.when', {
            from: tr.zonedDateTime(event.starts_at, event.timezone),
            to: tr.zonedDateTime(event.ends_at, event.timezone),
          })}{' '}
          ({t('events.time_zone', { zone: event.timezone })})
        </dd>
        <dt>{t('events.field.where')}</dt>
        <dd>
          {event.mode === 'online' ? t('events.mode.online') : (event.venue ?? t('events.mode.on_site'))}
          {event.link && (
            <>
              {' · '}
              <a href={event.link}>{t('events.video_link')}</a>
            </>
          )}
        </dd>
        <dt>{t('events.field.held_by')}</dt>
        <dd>
          <a href={`/clusters/${event.cluster.slug}`}>{event.cluster.name}</a>
        </dd>
        {event.topic && (
          <>
            <dt>{t('events.field.topic')}</dt>
            <dd>{event.topic}</dd>
          </>
        )}
        <dt>{t('events.field.places')}</dt>
        <dd>
          {event.capacity === null
            ? t('events.places_open', { taken: tr.number(event.places_taken) })
            : t('events.places_of', { taken: tr.number(event.places_taken), capacity: tr.number(event.capacity) })}
        </dd>
        {event.status !== 'published' && (
          <>
            <dt>{t('events.field.status')}</dt>
            <dd>{t(`events.status.${event.status}`)}</dd>
          </>
        )}
      </dl>
      {event.description && <p class="description">{event.description}</p>}

      <section aria-labelledby="registration-title">
        <h2 id="registration-title">{t('events.registration')}</h2>
        {event.my_registration ? (
          <p>{t(`events.registered.${event.my_registration}`)}</p>
        ) : may.register ? (
          <form method="post" action={`/events/${event.id}/registration`}>
            <ErrorSummary tr={tr} form={register} />
            {event.terms && (
              <>
                <h3>{t('events.terms')}</h3>
                <p class="terms">{event.terms}</p>
              </>
            )}
            <Checkbox form={register} name="accept_terms" label={t('events.field.accept_terms')} />
            {event.kind === 'exchange_visit' && (
              <div class="field">
                <label for="note">{t('events.field.note')}</label>
                <textarea id="note" name="note" maxlength={1000}>
                  {register.values.note ?? ''}
                </textarea>
              </div>
            )}
            <button type="submit">{event.kind === 'exchange_visit' ? t('events.apply') : t('events.register')}</button>
          </form>
        ) : (
          <p>{viewer ? t('events.registration_closed') : t('events.sign_in_to_register')}</p>
        )}
      </section>

      {event.participants && (
        <section aria-labelledby="participants-title">
          <h2 id="participants-title">{t('events.participants')}</h2>
          {others.length === 0 ? (
            <p class="empty">{t('events.no_participants')}</p>
          ) : (
            <ul class="cards participants">
              {others.map((p) => (
                <li class="card" id={`participant-${p.id}`}>
                  <h3>{name(p.name)}</h3>
                  {p.organization && <p>{p.organization}</p>}
                  {p.headline && <p class="headline">{p.headline}</p>}
                  {p.status === 'applied' && <p>{t('events.registered.applied')}</p>}
                  {may.request && !asked.has(p.id) && p.status === 'registered' && (
                    <form method="post" action={`/events/${event.id}/meeting-requests`}>
                      <input type="hidden" name="to" value={p.id} />
                      <div class="field">
                        <label for={`message-${p.id}`}>{t('events.field.message_to', { name: name(p.name) })}</label>
                        <textarea id={`message-${p.id}`} name="message" maxlength={500} rows={2} />
                      </div>
                      <button type="submit">{t('events.ask_meeting')}</button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {event.meeting_requests && (
        <section aria-labelledby="requests-title">
          <h2 id="requests-title">{t('events.requests')}</h2>
          {incoming.length === 0 && sent.length === 0 && <p class="empty">{t('events.no_requests')}</p>}
          {incoming.length > 0 && (
            <ul class="cards requests">
              {incoming.map((r) => (
                <li class="card" id={`request-${r.id}`}>
                  <p>{t('events.request_from', { name: name(r.from.name) })}</p>
                  {r.message && <blockquote>{r.message}</blockquote>}
                  {may.answer && (
                    <div class="actions">
                      <form method="post" action={`/meeting-requests/${r.id}/accept`}>
                        <button type="submit">{t('events.accept')}</button>
                      </form>
                      <form method="post" action={`/meeting-requests/${r.id}/decline`}>
                        <button type="submit" class="secondary">
                          {t('events.decline')}
                        </button>
                      </form>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {sent.length > 0 && (
            <ul>
              {sent.map((r) => (
                <li>
                  {t(r.from.id === me ? 'events.request_to' : 'events.request_from', {
                    name: name(r.from.id === me ? r.to.name : r.from.name),
                  })}{' '}
                  — {t(`events.request_status.${r.status}`)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {schedule && (
        <section aria-labelledby="schedule-title">
          <h2 id="schedule-title">{schedule.scope === 'all' ? t('events.schedule_all') : t('events.schedule')}</h2>
          {schedule.meetings.length === 0 ? (
            <p class="empty">{t('events.no_meetings')}</p>
          ) : (
            <ul class="cards meetings">
              {schedule.meetings.map((m) => {
                const mine = m.from.id === me || m.to.id === me;
                const other = m.from.id === me ? m.to.name : m.to.id === me ? m.from.name : null;
                return (
                  <li class="card" id={`meeting-${m.id}`}>
                    <h3>
                      {other
                        ? t('events.meeting_with', { name: name(other) })
                        : t('events.meeting_between', { a: name(m.from.name), b: name(m.to.name) })}
                    </h3>
                    {m.starts_at ? (
                      <p>
                        {tr.zonedDateTime(m.starts_at, event.timezone)}
                        {m.table !== null && <> · {t('events.table', { table: tr.number(m.table) })}</>}
                        {m.video_link && (
                          <>
                            {' · '}
                            <a href={m.video_link}>{t('events.video_link')}</a>
                          </>
                        )}
                        {mine && (
                          <>
                            {' · '}
                            <a href={`/api/v1/meetings/${m.id}/calendar.ics`}>{t('events.add_to_calendar')}</a>
                          </>
                        )}
                      </p>
                    ) : (
                      <p>{t(`events.unplaced.${m.unplaced?.code ?? 'no_common_slot'}`)}</p>
                    )}
                    {m.my_follow_up && (
                      <p>
                        {t(m.my_follow_up.met ? 'events.follow_up.met' : 'events.follow_up.not_met')} —{' '}
                        {t(`events.next_step.${m.my_follow_up.next_step}`)}
                      </p>
                    )}
                    {may.followUp.has(m.id) && (
                      <form method="post" action={`/meetings/${m.id}/follow-up`}>
                        <fieldset>
                          <legend>{t('events.field.met')}</legend>
                          <label class="choice" for={`met-yes-${m.id}`}>
                            <input id={`met-yes-${m.id}`} type="radio" name="met" value="yes" required />
                            <span>{t('events.follow_up.met')}</span>
                          </label>
                          <label class="choice" for={`met-no-${m.id}`}>
                            <input id={`met-no-${m.id}`} type="radio" name="met" value="no" />
                            <span>{t('events.follow_up.not_met')}</span>
                          </label>
                        </fieldset>
                        <div class="field">
                          <label for={`next-${m.id}`}>{t('events.field.next_step')}</label>
                          <select id={`next-${m.id}`} name="next_step">
                            {NEXT_STEPS.map((s) => (
                              <option value={s}>{t(`events.next_step.${s}`)}</option>
                            ))}
                          </select>
                        </div>
                        <button type="submit">{t('events.send_follow_up')}</button>
                      </form>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </Layout>
  );
}
