import type { ChallengePages } from '../../../worker/access/challenges';
import type { SolutionListItem } from '../../../worker/domain/solutions/solution.view';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';

interface ChallengeSolutionsProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  items: SolutionListItem[];
  nextHref: string | null;
  /** For a jury member: how far they are. */
  progress: { scored: number; pending: number; conflicts: number } | null;
  notice?: string;
}

/** The solutions of a challenge as this viewer may know them; for jury members, their work list. */
export function ChallengeSolutionsPage({
  page,
  challenge,
  links,
  items,
  nextHref,
  progress,
  notice,
}: ChallengeSolutionsProps) {
  const { tr } = page;
  const { t } = tr;
  const judging = challenge.status === 'open' || challenge.status === 'evaluation';
  return (
    <Layout page={page} title={t('solutions.title')}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="solutions" />
      <h1>{t('solutions.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      {progress && (
        <p class="progress" role="status">
          {t('solutions.progress', { scored: progress.scored, total: progress.scored + progress.pending })}
          {progress.conflicts > 0 && ` ${tr.plural('solutions.conflicts', progress.conflicts)}`}
        </p>
      )}
      {items.length === 0 ? (
        <p>{t('solutions.empty')}</p>
      ) : (
        <table>
          <caption>{t('solutions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('challenge.solution')}</th>
              <th scope="col">{t('challenge.organization')}</th>
              <th scope="col">{t('solutions.status')}</th>
              {progress && <th scope="col">{t('solutions.your_part')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr>
                <td>
                  <a href={`/solutions/${s.id}`}>{s.title}</a>
                </td>
                <td>{s.organization ?? '—'}</td>
                <td>
                  <StatusBadge tr={tr} status={s.status} />
                </td>
                {progress && (
                  <td>
                    {s.my_conflict === null
                      ? judging
                        ? t('solutions.declare_first')
                        : '—'
                      : s.my_scored
                        ? t('solutions.scored')
                        : t('solutions.to_score')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NextPage tr={tr} href={nextHref} />
    </Layout>
  );
}
