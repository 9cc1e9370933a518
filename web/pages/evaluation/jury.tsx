import type { ChallengePages } from '../../../worker/access/challenges';
import type { listJury } from '../../../worker/domain/evaluation/jury';
import type { listInvitations } from '../../../worker/domain/invitations/invitations';
import { ErrorSummary, Field, Notice } from '../../components/form';
import { InvitationTable } from '../../components/invitations';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';
import { StageSelector } from '../stages/stages';

type Member = Awaited<ReturnType<typeof listJury>>[number];
type Invitation = Awaited<ReturnType<typeof listInvitations>>[number];

interface JuryPageProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  members: Member[];
  invitations: Invitation[];
  /** Solutions in the running, what each member has to get through. */
  solutions: number;
  /** The jury can change until the decision. */
  editable: boolean;
  /** Invitations go out once the challenge is published (and until the decision). */
  invitable: boolean;
  form: FormState;
  notice?: string;
  /** The stage the challenge is in and the one shown (issue 15): a selector once past stage 1. */
  stage: { current: number; shown: number };
}

/** Invitations to the jury: who was invited, where each stands, and (while pending) send again or revoke. */
function Invitations({
  page,
  challengeId,
  invitations,
  editable,
}: {
  page: PageContext;
  challengeId: string;
  invitations: Invitation[];
  editable: boolean;
}) {
  const { tr } = page;
  const { t } = tr;
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('jury.invitations')}</h2>
      <InvitationTable
        tr={tr}
        invitations={invitations}
        caption={t('jury.invitations_caption')}
        manage={
          editable
            ? {
                resendAction: `/challenges/${challengeId}/jury`,
                revokeAction: (id) => `/challenges/${challengeId}/invitations/${id}/revoke`,
              }
            : undefined
        }
      />
    </section>
  );
}

/** The owner's and moderators' view of the jury: who sits on it, how far each is, invite and remove. */
export function JuryPage({
  page,
  challenge,
  links,
  members,
  invitations,
  solutions,
  editable,
  invitable,
  form,
  notice,
  stage,
}: JuryPageProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('jury.title')} scripts={editable ? ['/enhance.js'] : []}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="jury" />
      <h1>{t('jury.title')}</h1>
      <StageSelector
        page={page}
        current={stage.current}
        shown={stage.shown}
        href={(k) => `/challenges/${challenge.id}/jury?stage=${k}`}
      />
      {notice && <Notice>{notice}</Notice>}
      {members.length === 0 ? (
        <p>{t('jury.empty')}</p>
      ) : (
        <section aria-labelledby="members-title">
          <h2 id="members-title">{t('jury.caption', { count: solutions })}</h2>
          {/* One card per member: they fit a phone and keep the remove button in reach. */}
          <ul class="cards jury-members">
            {members.map((m) => (
              <li class="card">
                <h3>{personName(tr, m.name)}</h3>
                <p class="meta">{m.organization ?? t('declare.no_organization')}</p>
                <dl class="jury-progress">
                  <div>
                    <dt>{t('jury.declared')}</dt>
                    <dd>{tr.number(m.declared)}</dd>
                  </div>
                  <div>
                    <dt>{t('jury.conflicts')}</dt>
                    <dd>{tr.number(m.conflicts)}</dd>
                  </div>
                  <div>
                    <dt>{t('jury.scored')}</dt>
                    <dd>{t('jury.scored_of', { scored: m.scored, total: Math.max(solutions - m.conflicts, 0) })}</dd>
                  </div>
                </dl>
                {editable && (
                  <form
                    method="post"
                    action={`/challenges/${challenge.id}/jury/${m.user_id}/remove`}
                    data-confirm={t('jury.remove_confirm', { name: personName(tr, m.name) })}
                  >
                    <button
                      type="submit"
                      class="secondary"
                      aria-label={t('jury.remove_named', { name: personName(tr, m.name) })}
                    >
                      {t('jury.remove')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Invitations page={page} challengeId={challenge.id} invitations={invitations} editable={editable} />
      {editable && !invitable ? (
        <p>{t('jury.invite_after_publication')}</p>
      ) : editable ? (
        <section aria-labelledby="add-title">
          <h2 id="add-title">{t('jury.add')}</h2>
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action={`/challenges/${challenge.id}/jury`} class="stack" novalidate>
            <Field
              form={form}
              name="email"
              type="email"
              label={t('jury.invite_email')}
              hint={t('jury.invite_hint')}
              autocomplete="off"
              required
            />
            <button type="submit">{t('jury.add_button')}</button>
          </form>
        </section>
      ) : (
        <p>{t('jury.fixed')}</p>
      )}
    </Layout>
  );
}
