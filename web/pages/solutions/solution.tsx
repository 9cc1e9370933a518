import type { SolutionAffordances } from '../../../worker/access/solutions';
import type { ChallengeContext } from '../../../worker/domain/solutions/challenge-context';
import type { Solution } from '../../../worker/domain/solutions/solution.view';
import type { Team } from '../../../worker/domain/solutions/team';
import type { ChallengeTermsVersion } from '../../../worker/domain/terms/terms.schema';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import { ScrollTable } from '../../components/scroll-table';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { AttachmentsSection } from '../attachments/section';
import { DeclarationForm } from '../evaluation/declare';
import { ScoreForm } from '../evaluation/score';
import { type SolutionStages, StageOutcomes, StageSubmission } from '../stages/outcomes';
import { NotConfidentialNotice, TermsAcceptanceSection } from '../terms/terms';
import { Confidentiality } from './form';
import { TeamSection } from './team';

interface SolutionPageProps {
  page: PageContext;
  solution: Solution;
  challenge: ChallengeContext;
  /** What the viewer may do with the solution now (the access layer's affordances). */
  may: SolutionAffordances;
  scoreForm: FormState;
  declareForm: FormState;
  /** The team (issue 14), with what the viewer may see of its invitations and recusals. */
  team: Team;
  teamForm: FormState;
  /** The text of the challenge's terms in force (issue 14), for the team's accept step. */
  terms: ChallengeTermsVersion | null;
  termsForm: FormState;
  viewerId: string;
  notice?: string;
  attachmentError?: string;
  attachmentNotice?: string;
  /** Issue 15: the challenge's stages with this solution's place in each, and what the current one asks for. */
  stages?: SolutionStages;
  /** Submitting to a later stage, refused: the fields it lacks. */
  stageForm?: FormState;
}

