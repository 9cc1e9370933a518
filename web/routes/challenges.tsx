import { type Context, Hono } from 'hono';
import { setEndorsement } from '../../worker/domain/challenges/endorsements';
import {
  type ChallengeStatus,
  MODERATOR_AMENDABLE,
  OWNER_EDITABLE,
  PUBLISHED,
  TRANSITION_ACTIONS,
} from '../../worker/domain/challenges/lifecycle';
import { listChallenges } from '../../worker/domain/challenges/list';
import { ChallengeListQuerySchema } from '../../worker/domain/challenges/list.query';
import { AnswerInputSchema, QuestionInputSchema } from '../../worker/domain/challenges/question.schema';
import { ANSWERABLE, ASKABLE, answerQuestion, askQuestion } from '../../worker/domain/challenges/questions';
import { challengeQuery, toChallenge } from '../../worker/domain/challenges/read';
import { actionsFrom } from '../../worker/domain/challenges/transition';
import { listClusters } from '../../worker/domain/clusters/list';
import { juryProgress, jurySeat, rankingReads, shapeRanking } from '../../worker/domain/solutions/ranking';
import type { AppEnv } from '../../worker/env';
import { notVisible } from '../../worker/http/problem';
import { moderates } from '../../worker/policy/decisions';
import { authorize, can, decide } from '../../worker/policy/policy';
import { loadVisibleChallenge } from '../../worker/routes/challenges/load';
import { challengeLinks } from '../challenge-links';
import { emptyForm, type FormState, fieldErrorsOrThrow, readForm, validate } from '../forms';
import type { Translator } from '../i18n';
import { pageContext } from '../page';
import { ChallengePage } from '../pages/challenge';
import { ChallengeBrowserPage } from '../pages/challenge-browser';
import { renderPage } from '../render';
import { errorPage } from './error-page';
import { signInFirst } from './sign-in-first';

/** The confirmation after a redirect-after-post, from its `?done=` marker. */
function noticeFor(tr: Translator, done: string | undefined, status: ChallengeStatus): string | undefined {
  if (done === 'endorsed') return tr.t('challenge.endorsed_notice');
  if (done === 'asked') return tr.t('questions.asked_notice');
  if (done === 'answered') return tr.t('questions.answered_notice');
  if (done === 'decided') return tr.t('ranking.decided_notice');
  if (done === 'saved') return tr.t('actions.saved');
  if (done && (TRANSITION_ACTIONS as readonly string[]).includes(done))
    return tr.t('actions.done', { status: tr.t(`status.${status}`) });
  return undefined;
}

const FAILURES = ['deadline', 'note', 'stale', 'state'] as const;
const failureFor = (tr: Translator, code: string | undefined) =>
  FAILURES.find((f) => f === code) && tr.t(`actions.failed.${code as (typeof FAILURES)[number]}`);

/** Query-string values as the form shows them; empty ones mean "any". */
function filterValues(query: Record<string, string>) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

/** Forms on the challenge page that failed and are shown again with what was typed. */
interface ChallengeForms {
  ask?: FormState;
  answer?: { question: string; form: FormState };
}

/**
 * The challenge page: the need, Q&A with its forms, the actions this viewer may take, links to
 * its working pages, and the public results once decided. One round trip.
 */
async function showChallenge(c: Context<AppEnv>, forms: ChallengeForms, status: 200 | 400 = 200) {
  const id = c.req.param('id') ?? '';
  const actor = c.var.actor;
  const viewer = actor.type === 'user' ? actor.id : '';
  const db = c.var.db;
  const [criteria, rows] = rankingReads(db, id);
  const [records, criteriaRows, rankedRows, seat] = await db.batch([
    challengeQuery(db, id, viewer || null),
    criteria,
    rows,
    juryProgress(db, id, viewer),
  ]);
  const record = records[0];
  if (!record || !decide(actor, 'challenge.read', record.row).allow) return errorPage(c, notVisible('challenge'));
  const row = record.row;
  const results = row.decided_at ? shapeRanking(id, criteriaRows, rankedRows, 'public') : null;
  const jury = jurySeat(seat[0]);
  const page = pageContext(c);
  const canEdit =
    can(actor, 'challenge.edit', row) &&
    ((actor.type === 'user' && actor.id === row.owner_id && OWNER_EDITABLE.includes(row.status)) ||
      (moderates(actor, row.cluster_id) && MODERATOR_AMENDABLE.includes(row.status)));
  const may = {
    endorse: actor.type === 'user' && can(actor, 'endorsement.change', row) && PUBLISHED.includes(row.status),
    edit: canEdit,
    ask: can(actor, 'question.ask', row) && ASKABLE.includes(row.status),
    answer: can(actor, 'question.answer', row) && ANSWERABLE.includes(row.status),
    submitSolution: can(actor, 'solution.create', row) && row.status === 'open',
    signInToTakePart: actor.type === 'anonymous' && row.status === 'open',
  };
  return renderPage(
    c,
    <ChallengePage
      page={page}
      challenge={toChallenge(record, actor)}
      may={may}
      links={challengeLinks(actor, row, jury)}
      actions={actionsFrom(row.status).filter((action) =>
        can(actor, 'challenge.transition', { challenge: row, action }),
      )}
      results={results}
      askForm={forms.ask ?? emptyForm()}
      answerForm={forms.answer}
      notice={noticeFor(page.tr, c.req.query('done'), row.status)}
      failure={failureFor(page.tr, c.req.query('failed'))}
    />,
    status,
  );
}

