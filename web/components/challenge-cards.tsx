import type { ChallengeSummary } from '../../worker/domain/challenges/challenge.view';
import type { Translator } from '../i18n';
import { shortlistLine } from './stages';
import { StatusBadge } from './status';

/**
 * A card's challenge. `submissions_closed_at` (when submissions closed, early or at the deadline)
 * is optional until every list query selects it.
 */
type CardChallenge = ChallengeSummary & { submissions_closed_at?: string | null };

/** States after submissions closed. */
const CLOSED: readonly CardChallenge['status'][] = ['evaluation', 'decided', 'archived'];

/** Open: when submissions close. Closed: when they did, if known (the early close or the deadline), else that they did. */
function Submissions({ tr, challenge: c }: { tr: Translator; challenge: CardChallenge }) {
  const { t } = tr;
  if (!CLOSED.includes(c.status)) return <>{`${t('challenge.deadline')}: ${tr.date(c.deadline)}`}</>;
  if (c.submissions_closed_at) return <>{`${t('public.challenge.closed_on')} ${tr.date(c.submissions_closed_at)}`}</>;
  return <>{t('public.challenge.closed')}</>;
}

/** Challenges as cards: title, state, cluster, summary, submissions, TRL range and endorsements. */
export function ChallengeCards({ tr, challenges }: { tr: Translator; challenges: CardChallenge[] }) {
  return (
    <ul class="cards">
      {challenges.map((c) => (
        <li class="card">
          <h3 lang={c.language}>
            <a href={`/challenges/${c.id}`}>{c.title}</a>
          </h3>
          <p>
            <StatusBadge tr={tr} status={c.status} /> <span class="meta">{c.cluster.name}</span>
          </p>
          <p lang={c.language}>{c.summary}</p>
          <p class="meta">
            <Submissions tr={tr} challenge={c} /> · TRL {c.trl_min}–{c.trl_max} ·{' '}
            {tr.plural('challenge.endorsements', c.endorsement_count)}
          </p>
          {c.stages && shortlistLine(tr, c.stages.current, c.stages.count) && (
            <p class="meta">{shortlistLine(tr, c.stages.current, c.stages.count)}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
