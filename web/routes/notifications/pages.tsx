import { Hono } from 'hono';
import { CARE_PATHWAY_STEPS, CHALLENGE_STATUSES, NOTIFICATION_KINDS } from '../../../worker/db/enums';
import type { SignedIn } from '../../../worker/domain/actor';
import { DomainError } from '../../../worker/domain/errors';
import { inboxQuery, markRead } from '../../../worker/domain/notifications/inbox';
import { ALWAYS_EMAILED } from '../../../worker/domain/notifications/kinds';
import { readPreferences, savePreferences } from '../../../worker/domain/notifications/preferences';
import {
  deleteSavedSearch,
  listSavedSearches,
  SAVED_SEARCHES_PER_USER,
  saveSearch,
} from '../../../worker/domain/notifications/saved-searches';
import { DEFAULT_PAGE_SIZE, idAfter, toPage } from '../../../worker/domain/paging';
import type { AppEnv } from '../../../worker/env';
import { authorizeUser } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { markReadForm, preferencesForm, SAVED_FILTERS, saveSearchForm } from '../../forms/notifications';
import { confirmForm } from '../../forms/solutions';
import type { Translator } from '../../i18n';
import { describeNotification } from '../../notifications/describe';
import { pageContext } from '../../page';
import { InboxPage } from '../../pages/notifications/inbox';
import { PreferencesPage, type ZoneGroup } from '../../pages/notifications/preferences';
import { SavedSearchesPage } from '../../pages/notifications/saved-searches';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { showCatalogue } from '../challenges/browse';

const INBOX = '/me/notifications';

/** The inbox's own address (a page of it), or the inbox: "Mark as read" never redirects elsewhere. */
const backTo = (value: string | undefined) =>
  value && /^\/me\/notifications(\?cursor=[A-Za-z0-9_-]+)?$/.test(value) ? value : INBOX;

/** Only the owner reads or changes these; the policy says so (signedIn has already sent strangers to sign in). */
const own = (user: SignedIn) => authorizeUser(user, 'notifications.own');

/** A notice named by `?done=`, when it is one of these. */
function notice<K extends string>(c: Ctx, notices: Record<K, string>): string | undefined {
  const done = c.req.query('done');
  return done && Object.hasOwn(notices, done) ? notices[done as K] : undefined;
}

async function showInbox(c: Ctx, actor: SignedIn) {
  const cursor = c.req.query('cursor');
  const rows = await inboxQuery(c.var.db, actor.id, DEFAULT_PAGE_SIZE + 1, idAfter(cursor));
  const page = pageContext(c);
  const { data, next_cursor } = toPage(
    rows,
    DEFAULT_PAGE_SIZE,
    (r) => [r.id],
    (r) => ({
      ...describeNotification(page.tr, r.kind, r.params, r.challenge_id),
      id: r.id,
      unread: r.read_at === null,
      created_at: r.created_at,
    }),
  );
  const { t } = page.tr;
  return renderPage(
    c,
    <InboxPage
      page={page}
      lines={data}
      unread={actor.unread}
      here={cursor ? `${INBOX}?cursor=${cursor}` : INBOX}
      nextHref={next_cursor ? `${INBOX}?cursor=${next_cursor}` : null}
      notice={notice(c, {
        read: t('notifications.inbox.done_read'),
        all_read: t('notifications.inbox.done_all_read'),
      })}
    />,
  );
}

/** IANA zones grouped by their region (`Europe/Berlin` under Europe), sorted; the current one always among them. */
function timeZones(current: string): ZoneGroup[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(current);
  const groups = new Map<string, ZoneGroup>();
  for (const zone of [...zones].sort()) {
    const slash = zone.indexOf('/');
    const region = slash > 0 ? zone.slice(0, slash) : 'other';
    const label = (slash > 0 ? zone.slice(slash + 1) : zone).replaceAll('_', ' ');
    const group = groups.get(region) ?? { region, zones: [] };
    group.zones.push({ value: zone, label });
    groups.set(region, group);
  }
  return [...groups.values()];
}

async function showPreferences(c: Ctx, actor: SignedIn, form?: FormState, status: 200 | 400 = 200) {
  const saved = await readPreferences(c.var.db, actor.id);
  const values = form?.values ?? {
    ...Object.fromEntries(Object.entries(saved.channels).map(([kind, channel]) => [`channels.${kind}`, channel])),
    time_zone: saved.time_zone,
  };
  const zones = timeZones(saved.time_zone);
  // A zone that is not on the list (a crafted post) shows the saved one selected, next to its message.
  const offered = zones.some((g) => g.zones.some((z) => z.value === values.time_zone));
  const page = pageContext(c);
  return renderPage(
    c,
    <PreferencesPage
      page={page}
      kinds={NOTIFICATION_KINDS.map((kind) => ({ kind, fixed: ALWAYS_EMAILED.includes(kind) }))}
      zones={zones}
      form={{ ...(form ?? emptyForm()), values: offered ? values : { ...values, time_zone: saved.time_zone } }}
      notice={notice(c, { saved: page.tr.t('notifications.preferences.saved') })}
    />,
    status,
  );
}

