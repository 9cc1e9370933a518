import type { ChallengePages } from '../../../worker/access/challenges';
import type { ChallengeMatches } from '../../../worker/domain/matches/match.view';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';

interface PartnersPageProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  matches: ChallengeMatches;
  /** Signed in with a confirmed address: each suggestion has a Contact link (issue 16, relayed contact). */
  mayContact?: boolean;
}

/** A contact through Bedside about one suggestion, named for screen readers. */
function Contact({
  page,
  kind,
  id,
  name,
}: {
  page: PageContext;
  kind: 'organization' | 'person';
  id: string;
  name: string;
}) {
  return (
    <p>
      <a href={`/conversations/new?about_kind=${kind}&about_id=${id}`}>
        {page.tr.t('conversation.contact.link.person')}
        <span class="visually-hidden">: {name}</span>
      </a>
    </p>
  );
}

/** Why one suggestion is made: the reason in the page's language and its score. */
function Why({ page, reason, score }: { page: PageContext; reason: string; score: number }) {
  const { tr } = page;
  return (
    <>
      <p>
        <strong>{tr.t('matches.why')}:</strong> {reason}
      </p>
      <p class="meta">
        {tr.t('matches.score')}: {tr.number(score)}
      </p>
    </>
  );
}

/**
 * Suggested partners for a challenge, for those who run it: listed organizations (each links to
 * its profile, where it can be contacted) and experts with a public profile, best first, each with
 * its reason. Never an address.
 */
export function PartnersPage({ page, challenge, links, matches, mayContact = false }: PartnersPageProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={`${t('matches.partners.title')}: ${challenge.title}`}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="matches" />
      <h1>{t('matches.partners.title')}</h1>
      <p>{t('matches.partners.intro')}</p>
      <section aria-labelledby="organizations-title">
        <h2 id="organizations-title">{t('matches.partners.organizations')}</h2>
        {matches.organizations.length === 0 ? (
          <p class="empty">{t('matches.partners.no_organizations')}</p>
        ) : (
          <ol class="cards">
            {matches.organizations.map((m) => (
              <li class="card">
                <h3>
                  <a href={`/organizations/${m.organization.id}`}>{m.organization.name}</a>
                </h3>
                <p class="meta">
                  {[t(`org.${m.organization.kind}`), m.organization.country || null].filter(Boolean).join(' · ')}
                </p>
                <Why page={page} reason={m.reason} score={m.score} />
                {mayContact && (
                  <Contact page={page} kind="organization" id={m.organization.id} name={m.organization.name} />
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="experts-title">
        <h2 id="experts-title">{t('matches.partners.experts')}</h2>
        {matches.experts.length === 0 ? (
          <p class="empty">{t('matches.partners.no_experts')}</p>
        ) : (
          <ol class="cards">
            {matches.experts.map((m) => (
              <li class="card person" id={`person-${m.person.id}`}>
                <h3>{m.person.name}</h3>
                {m.person.headline && <p class="headline">{m.person.headline}</p>}
                <Why page={page} reason={m.reason} score={m.score} />
                {mayContact && <Contact page={page} kind="person" id={m.person.id} name={m.person.name} />}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}
