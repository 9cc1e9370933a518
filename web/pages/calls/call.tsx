import { CALL_TRANSITIONS, type CallAction } from '../../../worker/domain/calls/lifecycle';
import type { CallRecord } from '../../../worker/domain/calls/read';
import type { ChallengeSummary } from '../../../worker/domain/challenges/challenge.view';
import { ChallengeCards } from '../../components/challenge-cards';
import { Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { Preview } from '../../components/preview';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { CallBenefits, CallRules } from './call-parts';

/** What the call's managers may do on its page (absent for everyone else). */
export interface CallActions {
  /** The call can be edited now (draft, changes requested, published). */
  edit: boolean;
  /** The life-cycle steps this person may take now. */
  steps: CallAction[];
  /** The person created the call, which is in review: another moderator publishes or sends it back. */
  reviewedByAnother: boolean;
  /** The step form, with the note's error when it came back. */
  form: FormState;
  /** `?done=` after a step or a save, `?failed=` when a step did not happen. */
  done?: string;
  failed?: 'closes' | 'note' | 'stale' | 'state';
}

const needsNote = (action: CallAction) => CALL_TRANSITIONS[action].noteRequired;
const DANGEROUS: readonly CallAction[] = ['withdraw', 'archive', 'close'];
const buttonClass = (action: CallAction) => (DANGEROUS.includes(action) ? 'danger' : undefined);

function noticeFor(tr: Translator, call: CallRecord, done: string | undefined): string | undefined {
  if (done === 'created') return tr.t('calls.done.created');
  if (done === 'saved') return tr.t('actions.saved');
  if (done && done in CALL_TRANSITIONS) return tr.t('calls.done.step', { status: tr.t(`calls.status.${call.status}`) });
  return undefined;
}

/** The managers' section: edit, the steps on offer, why publishing is another moderator's. */
function CallActionsSection({ tr, call, actions }: { tr: Translator; call: CallRecord; actions: CallActions }) {
  const { t } = tr;
  const plain = actions.steps.filter((a) => !needsNote(a));
  const noted = actions.steps.filter(needsNote);
  if (!actions.edit && actions.steps.length === 0 && !actions.reviewedByAnother) return null;
  return (
    <section id="actions" class="actions" aria-labelledby="actions-title" lang={tr.locale}>
      <h2 id="actions-title">{t('actions.title')}</h2>
      {actions.failed && (
        <p class="notice notice-warning" role="alert">
          {t(`calls.failed.${actions.failed}`)}
        </p>
      )}
      {actions.edit && (
        <p>
          <a href={`/calls/${call.id}/edit`}>{t('calls.actions.edit')}</a>
        </p>
      )}
      {actions.reviewedByAnother && <p class="hint">{t('calls.actions.reviewed_by_another')}</p>}
      {plain.map((action) => (
        <form method="post" action={`/calls/${call.id}/transitions`} class="inline-action">
          <input type="hidden" name="action" value={action} />
          <button type="submit" class={buttonClass(action)}>
            {t(`calls.actions.${action}`)}
          </button>
        </form>
      ))}
      {noted.length > 0 && (
        <form method="post" action={`/calls/${call.id}/transitions`} class="stack">
          <TextArea
            form={actions.form}
            name="note"
            label={t('calls.actions.note')}
            hint={t('calls.actions.note_hint')}
          />
          {noted.map((action) => (
            <button type="submit" name="action" value={action}>
              {t(`calls.actions.${action}`)}
            </button>
          ))}
        </form>
      )}
    </section>
  );
}

/** A call for challenges: what it is about, who runs it, its timeline, rules, benefits and challenges. */
export function CallPage({
  page,
  call,
  challenges,
  actions,
  preview,
}: {
  page: PageContext;
  call: CallRecord;
  challenges: ChallengeSummary[];
  actions?: CallActions;
  /** Only when anyone may read it (the route asks the policy): its link preview. */
  preview?: Preview;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={call.title} preview={preview}>
      <p class="meta">
        <a href="/calls">{t('calls.title')}</a>
      </p>
      <h1 lang={call.language}>{call.title}</h1>
      <p class="meta">
        <span class={`badge badge-call-${call.status}`}>{t(`calls.status.${call.status}`)}</span> · {t('calls.run_by')}{' '}
        {call.clusters.map((cluster, i) => (
          <>
            {i > 0 && ', '}
            <a href={`/clusters/${cluster.slug}`}>{cluster.name}</a>
          </>
        ))}
      </p>
      {actions && noticeFor(tr, call, actions.done) && <Notice>{noticeFor(tr, call, actions.done)}</Notice>}
      {call.status === 'changes_requested' && call.moderator_note && <p class="notice">{call.moderator_note}</p>}
      {actions && <CallActionsSection tr={tr} call={call} actions={actions} />}
      <p class="prose" lang={call.language}>
        {call.description}
      </p>

      <h2>{t('calls.timeline')}</h2>
      <dl class="facts">
        <dt>{t('calls.opens')}</dt>
        <dd>
          <time datetime={call.opens_at}>{tr.date(call.opens_at, 'long')}</time>
        </dd>
        <dt>{t('calls.closes')}</dt>
        <dd>
          <time datetime={call.closes_at}>{tr.date(call.closes_at, 'long')}</time>
        </dd>
        {call.published_at && (
          <>
            <dt>{t('calls.published')}</dt>
            <dd>
              <time datetime={call.published_at}>{tr.date(call.published_at, 'long')}</time>
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/v1/calls/${call.id}/calendar.ics`}>{t('calls.calendar')}</a> ·{' '}
        <a href={`/api/v1/calls/${call.id}/challenges.atom`}>{t('calls.feed')}</a>
      </p>

      <h2>{t('calls.rules')}</h2>
      <CallRules tr={tr} rules={call.rules} />

      <h2>{t('calls.benefits')}</h2>
      <CallBenefits tr={tr} benefits={call.benefits} />

      <section aria-labelledby="call-challenges">
        <h2 id="call-challenges">{t('calls.challenges')}</h2>
        {challenges.length === 0 ? (
          <p>{t('calls.no_challenges')}</p>
        ) : (
          <ChallengeCards tr={tr} challenges={challenges} />
        )}
        {challenges.length > 0 && (
          <p>
            <a href={`/challenges?call=${call.id}`}>{t('cluster.all')}</a>
          </p>
        )}
      </section>
    </Layout>
  );
}
