import type { SolutionAffordances } from '../../../worker/access/solutions';
import { TEAM_ROLES } from '../../../worker/db/enums';
import type { Team } from '../../../worker/domain/solutions/team';
import { ErrorSummary, Field, Select } from '../../components/form';
import { RevokeInvitation } from '../../components/invitations';
import { personName } from '../../components/person-name';
import { ScrollTable } from '../../components/scroll-table';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface TeamSectionProps {
  page: PageContext;
  solutionId: string;
  title: string;
  team: Team;
  viewerId: string;
  may: SolutionAffordances;
  form: FormState;
}

/**
 * A solution's team on its page: members with role and organization; for the submitter the
 * invitation form, the invitations, and per member "remove" and "make submitter"; for a member
 * "leave". Each step that cannot be undone asks first (a confirm page without JavaScript).
 */
export function TeamSection({ page, solutionId, title, team, viewerId, may, form }: TeamSectionProps) {
  const { tr } = page;
  const { t } = tr;
  const actions = may.manageTeam || may.leaveTeam;
  return (
    <section id="team" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p class="hint">{t('team.explain')}</p>
      <ScrollTable label={t('team.caption')}>
        <table>
          <caption>{t('team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.name')}</th>
              <th scope="col">{t('team.role')}</th>
              <th scope="col">{t('team.organization')}</th>
              {actions && <th scope="col">{t('team.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {team.members.map((m) => {
              const name = personName(tr, m.name);
              return (
                <tr>
                  <th scope="row">
                    {name}
                    {m.user_id === viewerId && ` (${t('team.you')})`}
                    {m.submitter && <span class="badge">{t('team.submitter')}</span>}
                  </th>
                  <td>{t(`team.role.${m.role}`)}</td>
                  <td>{m.organization || t('team.no_organization')}</td>
                  {actions && (
                    <td>
                      {may.manageTeam && !m.submitter && (
                        <div class="buttons">
                          <form
                            method="post"
                            action={`/solutions/${solutionId}/team/${m.user_id}/submitter`}
                            data-confirm={t('team.handover_confirm', { name, title })}
                          >
                            <button type="submit" class="secondary" aria-label={t('team.handover_named', { name })}>
                              {t('team.handover')}
                            </button>
                          </form>
                          <form
                            method="post"
                            action={`/solutions/${solutionId}/team/${m.user_id}/remove`}
                            data-confirm={t('team.remove_confirm', { name, title })}
                          >
                            <button type="submit" class="danger" aria-label={t('team.remove_named', { name })}>
                              {t('team.remove')}
                            </button>
                          </form>
                        </div>
                      )}
                      {may.leaveTeam && m.user_id === viewerId && (
                        <form
                          method="post"
                          action={`/solutions/${solutionId}/team/${m.user_id}/remove`}
                          data-confirm={t('team.leave_confirm', { title })}
                        >
                          <button type="submit" class="danger">
                            {t('team.leave')}
                          </button>
                        </form>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      {team.invitations && team.invitations.length > 0 && (
        <>
          <h3>{t('team.invitations')}</h3>
          <ul>
            {team.invitations.map((i) => (
              <li>
                {t('team.invitation_line', {
                  email: i.email,
                  role: t(`team.role.${i.role ?? 'other'}`),
                  status: t(`invitation.status.${i.status}`),
                })}
                {i.status === 'pending' && may.manageTeam && (
                  <RevokeInvitation
                    tr={tr}
                    action={`/solutions/${solutionId}/team/invitations/${i.id}/revoke`}
                    email={i.email}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {may.inviteTeam && (
        <>
          <h3 id="team-invite-title">{t('team.invite.title')}</h3>
          <ErrorSummary tr={tr} form={form} />
          <form
            method="post"
            action={`/solutions/${solutionId}/team`}
            class="stack"
            novalidate
            aria-labelledby="team-invite-title"
          >
            <Field
              form={form}
              name="email"
              type="email"
              label={t('team.invite.email')}
              hint={t('team.invite.hint')}
              autocomplete="off"
              required
            />
            <Select
              form={form}
              name="role"
              label={t('team.invite.role')}
              options={TEAM_ROLES.map((role) => ({ value: role, label: t(`team.role.${role}`) }))}
              required
            />
            <button type="submit">{t('team.invite.submit')}</button>
          </form>
        </>
      )}
      {team.recusals && team.recusals.length > 0 && (
        <>
          <h3>{t('recusal.title')}</h3>
          <p class="hint">{t('recusal.explain')}</p>
          <ul>
            {team.recusals.map((r) => (
              <li>
                {t('recusal.line', {
                  juror: personName(tr, r.juror_name),
                  reason: t('recusal.reason', { organization: r.organization, member: personName(tr, r.member) }),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
