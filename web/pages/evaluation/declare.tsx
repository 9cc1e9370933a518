import type { ChallengePages } from '../../../worker/access/challenges';
import { DECLARATIONS_PER_PAGE, type DeclarationRow } from '../../../worker/domain/evaluation/conflicts';
import type { ChallengeContext } from '../../../worker/domain/solutions/challenge-context';
import type { SolutionRecord } from '../../../worker/domain/solutions/read';
import { ErrorSummary, Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';

/** Conflict or none, with an optional note; one button each, so the answer is never implied. */
export function DeclarationForm({
  page,
  solutionId,
  form,
}: {
  page: PageContext;
  solutionId: string;
  form: FormState;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={`/solutions/${solutionId}/conflict`} class="stack wide" novalidate>
        <TextArea form={form} name="note" label={t('declare.note')} hint={t('declare.note_hint')} />
        <div class="buttons" id="conflict">
          <button type="submit" name="conflict" value="no">
            {t('declare.none')}
          </button>
          <button type="submit" name="conflict" value="yes" class="secondary">
            {t('declare.conflict')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Who is behind a solution: what the conflict question is about, and nothing confidential. */
function WhoIsBehind({
  page,
  title,
  team,
  submitter,
  organization,
  identified,
}: {
  page: PageContext;
  title?: string;
  team: string;
  submitter: string;
  organization: string | null;
  /** False under blind review: the jury member reads the title alone, and why. */
  identified: boolean;
}) {
  const { t } = page.tr;
  const titled = title !== undefined && (
    <>
      <dt>{t('solution.title')}</dt>
      <dd>{title}</dd>
    </>
  );
  // Under blind review the title is all there is; the page that lists many says why, once.
  if (!identified) {
    return titled ? (
      <>
        <dl class="facts declare-facts">{titled}</dl>
        <p class="notice">{t('blind.juror_notice')}</p>
      </>
    ) : null;
  }
  return (
    <dl class="facts declare-facts">
      {titled}
      <dt>{t('judging.declare.team')}</dt>
      <dd>{team.trim() || t('judging.declare.no_team')}</dd>
      <dt>{t('judging.declare.submitter')}</dt>
      <dd>{personName(page.tr, submitter)}</dd>
      <dt>{t('challenge.organization')}</dt>
      <dd>{organization ?? t('declare.no_organization')}</dd>
    </dl>
  );
}

/**
 * A jury member sees only a solution's title, its team, who submitted it and their organization
 * until they declare: enough to know whether they have a conflict of interest, nothing more.
 */
export function DeclarePage({
  page,
  record,
  challenge,
  form,
  identified,
}: {
  page: PageContext;
  record: SolutionRecord;
  challenge: ChallengeContext;
  form: FormState;
  /** The policy's `solution.identify` for this viewer (false under blind review). */
  identified: boolean;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('declare.title')}>
      <h1>{t('declare.title')}</h1>
      <p class="meta">
        {t('solution.for_challenge')}{' '}
        <a href={`/challenges/${challenge.id}`} lang={challenge.language}>
          {challenge.title}
        </a>
      </p>
      <WhoIsBehind
        page={page}
        title={record.solution.title}
        team={record.solution.team}
        submitter={record.submitter_name}
        organization={record.organization?.name ?? null}
        identified={identified}
      />
      <p>{t('declare.explain')}</p>
      <DeclarationForm page={page} solutionId={record.solution.id} form={form} />
      <p>
        <a href={`/challenges/${challenge.id}/conflicts`}>{t('judging.declare.one_of_many')}</a>
      </p>
    </Layout>
  );
}

interface DeclareAllPageProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  solutions: readonly DeclarationRow[];
  /** Declarations are taken now (open or in evaluation). */
  open: boolean;
  form: FormState;
  /** False under blind review: each solution is declared on by its title alone. */
  identified: boolean;
  /** Over every page (issue 17): solutions in the running, and how many of them were answered for. */
  progress: { declared: number; total: number };
  /** This page (null: the first) and the next one (null: this is the last). */
  cursor: string | null;
  nextCursor: string | null;
  /** The page before was saved and this is the next one. */
  saved: boolean;
}

/** One solution on the declaration page: who is behind it, the two answers, and a note if needed. */
function DeclarationFieldset({
  page,
  solution: s,
  form,
  open,
  identified,
}: {
  page: PageContext;
  solution: DeclarationRow;
  form: FormState;
  open: boolean;
  identified: boolean;
}) {
  const { tr } = page;
  const { t } = tr;
  const name = `conflicts.${s.id}`;
  const note = `notes.${s.id}`;
  const error = form.errors[name];
  const answer = form.values[name];
  const described = [`${name}-who`, error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset id={name} class={error ? 'declaration has-error' : 'declaration'} aria-describedby={described}>
      <legend>{s.title}</legend>
      <div id={`${name}-who`}>
        <WhoIsBehind
          page={page}
          team={s.team}
          submitter={s.submitter_name}
          organization={s.organization}
          identified={identified}
        />
      </div>
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
      {s.recusal ? (
        <>
          {/* Recused by Bedside (issue 14): the reason, and an answer the domain leaves aside. */}
          <p class="notice">{t('recusal.yours', { organization: s.recusal.organization })}</p>
          {open && <input type="hidden" name={name} value="yes" />}
        </>
      ) : open ? (
        <>
          <div class="declaration-answers">
            <label class="choice">
              <input type="radio" name={name} value="no" checked={answer === 'no'} />
              <span>{t('judging.declare.none')}</span>
            </label>
            <label class="choice">
              <input type="radio" name={name} value="yes" checked={answer === 'yes'} />
              <span>{t('judging.declare.conflict')}</span>
            </label>
          </div>
          {answer === undefined && <p class="meta">{t('judging.declare.not_yet')}</p>}
          <details open={Boolean(form.values[note] || form.errors[note])}>
            <summary>{t('judging.declare.add_note')}</summary>
            <TextArea form={form} name={note} label={t('declare.note')} hint={t('declare.note_hint')} />
          </details>
        </>
      ) : (
        <p>
          {answer === 'yes'
            ? t('judging.declare.conflict')
            : answer === 'no'
              ? t('judging.declare.none')
              : t('judging.declare.not_yet')}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Conflicts of interest for every solution of a challenge on one page: per solution its title,
 * team, submitter and organization (nothing confidential), "no conflict" or "conflict" and an
 * optional note; one form, one button, one batch.
 */
export function DeclareAllPage({
  page,
  challenge,
  links,
  solutions,
  open,
  form,
  identified,
  progress,
  cursor,
  nextCursor,
  saved,
}: DeclareAllPageProps) {
  const { tr } = page;
  const { t } = tr;
  const here = `/challenges/${challenge.id}/conflicts`;
  const paged = cursor !== null || nextCursor !== null;
  return (
    <Layout page={page} title={t('judging.declare.title')}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="solutions" />
      <h1>{t('judging.declare.title')}</h1>
      {saved && <Notice>{t('judging.declare.saved_next')}</Notice>}
      {!identified && <p class="notice">{t('blind.juror_notice')}</p>}
      <p>{t('judging.declare.explain')}</p>
      <p class="hint">{t('judging.declare.confidential')}</p>
      {progress.total > 0 && (
        <p class="progress">{t('judging.declare.progress', { declared: progress.declared, total: progress.total })}</p>
      )}
      {paged && open && <p class="hint">{t('judging.declare.page_hint', { size: DECLARATIONS_PER_PAGE })}</p>}
      {solutions.length === 0 ? (
        <p>{t('judging.declare.empty')}</p>
      ) : open ? (
        <>
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action={cursor ? `${here}?cursor=${cursor}` : here} class="stack wide" novalidate>
            {form.errors.conflicts && (
              <p class="field-error" id="conflicts" tabindex={-1}>
                {form.errors.conflicts}
              </p>
            )}
            {solutions.map((s) => (
              <DeclarationFieldset page={page} solution={s} form={form} open identified={identified} />
            ))}
            <button type="submit">{t('judging.declare.save')}</button>
          </form>
        </>
      ) : (
        <>
          <p class="notice">{t('judging.declare.closed')}</p>
          {solutions.map((s) => (
            <DeclarationFieldset page={page} solution={s} form={form} open={false} identified={identified} />
          ))}
        </>
      )}
      {paged && (
        <p class="buttons">
          {nextCursor && <a href={`${here}?cursor=${nextCursor}`}>{t('judging.declare.next')}</a>}
          {cursor && <a href={here}>{t('judging.declare.first')}</a>}
        </p>
      )}
    </Layout>
  );
}
