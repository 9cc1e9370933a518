import { Hono } from 'hono';
import { contactablePeople } from '../../../worker/access/conversations';
import { listVisiblePeople, loadOwnProfile, saveOwnProfile } from '../../../worker/access/people';
import type { SignedIn } from '../../../worker/domain/actor';
import { tagFromWords } from '../../../worker/domain/challenges/challenge.schema';
import { DEFAULT_PAGE_SIZE } from '../../../worker/domain/paging';
import { LanguageCodeSchema } from '../../../worker/domain/people/profile.schema';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { profileForm, profileValues } from '../../forms/people';
import { pageContext } from '../../page';
import { type PeopleFilters, PeoplePage } from '../../pages/people/directory';
import { ProfilePage } from '../../pages/people/profile';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/**
 * The filters as typed: expertise in words ("Liquid biopsy" finds liquid-biopsy), a language from
 * the list; anything else is left out rather than refused, so a shared link always shows a page.
 */
function filtersOf(c: Ctx): PeopleFilters {
  const words = c.req.query('expertise')?.trim().slice(0, 80);
  const language = LanguageCodeSchema.safeParse(c.req.query('language') ?? '').data;
  return {
    ...(words ? { expertise: words } : {}),
    ...(language ? { language } : {}),
    ...(c.req.query('juror') === 'true' ? { juror: true } : {}),
    ...(c.req.query('mentor') === 'true' ? { mentor: true } : {}),
  };
}

/** The query string of the filters with `cursor`, for the next page's link. */
const nextLink = (filters: PeopleFilters, cursor: string) => {
  const query = new URLSearchParams();
  if (filters.expertise) query.set('expertise', filters.expertise);
  if (filters.language) query.set('language', filters.language);
  if (filters.juror) query.set('juror', 'true');
  if (filters.mentor) query.set('mentor', 'true');
  query.set('cursor', cursor);
  return `/people?${query}`;
};

async function showPeople(c: Ctx) {
  const filters = filtersOf(c);
  const tag = filters.expertise ? tagFromWords(filters.expertise) : undefined;
  const page = await listVisiblePeople(c.var.db, c.var.actor, {
    limit: DEFAULT_PAGE_SIZE,
    cursor: c.req.query('cursor'),
    ...(tag ? { expertise: tag } : filters.expertise ? { expertise: filters.expertise } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.juror ? { juror: true } : {}),
    ...(filters.mentor ? { mentor: true } : {}),
  });
  return renderPage(
    c,
    <PeoplePage
      page={pageContext(c)}
      filters={filters}
      people={page.data}
      contactable={contactablePeople(c.var.actor, page.data)}
      next={page.next_cursor ? nextLink(filters, page.next_cursor) : null}
    />,
  );
}

async function showProfile(c: Ctx, actor: SignedIn, form?: FormState, status: 200 | 400 = 200) {
  const shown = form ?? emptyForm(profileValues(await loadOwnProfile(c.var.db, actor)));
  const { t } = pageContext(c).tr;
  const done = c.req.query('done');
  const notice = done === 'public' ? t('profile.saved_public') : done === 'saved' ? t('profile.saved') : undefined;
  return renderPage(
    c,
    <ProfilePage page={pageContext(c)} form={shown} mayPublish={actor.emailConfirmed} notice={notice} />,
    status,
  );
}

/** The people directory (everyone) and one's own expert profile (signed in). */
export const peoplePages = new Hono<AppEnv>()
  .get('/people', (c) => showPeople(c))
  .get('/me/profile', signedIn, (c) => showProfile(c, c.var.user))
  .post('/me/profile', signedIn, (c) => {
    const actor = c.var.user;
    return submitForm(c, profileForm, {
      run: async (data) => {
        const saved = await saveOwnProfile(c.var.db, actor, data);
        return c.redirect(`/me/profile?done=${saved.public ? 'public' : 'saved'}`, 303);
      },
      rerender: (form) => showProfile(c, actor, form, 400),
      wholeForm: true,
    });
  });
