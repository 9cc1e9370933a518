import type { EventView } from '../../../worker/domain/events/event.schema';

/**
 * A published or cancelled event as a schema.org `Event` (issue 18): search engines show dates,
 * place and status from it. Only what the public page shows: the online link is for participants.
 */
export const eventStructuredData = (event: EventView, origin: string): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: event.title,
  description: event.description || event.topic,
  startDate: event.starts_at,
  endDate: event.ends_at,
  url: `${origin}/events/${event.id}`,
  eventStatus: `https://schema.org/${event.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
  eventAttendanceMode: `https://schema.org/${event.mode === 'online' ? 'Online' : 'Offline'}EventAttendanceMode`,
  location:
    event.mode === 'online'
      ? { '@type': 'VirtualLocation', url: `${origin}/events/${event.id}` }
      : { '@type': 'Place', name: event.venue ?? event.cluster.name, address: event.venue ?? event.cluster.name },
  organizer: { '@type': 'Organization', name: event.cluster.name, url: `${origin}/clusters/${event.cluster.slug}` },
});
