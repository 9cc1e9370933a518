import { Hono } from 'hono';
import { challengeAffordances, loadChallengeFor, visibleChallenge } from '../../../worker/access/challenges';
import { ANONYMOUS } from '../../../worker/domain/actor';
import { setEndorsement } from '../../../worker/domain/challenges/endorsements';
import { type ChallengeStatus, TRANSITION_ACTIONS } from '../../../worker/domain/challenges/lifecycle';
import { answerQuestion, askQuestion, hideQuestion } from '../../../worker/domain/challenges/questions';
import { challengeQuery, toChallenge } from '../../../worker/domain/challenges/read';
import { jurySeat, seatProgress } from '../../../worker/domain/evaluation/jury-progress';
import { criteriaQuery, publicRows, shapeRanking } from '../../../worker/domain/evaluation/ranking';
import { mySolutionsQuery } from '../../../worker/domain/solutions/list';
import { stageTimelineQuery } from '../../../worker/domain/stages/read';
import { challengeTermsQuery } from '../../../worker/domain/terms/challenge-terms';
import { choosableTemplatesQuery } from '../../../worker/domain/terms/templates';
import type { AppEnv } from '../../../worker/env';
import { can } from '../../../worker/policy/policy';
import { previewText } from '../../components/preview';
import type { Ctx } from '../../ctx';
import { answerForm, endorsementForm, questionForm } from '../../forms/challenges';
import { confirmForm } from '../../forms/solutions';
import type { Translator } from '../../i18n';
import { pageContext } from '../../page';
import { ChallengePage } from '../../pages/challenges/challenge';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID, QUESTION_ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { attachmentNoticeFor } from '../attachments/messages';

/** The confirmation after a redirect-after-post, from its `?done=` marker (those about questions: see below). */
function noticeFor(tr: Translator, done: string | undefined, status: ChallengeStatus): string | undefined {
  if (done === 'endorsed') return tr.t('challenge.endorsed_notice');
  if (done === 'decided') return tr.t('ranking.decided_notice');
  if (done === 'advanced') return tr.t('stages.shortlist.done');
  if (done === 'saved') return tr.t('actions.saved');
  if (done === 'terms') return tr.t('terms.done.set');
  if (done && (TRANSITION_ACTIONS as readonly string[]).includes(done))
    return tr.t('actions.done', { status: tr.t(`status.${status}`) });
  return undefined;
}

/** The confirmation of a step on the questions, shown at the questions, where the redirect lands. */
function questionNoticeFor(tr: Translator, done: string | undefined): string | undefined {
  if (done === 'asked') return tr.t('questions.asked_notice');
  if (done === 'answered') return tr.t('questions.answered_notice');
  if (done === 'hidden') return tr.t('public.questions.hidden_notice');
  return undefined;
}

/** Why a life-cycle step failed (set by the transitions form, see edit.tsx), as words in the page's language. */
const FAILURES = ['deadline', 'note', 'stale', 'state'] as const;
const failureFor = (tr: Translator, code: string | undefined) =>
  FAILURES.find((f) => f === code) && tr.t(`actions.failed.${code as (typeof FAILURES)[number]}`);

/** Forms on the challenge page that failed and are shown again with what was typed. */
export interface ChallengeForms {
  ask?: FormState;
  answer?: { question: string; form: FormState };
  /** A life-cycle step whose note was refused (see edit.tsx). */
  transition?: FormState;
  /** Why the last upload was refused, in the page's language (routes/attachments). */
  attachments?: string;
  /** Choosing the challenge's terms (issue 14, see routes/terms). */
  terms?: FormState;
}

/**
 * The challenge page: the need, Q&A with its forms, what this viewer may do, links to its
 * working pages, and the public results once decided. One round trip.
 */
