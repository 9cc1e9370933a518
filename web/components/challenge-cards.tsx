import type { ChallengeSummary } from '../../worker/domain/challenges/challenge.view';
import type { Translator } from '../i18n';
import { StatusBadge } from './status';

/** Challenges as cards: title, state, cluster, summary, deadline, TRL range and endorsements. */
export function ChallengeCards({ tr, challenges }: { tr: Translator; challenges: ChallengeSummary[] }) {
  const { t } = tr;
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
            {t('challenge.deadline')}: {tr.date(c.deadline)} · TRL {c.trl_min}–{c.trl_max} ·{' '}
            {tr.plural('challenge.endorsements', c.endorsement_count)}
          </p>
        </li>
      ))}
    </ul>
  );
}