/** A saved search's filters as "label: value" in the page's language. */
function describeFilters(tr: Translator, query: Record<string, string>): string[] {
  const { t } = tr;
  const status = CHALLENGE_STATUSES.find((s) => s === query.status);
  const pathway = CARE_PATHWAY_STEPS.find((p) => p === query.pathway);
  const shown: [string, string | undefined][] = [
    [t('browse.q'), query.q],
    [t('browse.status'), status && t(`status.${status}`)],
    [t('browse.cluster'), query.cluster],
    [t('browse.tag'), query.tag],
    [t('browse.trl'), query.trl],
    [t('browse.pathway'), pathway && t(`pathway.${pathway}`)],
    [t('browse.deadline_before'), query.deadline_before && tr.date(query.deadline_before)],
  ];
  return shown.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`);
}

/** A search's default name: its words, then its other filters, in the page's language. */
function searchName(tr: Translator, values: Record<string, string>): string {
  const { q, ...rest } = Object.fromEntries(
    SAVED_FILTERS.filter((k) => values[k]?.trim()).map((k) => [k, values[k]!.trim()]),
  );
  const name = [q, ...describeFilters(tr, rest)].filter(Boolean).join(' · ').slice(0, 80);
  return name.length >= 2 ? name : tr.t('notifications.saved.no_filters');
}

async function showSavedSearches(c: Ctx, actor: SignedIn) {
  const rows = await listSavedSearches(c.var.db, actor.id);
  const page = pageContext(c);
  const origin = new URL(c.req.url).origin;
  const { t } = page.tr;
  return renderPage(
    c,
    <SavedSearchesPage
      page={page}
      searches={rows.map((row) => ({
        id: row.id,
        name: row.name,
        href: `/challenges?${new URLSearchParams(row.query)}`,
        filters: describeFilters(page.tr, row.query),
        feedUrl: `${origin}/feeds/saved/${row.feed_token}.atom`,
        created_at: row.created_at,
      }))}
      notice={notice(c, {
        saved: t('notifications.saved.done_saved'),
        deleted: t('notifications.saved.done_deleted'),
      })}
    />,
  );
}

/** Inbox, notification preferences and saved searches: each person's own, so every route is signed in. */
export const notificationPages = new Hono<AppEnv>()
  .get(INBOX, signedIn, (c) => showInbox(c, own(c.var.user)))
  .post(`${INBOX}/read`, signedIn, (c) => {
    const actor = own(c.var.user);
    return submitForm(c, markReadForm, {
      run: async (data, values) => {
        await markRead(c.var.db, actor, data);
        const back = backTo(values.back);
        const done = 'all' in data ? 'all_read' : 'read';
        return c.redirect(`${back}${back.includes('?') ? '&' : '?'}done=${done}`, 303);
      },
      rerender: () => c.redirect(INBOX, 303),
    });
  })
  .get(`${INBOX}/preferences`, signedIn, (c) => showPreferences(c, own(c.var.user)))
  .post(`${INBOX}/preferences`, signedIn, (c) => {
    const actor = own(c.var.user);
    return submitForm(c, preferencesForm, {
      run: async (data) => {
        await savePreferences(c.var.db, actor, data);
        return c.redirect(`${INBOX}/preferences?done=saved`, 303);
      },
      rerender: (form) => showPreferences(c, actor, form, 400),
      wholeForm: true,
    });
  })
  .get('/me/saved-searches', signedIn, (c) => showSavedSearches(c, own(c.var.user)))
  .post('/me/saved-searches', signedIn, (c) => {
    const actor = authorizeUser(c.var.user, 'saved_search.create');
    const tr = pageContext(c).tr;
    return submitForm(c, saveSearchForm, {
      run: async (data, values) => {
        try {
          // Unnamed, it is called by its filters as this page says them (the API names it in English).
          const name = data.name ?? searchName(tr, values);
          await saveSearch(c.var.db, actor, { ...data, name });
        } catch (err) {
          // The domain's reason, in the page's language: the list is full.
          if (err instanceof DomainError && err.code === 'invalid_state') {
            throw new DomainError('invalid_state', tr.t('notifications.saved.full', { max: SAVED_SEARCHES_PER_USER }));
          }
          throw err;
        }
        return c.redirect('/me/saved-searches?done=saved', 303);
      },
      // Back on the catalogue with the same filters, the message next to the name or above the form.
      rerender: async (form) => {
        const filters = Object.fromEntries(
          SAVED_FILTERS.filter((key) => form.values[key]).map((key) => [key, form.values[key] ?? '']),
        );
        return showCatalogue(c, filters, form, 400);
      },
      wholeForm: true,
    });
  })
  .post(`/me/saved-searches/${ID}/delete`, signedIn, (c) => {
    const actor = own(c.var.user);
    return submitForm(c, confirmForm, {
      run: async () => {
        await deleteSavedSearch(c.var.db, actor, c.req.param('id'));
        return c.redirect('/me/saved-searches?done=deleted', 303);
      },
      rerender: () => c.redirect('/me/saved-searches', 303),
    });
  });
