import { NOTIFICATION_CHANNELS } from '../../../worker/db/enums';
import type { NotificationKind } from '../../../worker/domain/notifications/kinds';
import { ErrorSummary, Notice, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { NotificationNav } from './nav';

/** Time zones under a region (`Europe`), each with the name a person looks for (`Berlin`). */
export interface ZoneGroup {
  region: string;
  zones: { value: string; label: string }[];
}

interface PreferencesPageProps {
  page: PageContext;
  /** Every kind, in the order shown; `fixed` ones are shown with their channel but not offered. */
  kinds: { kind: NotificationKind; fixed: boolean }[];
  zones: ZoneGroup[];
  form: FormState;
  notice?: string;
}

const REGIONS = [
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
] as const;

/** The time zone as a select grouped by region; its message sits next to it, like every field's. */
function TimeZoneSelect({ page, zones, form }: { page: PageContext; zones: ZoneGroup[]; form: FormState }) {
  const { t } = page.tr;
  const name = 'time_zone';
  const error = form.errors[name];
  const region = (key: string) => {
    const known = REGIONS.find((r) => r === key);
    return known ? t(`notifications.region.${known}`) : t('notifications.region.other');
  };
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={name}>{t('notifications.preferences.time_zone')}</label>
      <p class="hint" id={`${name}-hint`}>
        {t('notifications.preferences.time_zone_hint')}
      </p>
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
      <select
        id={name}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
      >
        {zones.map((group) => (
          <optgroup label={region(group.region)}>
            {group.zones.map((zone) => (
              <option value={zone.value} selected={form.values[name] === zone.value}>
                {zone.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** Per kind of notification, how it reaches this person; and the time zone their digests follow. */
export function PreferencesPage({ page, kinds, zones, form, notice }: PreferencesPageProps) {
  const { tr } = page;
  const { t } = tr;
  const channels = NOTIFICATION_CHANNELS.map((channel) => ({
    value: channel,
    label: t(`notification.channel.${channel}`),
  }));
  return (
    <Layout page={page} title={t('notifications.preferences.title')}>
      <h1 class="notifications-title">{t('notifications.preferences.title')}</h1>
      <NotificationNav page={page} current="preferences" />
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t('notifications.preferences.intro')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/me/notifications/preferences" class="stack wide" novalidate>
        <fieldset class="preferences">
          <legend>{t('notifications.preferences.channels')}</legend>
          {kinds.map(({ kind, fixed }) =>
            fixed ? (
              <div class="field" id={`channels.${kind}`} tabindex={-1}>
                <p class="fixed-label">{t(`notification.kind.${kind}`)}</p>
                <p class="fixed-value">{t('notifications.preferences.always')}</p>
                {form.errors[`channels.${kind}`] && <p class="field-error">{form.errors[`channels.${kind}`]}</p>}
              </div>
            ) : (
              <Select form={form} name={`channels.${kind}`} label={t(`notification.kind.${kind}`)} options={channels} />
            ),
          )}
        </fieldset>
        <TimeZoneSelect page={page} zones={zones} form={form} />
        <button type="submit">{t('notifications.preferences.save')}</button>
      </form>
    </Layout>
  );
}
