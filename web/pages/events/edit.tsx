import { ErrorSummary, Field, Select, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface EventFormPageProps {
  page: PageContext;
  form: FormState;
  /** The clusters the organiser may hold a new event in; absent when editing. */
  clusters?: { slug: string; name: string }[];
  /** The event being changed; absent for a new one. */
  eventId?: string;
}

/** A new event, or a change to one (organisers): the same fields, times in the event's own time zone. */
export function EventFormPage({ page, form, clusters, eventId }: EventFormPageProps) {
  const { tr } = page;
  const { t } = tr;
  const title = eventId ? t('events.edit_title') : t('events.new_title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <form method="post" action={eventId ? `/events/${eventId}/edit` : '/events/new'}>
        <ErrorSummary tr={tr} form={form} />
        {eventId && <input type="hidden" name="version" value={form.values.version ?? ''} />}
        {clusters && (
          <>
            <Select
              form={form}
              name="cluster"
              label={t('events.field.cluster')}
              required
              options={clusters.map((c) => ({ value: c.slug, label: c.name }))}
            />
            <Select
              form={form}
              name="kind"
              label={t('events.field.kind')}
              options={(['partnering', 'exchange_visit'] as const).map((k) => ({
                value: k,
                label: t(`events.kind.${k}`),
              }))}
            />
          </>
        )}
        <Field form={form} name="title" label={t('events.field.title')} required />
        <Field form={form} name="topic" label={t('events.field.topic')} />
        <TextArea form={form} name="description" label={t('events.field.description')} />
        <Select
          form={form}
          name="mode"
          label={t('events.field.mode')}
          options={(['on_site', 'online'] as const).map((m) => ({ value: m, label: t(`events.mode.${m}`) }))}
        />
        <Field
          form={form}
          name="timezone"
          label={t('events.field.timezone')}
          hint={t('events.hint.timezone')}
          required
        />
        <Field form={form} name="starts_at" label={t('events.field.starts_at')} type="datetime-local" required />
        <Field form={form} name="ends_at" label={t('events.field.ends_at')} type="datetime-local" required />
        <Field form={form} name="venue" label={t('events.field.venue')} hint={t('events.hint.venue')} />
        <Field form={form} name="link" label={t('events.field.link')} type="url" hint={t('events.hint.link')} />
        <Field
          form={form}
          name="capacity"
          label={t('events.field.capacity')}
          type="number"
          min={1}
          hint={t('events.hint.capacity')}
        />
        <TextArea form={form} name="terms" label={t('events.field.terms')} hint={t('events.hint.terms')} />
        <Field form={form} name="slot_minutes" label={t('events.field.slot_minutes')} type="number" min={5} max={240} />
        <Field form={form} name="tables" label={t('events.field.tables')} type="number" min={1} max={1000} />
        <Select
          form={form}
          name="status"
          label={t('events.field.status')}
          options={(eventId ? (['draft', 'published', 'cancelled'] as const) : (['draft', 'published'] as const)).map(
            (s) => ({ value: s, label: t(`events.status.${s}`) }),
          )}
        />
        <button type="submit">{eventId ? t('events.save') : t('events.create')}</button>
      </form>
    </Layout>
  );
}
