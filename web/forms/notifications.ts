import { NOTIFICATION_KINDS } from '../../worker/db/enums';
import { MarkReadSchema } from '../../worker/domain/notifications/notification.schema';
import { PreferencesInputSchema } from '../../worker/domain/notifications/preferences';
import { SavedSearchInputSchema } from '../../worker/domain/notifications/saved-searches';
import { prefixed, text } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

/** One notification (`id`) or, with `all=true`, every one. */
export const markReadForm = defineForm({
  schema: MarkReadSchema,
  decode: (values) => (values.all === 'true' ? { all: true } : { ids: values.id ? [values.id] : [] }),
  labels: () => ({}),
});

/** One channel per kind (`channels.<kind>`) and the time zone; a kind left out keeps its choice. */
export const preferencesForm = defineForm({
  schema: PreferencesInputSchema,
  decode: (values) => ({ channels: prefixed(values, 'channels.'), time_zone: text(values.time_zone) }),
  labels: ({ t }) => ({
    ...Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`channels.${kind}`, t(`notification.kind.${kind}`)])),
    channels: t('notifications.preferences.channels'),
    time_zone: t('notifications.preferences.time_zone'),
  }),
  messages: ({ t }) => ({
    ...Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`channels.${kind}`, t('messages.channel')])),
    time_zone: t('messages.time_zone'),
  }),
});

/** The catalogue filters a saved search keeps (the same names as the catalogue's query). */
export const SAVED_FILTERS = ['q', 'status', 'cluster', 'tag', 'trl', 'pathway', 'deadline_before'] as const;

/** "Save this search" on the catalogue: an optional name and the current filters as hidden fields. */
export const saveSearchForm = defineForm({
  schema: SavedSearchInputSchema,
  decode: (values) =>
    Object.fromEntries(
      [...SAVED_FILTERS, 'name' as const]
        .map((key) => [key, text(values[key])] as const)
        .filter(([, value]) => value !== undefined),
    ),
  labels: ({ t }) => ({
    name: t('notifications.save.name'),
    q: t('browse.q'),
    status: t('browse.status'),
    cluster: t('browse.cluster'),
    tag: t('browse.tag'),
    trl: t('browse.trl'),
    pathway: t('browse.pathway'),
    deadline_before: t('browse.deadline_before'),
  }),
});