export const challengePages = new Hono<AppEnv>()
  .get('/challenges', async (c) => {
    const page = pageContext(c);
    const values = filterValues(c.req.query());
    const parsed = validate(ChallengeListQuerySchema, values, page.tr.locale);
    const clusters = await listClusters(c.var.db, 100);
    if (!parsed.ok) {
      return renderPage(
        c,
        <ChallengeBrowserPage
          page={page}
          form={{ values, errors: parsed.errors }}
          clusters={clusters}
          results={[]}
          nextHref={null}
        />,
        400,
      );
    }
    const result = await listChallenges(c.var.db, c.var.actor, parsed.data).catch((err: unknown) => err);
    if (result instanceof Error) {
      const errors = 'errors' in result && Array.isArray(result.errors) ? result.errors : [];
      const form = {
        values,
        errors: Object.fromEntries(errors.map((e: { path: string; message: string }) => [e.path, e.message])),
      };
      return renderPage(
        c,
        <ChallengeBrowserPage page={page} form={form} clusters={clusters} results={[]} nextHref={null} />,
        400,
      );
    }
    const { data, next_cursor } = result as Awaited<ReturnType<typeof listChallenges>>;
    const next = next_cursor ? `/challenges?${new URLSearchParams({ ...values, cursor: next_cursor })}` : null;
    return renderPage(
      c,
      <ChallengeBrowserPage page={page} form={emptyForm(values)} clusters={clusters} results={data} nextHref={next} />,
    );
  })
  .get('/challenges/:id', (c) => showChallenge(c, {}))
  .post('/challenges/:id/questions', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}#questions`);
    const record = await loadVisibleChallenge(c, id);
    authorize(actor, 'question.ask', record.row);
    const values = await readForm(c);
    const parsed = validate(QuestionInputSchema, { body: values.body }, pageContext(c).tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        await askQuestion(c.var.db, actor, record, parsed.data.body);
        return c.redirect(`/challenges/${id}?done=asked#questions`, 303);
      } catch (err) {
        form = fieldErrorsOrThrow(err, values);
      }
    }
    return showChallenge(c, { ask: form }, 400);
  })
  .post('/challenges/:id/questions/:qid/answer', async (c) => {
    const { id, qid } = c.req.param();
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}#questions`);
    const record = await loadVisibleChallenge(c, id);
    authorize(actor, 'question.answer', record.row);
    const values = await readForm(c);
    const parsed = validate(AnswerInputSchema, { answer: values.answer }, pageContext(c).tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        await answerQuestion(c.var.db, actor, record, qid, parsed.data.answer);
        return c.redirect(`/challenges/${id}?done=answered#q-${qid}`, 303);
      } catch (err) {
        form = fieldErrorsOrThrow(err, values);
      }
    }
    return showChallenge(c, { answer: { question: qid, form } }, 400);
  })
  .post('/challenges/:id/endorsement', async (c) => {
    const id = c.req.param('id');
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, `/challenges/${id}`);
    const [record] = await challengeQuery(c.var.db, id, actor.id);
    if (!record || !can(actor, 'endorsement.change', record.row)) return errorPage(c, notVisible('challenge'));
    const { endorsed } = await readForm(c);
    await setEndorsement(c.var.db, actor, record, endorsed === '1');
    return c.redirect(`/challenges/${id}${endorsed === '1' ? '?done=endorsed' : ''}`, 303);
  });
