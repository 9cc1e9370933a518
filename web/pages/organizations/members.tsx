import type { MembershipListItem } from '../../../worker/domain/organizations/affiliation.view';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';

interface MembersPageProps {
  page: PageContext;
  organization: { id: string; name: string };
  members: MembershipListItem[];
  /** Whose claims this viewer may confirm or decline (not their own). */
  decidable: ReadonlySet<string>;
  /** The profile is listed: link to it. */
  listed: boolean;
  notice?: string;
}

/** Who someone is, as a decider sees them: name, the domain of their address, when they claimed. */
function Who({ tr, m }: { tr: Translator; m: MembershipListItem }) {
  return (
    <>
      <strong>{personName(tr, m.name)}</strong>{' '}
      <span class="meta">
        {tr.t('affiliation.members.who', { domain: m.email_domain, date: tr.date(m.claimed_at) })}
        {!m.email_confirmed && ` · ${tr.t('affiliation.members.unconfirmed')}`}
      </span>
    </>
  );
}

/**
 * An organization's claims and members for those who decide them (its administrators, the
 * moderators of its cluster, admins): waiting claims first, each with its buttons (POST forms).
 */
export function MembersPage({ page, organization, members, decidable, listed, notice }: MembersPageProps) {
  const { tr } = page;
  const { t } = tr;
  const base = `/organizations/${organization.id}/members`;
  const waiting = members.filter((m) => m.status === 'claimed');
  const confirmed = members.filter((m) => m.status === 'confirmed');
  const declined = members.filter((m) => m.status === 'declined');
  const title = t('affiliation.members.title', { organization: organization.name });
  return (
    <Layout page={page} title={title}>
      <p>
        {listed ? (
          <a href={`/organizations/${organization.id}`}>{t('affiliation.back_profile')}</a>
        ) : (
          <a href="/me">{t('affiliation.back_me')}</a>
        )}
      </p>
      <h1>{title}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t('affiliation.members.intro')}</p>
      <p>
        <a href={`/organizations/${organization.id}/edit`}>{t('affiliation.edit.link')}</a>
      </p>

      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">{t('affiliation.members.waiting')}</h2>
        {waiting.length === 0 ? (
          <p>{t('affiliation.members.none_waiting')}</p>
        ) : (
          <ul class="rows">
            {waiting.map((m) => (
              <li>
                <Who tr={tr} m={m} />{' '}
                {!decidable.has(m.user_id) && <span class="meta">{t('affiliation.members.own_claim')}</span>}
                {decidable.has(m.user_id) && (
                  <form method="post" action={`${base}/${m.user_id}/confirm`} class="inline">
                    <button type="submit" name="role" value="member">
                      {t('affiliation.members.confirm')}
                    </button>{' '}
                    <button type="submit" name="role" value="admin" class="secondary">
                      {t('affiliation.members.confirm_admin')}
                    </button>
                  </form>
                )}{' '}
                {decidable.has(m.user_id) && (
                  <form method="post" action={`${base}/${m.user_id}/decline`} class="inline">
                    <button type="submit" class="secondary">
                      {t('affiliation.members.decline')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="confirmed-title">
        <h2 id="confirmed-title">{t('affiliation.members.confirmed')}</h2>
        {confirmed.length === 0 ? (
          <p>{t('affiliation.members.none_confirmed')}</p>
        ) : (
          <ul class="rows">
            {confirmed.map((m) => (
              <li>
                <Who tr={tr} m={m} />{' '}
                <span class="meta">
                  {'· '}
                  {m.role === 'admin' ? t('affiliation.members.role_admin') : t('affiliation.members.role_member')}
                </span>{' '}
                <form method="post" action={`${base}/${m.user_id}/decline`} class="inline">
                  <button type="submit" class="secondary">
                    {t('affiliation.members.remove')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      {declined.length > 0 && (
        <section aria-labelledby="declined-title">
          <h2 id="declined-title">{t('affiliation.members.declined')}</h2>
          <ul class="rows">
            {declined.map((m) => (
              <li>
                <Who tr={tr} m={m} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
