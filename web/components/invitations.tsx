import type { listInvitations } from '../../worker/domain/invitations/invitations';
import type { Translator } from '../i18n';
import { ScrollTable } from './scroll-table';

type Invitation = Awaited<ReturnType<typeof listInvitations>>[number];

/** Revoke a pending invitation: one button, asked first when JavaScript runs. */
export function RevokeInvitation({ tr, action, email }: { tr: Translator; action: string; email: string }) {
  const { t } = tr;
  return (
    <form method="post" action={action} class="inline" data-confirm={t('invitations.revoke_confirm', { email })}>
      <button type="submit" class="secondary" aria-label={t('invitations.revoke_named', { email })}>
        {t('invitations.revoke')}
      </button>
    </form>
  );
}

interface InvitationTableProps {
  tr: Translator;
  invitations: Invitation[];
  caption: string;
  /** Whoever may change the seat: send again (the invite form's action) and revoke. */
  manage?: { resendAction: string; revokeAction: (invitationId: string) => string };
}

/**
 * Invitations to a seat (a jury, a cluster's moderators): who was invited, where each stands, and
 * for those who manage the seat, send again (pending or expired) or revoke (pending).
 */
export function InvitationTable({ tr, invitations, caption, manage }: InvitationTableProps) {
  const { t } = tr;
  return (
    <ScrollTable label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.address')}</th>
            <th scope="col">{t('invitations.status')}</th>
            <th scope="col">{t('invitations.sent')}</th>
            <th scope="col">{t('invitations.expires')}</th>
            {manage && <th scope="col">{t('invitations.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr>
              <td>{i.email}</td>
              <td>{t(`invitation.status.${i.status}`)}</td>
              <td>{tr.date(i.last_sent_at)}</td>
              <td>{i.status === 'pending' ? tr.date(i.expires_at) : '—'}</td>
              {manage && (
                <td>
                  {(i.status === 'pending' || i.status === 'expired') && (
                    <form method="post" action={manage.resendAction} class="inline">
                      <input type="hidden" name="email" value={i.email} />
                      <button
                        type="submit"
                        class="secondary"
                        aria-label={t('invitations.resend_named', { email: i.email })}
                      >
                        {t('invitations.resend')}
                      </button>
                    </form>
                  )}{' '}
                  {i.status === 'pending' && (
                    <RevokeInvitation tr={tr} action={manage.revokeAction(i.id)} email={i.email} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
