import type { ChallengePages } from '../../../worker/access/challenges';
import type { SolutionListItem } from '../../../worker/domain/solutions/solution.view';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';

/** A jury member's part in the list: how far they are and what the life cycle lets them do now. */
export interface JuryWork {
  scored: number;
  pending: number;
  conflicts: number;
  /** Solutions with scores saved to finish later (never counted until finished). */
  started: ReadonlySet<string>;
  /** Declarations are taken now (open or in evaluation). */
  declaring: boolean;
  /** Scoring is open now (in evaluation). */
  scoring: boolean;
}

interface ChallengeSolutionsProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  items: SolutionListItem[];
  nextHref: string | null;
  /** For a jury member: their work. */
  work: JuryWork | null;
  notice?: string;
}

/** What a jury member has to do on one solution, as a link to where they do it. */
function YourPart({
  page,
  challengeId,
  item: s,
  work,
}: {
  page: PageContext;
  challengeId: string;
  item: SolutionListItem;
  work: JuryWork;
}) {
  const { t } = page.tr;
  const score = `/solutions/${s.id}/evaluation`;
  if (s.my_conflict === null) {
    return work.declaring ? (
      <a href={`/challenges/${challengeId}/conflicts#conflicts.${s.id}`}>{t('solutions.declare_first')}</a>
    ) : (
      <>—</>
    );
  }
  if (s.my_conflict) return <>—</>;
  if (s.my_scored) {
    return (
      <>
        <strong>{t('solutions.scored')}</strong>
        {work.scoring && (
          <>
            {' · '}
            <a href={score}>{t('judging.list.change')}</a>
          </>
        )}
      </>
    );
  }
  if (work.started.has(s.id)) {
    return (
      <>
        <strong>{t('judging.list.started')}</strong>
        {work.scoring && (
          <>
            {' · '}
            <a href={score}>{t('judging.list.continue')}</a>
          </>
        )}
      </>
    );
  }
  return (
    <>
      <strong>{t('solutions.to_score')}</strong>
      {work.scoring && (
        <>
          {' · '}
          <a href={score}>{t('judging.list.score')}</a>
        </>
      )}
    </>
  );
}

/**
 * The solutions of a challenge as this viewer may know them, one card each (they fit a phone);
 * for jury members, their work list: what is left to declare, to score or to finish.
 */
export function ChallengeSolutionsPage({
  page,
  challenge,
  links,
  items,
  nextHref,
  work,
  notice,
}: ChallengeSolutionsProps) {
  const { tr } = page;
  const { t } = tr;
  const undeclared = work?.declaring ? items.filter((s) => s.my_conflict === null).length : 0;
  return (
    <Layout page={page} title={t('solutions.title')}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="solutions" />
      <h1>{t('solutions.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      {work && (
        <p class="progress" role="status">
          {t('solutions.progress', { scored: work.scored, total: work.scored + work.pending })}
          {work.conflicts > 0 && ` ${tr.plural('solutions.conflicts', work.conflicts)}`}
          {work.started.size > 0 && ` ${tr.plural('judging.list.started_count', work.started.size)}`}
        </p>
      )}
      {undeclared > 0 && (
        <p>
          <a class="button" href={`/challenges/${challenge.id}/conflicts`}>
            {tr.plural('judging.declare.all_link', undeclared)}
          </a>
        </p>
      )}
      {items.length === 0 ? (
        <p>{t('solutions.empty')}</p>
      ) : (
        <section aria-labelledby="solutions-caption">
          <h2 id="solutions-caption" class="visually-hidden">
            {t('solutions.caption')}
          </h2>
          <ul class="work-list">
            {items.map((s) => (
              <li class="work-item">
                <h3 class="work-title">
                  <a href={`/solutions/${s.id}`}>{s.title}</a>
                </h3>
                <p class="meta">
                  {s.blind ? t('blind.withheld') : (s.organization ?? t('declare.no_organization'))}{' '}
                  <StatusBadge tr={tr} status={s.status} />
                </p>
                {work && (
                  <p class="work-part">
                    {t('judging.list.your_part')}{' '}
                    <YourPart page={page} challengeId={challenge.id} item={s} work={work} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <NextPage tr={tr} href={nextHref} />
    </Layout>
  );
}
