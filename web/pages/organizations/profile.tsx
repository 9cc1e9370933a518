import type { OrganizationAffordances } from '../../../worker/access/organizations';
import type { Organization } from '../../../worker/domain/organizations/organization.view';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { previewText } from '../../components/preview';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';

/** How many of a list the profile shows, of how many (capped counts say "or more"). */
function Shown({ tr, list }: { tr: Translator; list: { items: unknown[]; count: number; count_capped: boolean } }) {
  if (list.count <= list.items.length) return null;
  const key = list.count_capped ? 'organization.shown_capped' : 'organization.shown';
  return <p class="meta">{tr.t(key, { shown: list.items.length, count: list.count })}</p>;
}

/** For a signed-in reader: manage the organization, claim to work there, or their claim waiting. */
function Affiliation({
  tr,
  id,
  name,
  may,
  claimed,
}: {
  tr: Translator;
  id: string;
  name: string;
  may: OrganizationAffordances;
  claimed: boolean;
}) {
  const { t } = tr;
  if (!may.manage && !may.claim && may.membership !== 'claimed') return null;
  return (
    <div class="actions">
      {claimed && <Notice>{t('affiliation.done.claimed', { organization: name })}</Notice>}
      {may.manage && (
        <p>
          <a href={`/organizations/${id}/members`}>{t('affiliation.members.link')}</a> ·{' '}
          <a href={`/organizations/${id}/edit`}>{t('affiliation.edit.link')}</a>
        </p>
      )}
      {may.membership === 'claimed' && !claimed && <p>{t('affiliation.pending', { organization: name })}</p>}
      {may.claim && (
        <form method="post" action={`/organizations/${id}/claim`} class="inline">
          <button type="submit" class="secondary">
            {t('affiliation.claim')}
          </button>
        </form>
      )}
    </div>
  );
}

/** A row of the profile's facts: its term, and the value or "not given". */
function Fact({ term, value, none }: { term: string; value: string | null; none: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value || none}</dd>
    </>
  );
}

/** An organization's public profile: who it is, what it can do, offers and seeks, and its public work. */
export function OrganizationPage({
  page,
  organization: o,
  may,
  claimed,
  mayContact = false,
}: {
  page: PageContext;
  organization: Organization;
  /** What the signed-in reader may do here (issue 16, verified affiliation). */
  may?: OrganizationAffordances;
  /** Their claim was just sent. */
  claimed?: boolean;
  /** Signed in with a confirmed address: a link to write to its members through Bedside (issue 16). */
  mayContact?: boolean;
}) {
  const { tr } = page;
  const { t } = tr;
  const none = t('organization.not_told');
  const list = (values: string[], label: (v: string) => string) => (values.length ? tr.list(values.map(label)) : null);
  return (
    <Layout
      page={page}
      title={o.name}
      preview={{ description: previewText(o.description ?? '') || t('discovery.partners'), type: 'article' }}
    >
      <p>
        <a href="/partners">{t('organization.back')}</a>
      </p>
      <h1>{o.name}</h1>
      {may && <Affiliation tr={tr} id={o.id} name={o.name} may={may} claimed={claimed ?? false} />}
      {mayContact && (
        <p>
          <a class="button" href={`/conversations/new?about_kind=organization&about_id=${o.id}`}>
            {t('conversation.contact.link.organization')}
          </a>
        </p>
      )}
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('organization.about')}</h2>
        {o.description && <p>{o.description}</p>}
        <dl>
          <Fact term={t('organization.kind')} value={t(`org.${o.kind}`)} none={none} />
          <Fact term={t('organization.country')} value={o.country} none={none} />
          <Fact term={t('organization.region')} value={o.region} none={none} />
          <dt>{t('organization.website')}</dt>
          <dd>
            {o.website ? (
              <a href={o.website} rel="external nofollow noopener">
                {o.website}
              </a>
            ) : (
              none
            )}
          </dd>
          <Fact
            term={t('organization.trl')}
            value={
              o.trl_min !== null && o.trl_max !== null
                ? t('partners.trl_range', { min: o.trl_min, max: o.trl_max })
                : null
            }
            none={none}
          />
          <Fact
            term={t('organization.capabilities')}
            value={list(o.facets.capability, (c) => c.replace(/-/g, ' '))}
            none={none}
          />
          <Fact
            term={t('organization.pathway')}
            value={list(o.facets.pathway, (p) => t(`pathway.${p as 'diagnosis'}`))}
            none={none}
          />
          <Fact
            term={t('organization.regulatory')}
            value={list(o.facets.regulatory, (c) => t('partners.regulatory.class', { class: c }))}
            none={none}
          />
          <Fact
            term={t('organization.offers')}
            value={list(o.facets.offers, (v) => t(`offer.${v as 'pilot_site'}`))}
            none={none}
          />
          <Fact
            term={t('organization.seeks')}
            value={list(o.facets.seeks, (v) => t(`offer.${v as 'pilot_site'}`))}
            none={none}
          />
        </dl>
      </section>

      <section aria-labelledby="challenges-title">
        <h2 id="challenges-title">{t('organization.challenges')}</h2>
        {o.challenges.items.length === 0 ? (
          <p>{t('organization.none')}</p>
        ) : (
          <ul>
            {o.challenges.items.map((c) => (
              <li>
                <a href={`/challenges/${c.id}`}>{c.title}</a> <span class="meta">{t(`status.${c.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <Shown tr={tr} list={o.challenges} />
      </section>

      <section aria-labelledby="results-title">
        <h2 id="results-title">{t('organization.results')}</h2>
        {o.results.items.length === 0 ? (
          <p>{t('organization.none')}</p>
        ) : (
          <ul>
            {o.results.items.map((r) => (
              <li>
                <a href={`/challenges/${r.challenge_id}`}>{r.title}</a>{' '}
                <span class="meta">
                  {t('organization.result_in', { outcome: t(`status.${r.outcome}`), challenge: r.challenge_title })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Shown tr={tr} list={o.results} />
      </section>

      <section aria-labelledby="cooperations-title">
        <h2 id="cooperations-title">{t('organization.cooperations')}</h2>
        {o.cooperations.items.length === 0 ? (
          <p>{t('organization.none')}</p>
        ) : (
          <ul>
            {o.cooperations.items.map((c) => (
              <li>
                <a href={`/cooperations/${c.id}`}>
                  {c.partner
                    ? t('organization.cooperation_with', {
                        partner: c.partner,
                        solution: c.solution_title,
                        challenge: c.challenge_title,
                      })
                    : t('organization.cooperation_on', { solution: c.solution_title, challenge: c.challenge_title })}
                </a>
              </li>
            ))}
          </ul>
        )}
        <Shown tr={tr} list={o.cooperations} />
      </section>
    </Layout>
  );
}
