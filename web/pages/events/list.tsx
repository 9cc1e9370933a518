import type { z } from 'zod';
import type { EventPageSchema } from '../../../worker/domain/events/event.schema';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import type { PageContext } from '../../page';

type Summary = z.output<typeof EventPageSchema>['data'][number];

/** Matchmaking events and exchange visits, upcoming or past, with a link to the other half. */
export function EventListPage({
  page,
  events,
  when,
  next,
}: {
  page: PageContext;
  events: Summary[];
  when: 'upcoming' | 'past';
  next: string | null;
}) {
  const { tr } = page;
  const { t } = tr;
  const title = when === 'upcoming' ? t('events.title') : t('events.past_title');
  return (
    <Layout page={page} title={title} preview={{ description: t('discovery.events') }}>
      <h1>{title}</h1>
      <p class="lead">{t('events.intro')}</p>
      {page.viewer?.moderator && (
        <p>
          <a href="/events/new">{t('events.new_link')}</a>
        </p>
      )}
      <p>
        {when === 'upcoming' ? (
          <a href="/events?when=past">{t('events.show_past')}</a>
        ) : (
          <a href="/events">{t('events.show_upcoming')}</a>
        )}
      </p>
      {events.length === 0 ? (
        <p class="empty">{t('events.none')}</p>
      ) : (
        <ul class="cards events">
          {events.map((e) => (
            <li class="card">
              <h2>
                <a href={`/events/${e.id}`}>{e.title}</a>
              </h2>
              <p>
                {t(`events.kind.${e.kind}`)} · {t(`events.mode.${e.mode}`)}
                {e.status !== 'published' && <> · {t(`events.status.${e.status}`)}</>}
              </p>
              <p>
                {t('events.when', {
                  from: tr.zonedDateTime(e.starts_at, e.timezone),
                  to: tr.zonedDateTime(e.ends_at, e.timezone),
                })}{' '}
                ({t('events.time_zone', { zone: e.timezone })})
              </p>
              {e.venue && <p>{e.venue}</p>}
              <p>{t('events.held_by', { cluster: e.cluster.name })}</p>
            </li>
          ))}
        </ul>
      )}
      <NextPage tr={tr} href={next} />
    </Layout>
  );
}
