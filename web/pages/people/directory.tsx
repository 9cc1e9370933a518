import { tagWords } from '../../../worker/domain/challenges/challenge.schema';
import type { Person } from '../../../worker/domain/people/profile.schema';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import { PROFILE_LANGUAGES } from '../../forms/people';
import type { PageContext } from '../../page';
import { languageName } from './language-names';

export interface PeopleFilters {
  expertise?: string;
  language?: string;
  juror?: boolean;
  mentor?: boolean;
}

interface PeoplePageProps {
  page: PageContext;
  /** The people shown whom the viewer may contact (issue 16). */
  contactable?: readonly string[];
  filters: PeopleFilters;
  people: Person[];
  next: string | null;
}

/** One person as the directory shows them: what they chose to say, never how to write to them. */
function PersonCard({ page, person, contact }: { page: PageContext; person: Person; contact: boolean }) {
  const { tr } = page;
  const { t } = tr;
  return (
    <li class="card person">
      <h2>{person.name}</h2>
      {person.headline && <p class="headline">{person.headline}</p>}
      {person.organization && (
        <p>
          <strong>{t('people.organization')}:</strong>{' '}
          {person.organization.listed ? (
            <a href={`/organizations/${person.organization.id}`}>{person.organization.name}</a>
          ) : (
            person.organization.name
          )}
        </p>
      )}
      {(person.juror || person.mentor) && (
        <p class="badges">
          {person.juror && <span class="badge">{t('people.juror')}</span>}{' '}
          {person.mentor && <span class="badge">{t('people.mentor')}</span>}
        </p>
      )}
      {person.expertise.length > 0 && (
        <p>
          <strong>{t('people.expertise')}:</strong> {person.expertise.map(tagWords).join(', ')}
        </p>
      )}
      {person.languages.length > 0 && (
        <p>
          <strong>{t('people.languages')}:</strong> {person.languages.map((code) => languageName(tr, code)).join(', ')}
        </p>
      )}
      {person.bio && <p class="bio">{person.bio}</p>}
      {contact && (
        <p>
          <a href={`/conversations/new?about_kind=person&about_id=${person.id}`}>
            {t('conversation.contact.link.person')}
            <span class="visually-hidden">: {person.name}</span>
          </a>
        </p>
      )}
    </li>
  );
}

/** The people directory: a GET form of filters (works without JavaScript), the people, the next page. */
export function PeoplePage({ page, filters, people, next, contactable = [] }: PeoplePageProps) {
  const { tr, viewer } = page;
  const { t } = tr;
  const filtered = Boolean(filters.expertise || filters.language || filters.juror || filters.mentor);
  const languages = PROFILE_LANGUAGES.map((code) => ({ value: code, label: languageName(tr, code) })).sort((a, b) =>
    a.label.localeCompare(b.label, tr.locale),
  );
  return (
    <Layout page={page} title={t('people.title')} preview={{ description: t('discovery.people') }}>
      <h1>{t('people.title')}</h1>
      <p class="lead">{t('people.intro')}</p>
      {viewer && (
        <p>
          <a href="/me/profile">{t('people.own_profile')}</a>
        </p>
      )}
      <search aria-label={t('people.filters')}>
        <form method="get" action="/people" class="filters">
          <div class="field">
            <label for="expertise">{t('people.filter.expertise')}</label>
            <p class="hint" id="expertise-hint">
              {t('people.filter.expertise_hint')}
            </p>
            <input id="expertise" name="expertise" value={filters.expertise ?? ''} aria-describedby="expertise-hint" />
          </div>
          <div class="field">
            <label for="language">{t('people.filter.language')}</label>
            <select id="language" name="language">
              <option value="">{t('people.filter.any_language')}</option>
              {languages.map((l) => (
                <option value={l.value} selected={filters.language === l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
          <label class="choice" for="juror">
            <input id="juror" name="juror" type="checkbox" value="true" checked={filters.juror} />
            <span>{t('people.filter.juror')}</span>
          </label>
          <label class="choice" for="mentor">
            <input id="mentor" name="mentor" type="checkbox" value="true" checked={filters.mentor} />
            <span>{t('people.filter.mentor')}</span>
          </label>
          <button type="submit">{t('people.filter.apply')}</button>
        </form>
      </search>
      {people.length === 0 ? (
        <p class="empty">{filtered ? t('people.none') : t('people.none_at_all')}</p>
      ) : (
        <ul class="cards people">
          {people.map((person) => (
            <PersonCard page={page} person={person} contact={contactable.includes(person.id)} />
          ))}
        </ul>
      )}
      <NextPage tr={tr} href={next} />
    </Layout>
  );
}
