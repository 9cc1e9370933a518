import type { ChallengePages } from '../../../worker/access/challenges';
import type { ChallengeStatus } from '../../../worker/domain/challenges/lifecycle';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';

export interface ChallengeHeading {
  id: string;
  title: string;
  language: string;
  status: ChallengeStatus;
}

type Section = 'challenge' | keyof ChallengePages;

/** The challenge's title and its working pages, on every page about one challenge. */
export function ChallengeNav({
  page,
  challenge,
  links,
  current,
}: {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  current: Section;
}) {
  const { tr } = page;
  const { t } = tr;
  const sections: [Section, string, string][] = [
    ['challenge', `/challenges/${challenge.id}`, t('challenge_nav.challenge')],
    ...(
      [
        ['solutions', `/challenges/${challenge.id}/solutions`, t('challenge_nav.solutions')],
        ['jury', `/challenges/${challenge.id}/jury`, t('challenge_nav.jury')],
        ['ranking', `/challenges/${challenge.id}/ranking`, t('challenge_nav.ranking')],
        ['audit', `/challenges/${challenge.id}/audit`, t('challenge_nav.audit')],
        ['report', `/challenges/${challenge.id}/evaluation-report`, t('challenge_nav.report')],
        ['matches', `/challenges/${challenge.id}/partners`, t('challenge_nav.matches')],
      ] as [keyof ChallengePages, string, string][]
    ).filter(([section]) => links[section]),
  ];
  return (
    <nav class="challenge-nav" aria-label={t('challenge_nav.label')}>
      <p class="meta">
        <StatusBadge tr={tr} status={challenge.status} /> <span lang={challenge.language}>{challenge.title}</span>
      </p>
      {sections.length > 1 && (
        <ul>
          {sections.map(([section, href, label]) => (
            <li>
              <a href={href} aria-current={section === current ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
