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
  const region = (key: string) => {
    const known = REGIONS.find((r) => r === key);
    return known ? t(`notifications.region.${known}`) : t('notifications.region.other');
  };
  return (
    <Select
      form={form}
      name="time_zone"
      label={t('notifications.preferences.time_zone')}
      hint={t('notifications.preferences.time_zone_hint')}
      groups={zones.map((group) => ({ label: region(group.region), options: group.zones }))}
    />
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