export function SolutionPage({
  page,
  solution: s,
  challenge,
  may,
  scoreForm,
  declareForm,
  team,
  teamForm,
  terms,
  termsForm,
  viewerId,
  notice,
  attachmentError,
  attachmentNotice,
  stages,
  stageForm,
}: SolutionPageProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={s.title} scripts={['/enhance.js']}>
      <article aria-labelledby="solution-title">
        <p class="meta">
          <StatusBadge tr={tr} status={s.status} /> {t('solution.for_challenge')}{' '}
          <a href={`/challenges/${challenge.id}`} lang={challenge.language}>
            {challenge.title}
          </a>
        </p>
        <h1 id="solution-title">{s.title}</h1>
        {notice && <Notice>{notice}</Notice>}
        {(may.edit || may.submit || may.withdraw) && (
          <section id="actions" class="actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{t('actions.title')}</h2>
            {may.edit && (
              <p>
                <a href={`/solutions/${s.id}/edit`}>{t('actions.edit')}</a>
              </p>
            )}
            {may.submit && (
              <form method="post" action={`/solutions/${s.id}/submit`} class="inline-action">
                <button type="submit">{t('solution.submit_now')}</button>
              </form>
            )}
            {may.withdraw && (
              <form
                method="post"
                action={`/solutions/${s.id}/withdraw`}
                class="inline-action"
                data-confirm={t('solution.withdraw_confirm')}
              >
                <button type="submit" class="danger">
                  {t('solution.withdraw')}
                </button>
              </form>
            )}
          </section>
        )}
        {stages && may.submitStage && (
          <StageSubmission page={page} solutionId={s.id} stages={stages} form={stageForm} />
        )}
        {stages && may.stageOutcomes && <StageOutcomes page={page} stages={stages} />}
        {s.blind && <p class="notice">{t('blind.juror_notice')}</p>}
        <dl class="facts">
          <dt>{t('solution.submitter')}</dt>
          <dd>
            {s.submitter ? personName(tr, s.submitter.name) : t('blind.withheld')}
            {s.organization && ` · ${s.organization.name} (${s.organization.country})`}
          </dd>
          <dt>{t('solution.trl')}</dt>
          <dd>TRL {s.trl}</dd>
          <dt>{t('solution.ip_status')}</dt>
          <dd>{t(`ip.${s.ip_status}`)}</dd>
          {s.submitted_at && (
            <>
              <dt>{t('solution.submitted_at')}</dt>
              <dd>
                <time datetime={s.submitted_at}>{tr.date(s.submitted_at, 'long')}</time>
              </dd>
            </>
          )}
          <dt>{t('solution.summary_public')}</dt>
          <dd>{s.summary_public ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('public.solution.name_if_winner')}</dt>
          <dd>{s.name_if_winner ? t('common.yes') : t('common.no')}</dd>
        </dl>
        <h2>{t('solution.summary')}</h2>
        <p class="prose">{s.summary}</p>
        <h2>{t('solution.approach')}</h2>
        <p class="prose">{s.approach}</p>
        {s.team && (
          <>
            <h2>{t('public.solution.team_heading')}</h2>
            <p class="prose">{s.team}</p>
          </>
        )}
        {s.links.length > 0 && (
          <>
            <h2>{t('public.solution.links_heading')}</h2>
            <ul>
              {s.links.map((link) => (
                <li>
                  <a href={link} rel="noopener noreferrer nofollow">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        {/* Under blind review a jury member reads neither the team nor who accepted the terms (solution.identify). */}
        {may.identify && (
          <TermsAcceptanceSection
            page={page}
            solutionId={s.id}
            terms={s.terms}
            current={terms}
            may={may}
            form={termsForm}
          />
        )}
        {may.identify && (
          <TeamSection
            page={page}
            solutionId={s.id}
            title={s.title}
            team={team}
            viewerId={viewerId}
            may={may}
            form={teamForm}
          />
        )}
        <AttachmentsSection
          page={page}
          attachments={s.attachments}
          uploadAction={may.edit ? `/solutions/${s.id}/attachments` : undefined}
          error={attachmentError}
          notice={attachmentNotice}
          confidential
        />
        {s.feedback && (
          <section aria-labelledby="feedback-title">
            <h2 id="feedback-title">{t('solution.feedback')}</h2>
            <p>
              {t('solution.feedback_score', {
                score: s.feedback.score === null ? '—' : tr.number(s.feedback.score, { maximumFractionDigits: 1 }),
                count: s.feedback.evaluations,
              })}
            </p>
            <ScrollTable label={t('solution.feedback_caption')}>
              <table>
                <caption>{t('solution.feedback_caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('challenge.criterion')}</th>
                    <th scope="col">{t('ranking.mean')}</th>
                  </tr>
                </thead>
                <tbody>
                  {challenge.criteria.map((c) => (
                    <tr>
                      <td lang={challenge.language}>{c.label}</td>
                      <td>
                        {s.feedback?.criteria[c.key] === undefined ? '—' : tr.number(s.feedback.criteria[c.key] ?? 0)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            {s.feedback.comments.length > 0 && (
              <ul class="qa">
                {s.feedback.comments.map((comment) => (
                  <li>
                    <p class="prose">{comment}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {may.mine && <Confidentiality page={page} />}
        {(may.edit || may.acceptTerms) && terms && !terms.submissions_confidential && (
          <NotConfidentialNotice page={page} />
        )}
        {may.declare && (
          <section aria-labelledby="declare-title">
            <h2 id="declare-title">{t('declare.title')}</h2>
            <p>{t('declare.explain')}</p>
            <DeclarationForm page={page} solutionId={s.id} form={declareForm} />
          </section>
        )}
        {may.scoreLater && <p class="notice">{t('score.later')}</p>}
        {may.score && (
          <ScoreForm
            page={page}
            solutionId={s.id}
            criteria={challenge.criteria}
            language={challenge.language}
            form={scoreForm}
            scored={Boolean(s.my_evaluation)}
          />
        )}
      </article>
    </Layout>
  );
}