export async function showChallenge(c: Ctx, forms: ChallengeForms = {}, status: 200 | 400 = 200) {
  const id = c.req.param('id') ?? '';
  const { actor, db } = c.var;
  const viewer = actor.type === 'user' ? actor.id : '';
  const [records, criteriaRows, rankedRows, seat, mine, terms, templates, stages] = await db.batch([
    challengeQuery(db, id, viewer || null),
    criteriaQuery(db, id),
    // The public results (issue 17): only what they show, and nothing at all before the decision,
    // rather than the whole ranking of a thousand solutions on every visit.
    publicRows(db, id),
    // The viewer's seat from the tallies: one row whatever the number of solutions.
    seatProgress(db, id, viewer),
    mySolutionsQuery(db, id, viewer),
    challengeTermsQuery(db, id),
    // The templates its owner or a moderator may choose from: only someone signed in may.
    choosableTemplatesQuery(db, viewer ? id : ''),
    // Its stages, for the timeline (issue 15).
    stageTimelineQuery(db, id),
  ]);
  const record = visibleChallenge(actor, records[0]);
  const { row } = record;
  const page = pageContext(c);
  const results = row.decided_at ? shapeRanking(id, criteriaRows, rankedRows, 'public') : null;
  const done = c.req.query('done');
  const may = challengeAffordances(
    actor,
    record,
    jurySeat(seat[0]),
    mine.some((s) => s.status !== 'withdrawn'),
  );
  const challenge = toChallenge(record, actor);
  return renderPage(
    c,
    <ChallengePage
      page={page}
      preview={
        can(ANONYMOUS, 'challenge.read', row)
          ? { description: previewText(challenge.summary), cluster: challenge.cluster.slug, type: 'article' }
          : undefined
      }
      challenge={challenge}
      may={may}
      terms={{
        current: terms[0] ?? null,
        templates: may.setTerms ? templates : [],
        form: forms.terms ?? emptyForm({ template_key: terms[0]?.template_key ?? '' }),
      }}
      results={results?.view === 'public' ? results.data : null}
      closedAt={row.status === 'open' ? null : row.submissions_closed_at}
      mySolutions={mine}
      stages={{ rows: stages, current: row.current_stage }}
      askForm={forms.ask ?? emptyForm()}
      answerForm={forms.answer}
      transitionForm={forms.transition}
      notice={noticeFor(page.tr, done, row.status)}
      questionNotice={questionNoticeFor(page.tr, done)}
      failure={failureFor(page.tr, c.req.query('failed'))}
      attachmentError={forms.attachments}
      attachmentNotice={attachmentNoticeFor(page.tr, done)}
    />,
    status,
  );
}

export const challengePages = new Hono<AppEnv>()
  .get(`/challenges/${ID}`, (c) => showChallenge(c))
  .post(`/challenges/${ID}/questions`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'question.ask');
    return submitForm(c, questionForm, {
      run: async ({ body }) => {
        await askQuestion(c.var.db, actor, record, body);
        return c.redirect(`/challenges/${id}?done=asked#questions`, 303);
      },
      rerender: (form) => showChallenge(c, { ask: form }, 400),
    });
  })
  .post(`/challenges/${ID}/questions/${QUESTION_ID}/answer`, signedIn, async (c) => {
    const { id, qid } = c.req.param();
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'question.answer');
    return submitForm(c, answerForm, {
      run: async ({ answer }) => {
        await answerQuestion(c.var.db, actor, record, qid, answer);
        return c.redirect(`/challenges/${id}?done=answered#q-${qid}`, 303);
      },
      rerender: (form) => showChallenge(c, { answer: { question: qid, form } }, 400),
    });
  })
  .post(`/challenges/${ID}/questions/${QUESTION_ID}/hide`, signedIn, async (c) => {
    const { id, qid } = c.req.param();
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'question.hide');
    return submitForm(c, confirmForm, {
      run: async () => {
        await hideQuestion(c.var.db, actor, record, qid);
        return c.redirect(`/challenges/${id}?done=hidden#questions`, 303);
      },
      rerender: () => c.redirect(`/challenges/${id}#q-${qid}`, 303),
      confirm: (_, tr) => ({
        question: tr.t('public.questions.hide.question'),
        consequence: tr.t('public.questions.hide.consequence'),
        yes: tr.t('public.questions.hide.yes'),
        back: `/challenges/${id}#q-${qid}`,
      }),
    });
  })
  .post(`/challenges/${ID}/endorsement`, signedIn, async (c) => {
    const id = c.req.param('id');
    const { record, actor } = await loadChallengeFor(c.var.db, c.var.user, id, 'endorsement.change');
    return submitForm(c, endorsementForm, {
      run: async ({ endorsed }) => {
        await setEndorsement(c.var.db, actor, record, endorsed);
        return c.redirect(`/challenges/${id}${endorsed ? '?done=endorsed' : ''}`, 303);
      },
      rerender: () => showChallenge(c, {}, 400),
    });
  });
