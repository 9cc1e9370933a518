import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { PageContext } from '../../page';

/** Who is looking at an invitation, as far as accepting it goes. */
export type Visitor =
  | { kind: 'anonymous' }
  | { kind: 'other'; current: string }
  | { kind: 'unconfirmed' }
  | { kind: 'addressee' };

interface AcceptProps {
  page: PageContext;
  token: string;
  seat: 'jury' | 'moderator' | 'team';
  title: string;
  inviter: string;
  email: string;
  expiresAt: string;
  visitor: Visitor;
}

/**
 * What an invitation link opens: what the seat is, then what this visitor has to do to accept —
 * sign in (or register) with the invited address, confirm it, or press Accept.
 */
export function AcceptInvitationPage({ page, token, seat, title, inviter, email, expiresAt, visitor }: AcceptProps) {
  const { tr } = page;
  const { t } = tr;
  const heading = t(
    seat === 'jury'
      ? 'invitation.title_jury'
      : seat === 'team'
        ? 'invitation.title_team'
        : 'invitation.title_moderator',
    { title },
  );
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;
  return (
    <Layout page={page} title={heading}>
      <h1>{heading}</h1>
      <p class="lead">{t('invitation.from', { inviter: personName(tr, inviter), email })}</p>
      <p>
        {t(
          seat === 'jury'
            ? 'invitation.what_jury'
            : seat === 'team'
              ? 'invitation.what_team'
              : 'invitation.what_moderator',
        )}
      </p>
      <p class="meta">{t('invitation.valid_until', { date: tr.date(expiresAt, 'long') })}</p>
      {visitor.kind === 'anonymous' && (
        <>
          <p>{t('invitation.sign_in', { email })}</p>
          <p>
            <a href={`/signin?next=${encodeURIComponent(here)}`}>{t('invitation.sign_in_link')}</a> ·{' '}
            <a href={`/register?email=${encodeURIComponent(email)}&next=${encodeURIComponent(here)}`}>
              {t('invitation.register_link')}
            </a>
          </p>
        </>
      )}
      {visitor.kind === 'other' && (
        <p class="notice">{t('invitation.other_account', { current: visitor.current, email })}</p>
      )}
      {visitor.kind === 'unconfirmed' && <p class="notice">{t('invitation.confirm_first', { email })}</p>}
      {visitor.kind === 'addressee' && (
        <form method="post" action="/invitations/accept" class="stack">
          <input type="hidden" name="token" value={token} />
          <button type="submit">{t('invitation.accept')}</button>
        </form>
      )}
    </Layout>
  );
}
