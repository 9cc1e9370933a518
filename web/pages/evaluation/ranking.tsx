import type { ChallengePages } from '../../../worker/access/challenges';
import type { CoverageRow, ThinPlace } from '../../../worker/domain/evaluation/coverage';
import type { Agreement, Ranking } from '../../../worker/domain/evaluation/evaluation.view';
import { ErrorSummary, Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import { ScrollTable } from '../../components/scroll-table';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';
import { ShortlistForm } from '../stages/shortlist';
import { StageSelector } from '../stages/stages';
import { AgreementFigures } from './agreement';

type Full = Extract<Ranking, { view: 'full' }>;

interface RankingPageProps {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  ranking: Full;
  /** The owner or a moderator, while the challenge is in evaluation. */
  canDecide: boolean;
  /** For those who manage the jury: how much of it stands behind each score, and the top places on thin ground. */
  coverage: readonly CoverageRow[] | null;
  thin: readonly ThinPlace[];
  /** Agreement between the jurors and the solutions to discuss (null when there is nothing to show). */
  agreement?: Agreement | null;
  /** False for a jury member under blind review: no organizations. */
  identified: boolean;
  form: FormState;
  notice?: string;
  /** The stage the challenge is in and the one shown (issue 15): a selector once past stage 1. */
  stage: { current: number; shown: number };
  /** The owner or a moderator, while a stage before the last is evaluated (issue 15): its shortlist form. */
  canAdvance?: boolean;
  shortlistForm?: FormState;
}

const OUTCOMES = ['not_selected', 'shortlisted', 'winner'] as const;

/** Top places that rest on fewer evaluations than the others: said before anyone decides. */
function ThinPlaces({ page, thin }: { page: PageContext; thin: readonly ThinPlace[] }) {
  const { tr } = page;
  const { t } = tr;
  if (thin.length === 0) return null;
  return (
    <section class="notice ranking-warning" aria-labelledby="thin-title">
      <h2 id="thin-title">{t('judging.ranking.thin_title')}</h2>
      <ul>
        {thin.map((p) => (
          <li>
            {t('judging.ranking.thin', {
              rank: tr.number(p.rank),
              title: p.title,
              scored: tr.number(p.scored),
              jury: tr.number(p.jury),
              others: tr.number(p.others),
            })}
            {p.conflicts > 0 && ` ${tr.plural('judging.ranking.thin_conflicts', p.conflicts)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The ranking's address for a method and a stage (none: the current one). */
type RankingHref = (method: Full['method'], stage?: number) => string;
/** The next page of the ranking in the same method and stage. */
const nextHref = (
  id: string,
  method: 'weighted' | 'normalised',
  stage: { current: number; shown: number },
  next: string,
) => {
  const base = rankingHref(id, stage.shown === stage.current ? undefined : stage.shown)(method);
  return `${base}${base.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(next)}`;
};

const rankingHref =
  (id: string, shown: number | undefined): RankingHref =>
  (method, stage = shown) => {
    const query = new URLSearchParams();
    if (method === 'normalised') query.set('method', method);
    if (stage !== undefined) query.set('stage', String(stage));
    return `/challenges/${id}/ranking${query.size ? `?${query}` : ''}`;
  };

/** The two methods as links (no JavaScript), the current one marked, and what it does in one sentence. */
function MethodSwitch({ page, ranking, href }: { page: PageContext; ranking: Full; href: RankingHref }) {
  const { t } = page.tr;
  return (
    <section class="ranking-method" aria-labelledby="method-title">
      <h2 id="method-title">{t('quality.method.title')}</h2>
      <ul class="switch">
        {(['weighted', 'normalised'] as const).map((m) => (
          <li>
            {m === ranking.method ? (
              <strong aria-current="page">{t(`quality.method.${m}`)}</strong>
            ) : (
              <a href={href(m)}>{t(`quality.method.${m}`)}</a>
            )}
          </li>
        ))}
      </ul>
      <p>{t(`quality.method.${ranking.method}_note`)}</p>
      {ranking.top_disagreement.disagree && (
        <p class="notice ranking-disagree" role="note">
          {t('quality.disagree', { places: page.tr.number(ranking.top_disagreement.places) })}
        </p>
      )}
    </section>
  );
}

/** The agreement figures, beside the ranking they qualify. */
function AgreementSection({ page, agreement, ranking }: { page: PageContext; agreement: Agreement; ranking: Full }) {
  return (
    // Not a section of its own: the scrolling table is the region named like the heading (as for the means).
    <div class="ranking-agreement">
      <AgreementFigures
        page={page}
        agreement={agreement}
        labels={new Map(ranking.criteria.map((c) => [c.key, c.label]))}
        idPrefix=""
      />
    </div>
  );
}

/**
 * The ranking: one row per solution with its rank, score, evaluations and (for those who decide)
 * the outcome to choose, laid out as a row on a wide screen and as a card on a phone, so the
 * choices are always in reach; then each criterion's mean in a table of its own. For those who
 * decide, an outcome per submitted solution and a note, in one plain form.
 */
export function RankingPage({
  page,
  challenge,
  links,
  ranking,
  canDecide,
  coverage,
  thin,
  agreement,
  identified,
  form,
  notice,
  stage,
  canAdvance = false,
  shortlistForm,
}: RankingPageProps) {
  const { tr } = page;
  const { t } = tr;
  const score = (value: number | null, digits = 1) =>
    value === null ? '—' : tr.number(value, { maximumFractionDigits: digits });
  const jury = new Map((coverage ?? []).map((c) => [c.solution_id, c]));
  const thinIds = new Set(thin.map((p) => p.solution_id));
  const otherRank = (r: Full['data'][number]) => (ranking.method === 'weighted' ? r.normalised_rank : r.weighted_rank);
  const list = (
    <ol class="ranking-list" aria-label={t('ranking.caption')}>
      {ranking.data.map((r) => {
        const behind = jury.get(r.solution_id);
        const field = `outcome.${r.solution_id}`;
        return (
          <li class={thinIds.has(r.solution_id) ? 'ranked thin' : 'ranked'}>
            <p class="ranked-rank">
              <span class="visually-hidden">{t('judging.ranking.rank')} </span>
              {tr.number(r.rank)}
            </p>
            <div class="ranked-solution">
              <a class="ranked-title" href={`/solutions/${r.solution_id}`}>
                {r.title}
              </a>
              <p class="meta">{identified ? (r.organization ?? t('declare.no_organization')) : t('blind.withheld')}</p>
            </div>
            <p class="ranked-score">
              <span class="ranked-label">{t('judging.ranking.score')}</span> <strong>{score(r.score)}</strong>
              <br />
              <span class="ranked-label">{t('quality.normalised')}</span> {score(r.normalised_score, 2)}
              {otherRank(r) !== r.rank && (
                <span class="meta"> ({t('quality.other_rank', { rank: tr.number(otherRank(r)) })})</span>
              )}
            </p>
            <p class="ranked-evaluations">
              <span class="ranked-label">{t('ranking.evaluations')}</span>{' '}
              {behind
                ? t('judging.ranking.evaluations_of', {
                    scored: tr.number(r.evaluations),
                    jury: tr.number(behind.jury),
                  })
                : tr.number(r.evaluations)}
              {thinIds.has(r.solution_id) && <strong class="ranked-fewer"> ({t('judging.ranking.fewer')})</strong>}
              {r.under_minimum && (
                <strong class="ranked-minimum">
                  {' '}
                  {t('quality.under_minimum', { min: tr.number(ranking.min_evaluations) })}
                </strong>
              )}
            </p>
            {r.override && <p class="ranked-override">{t('quality.override.shown', { note: r.override.note })}</p>}
            <div class="ranked-decision">
              {canDecide && r.status === 'submitted' ? (
                <>
                  <span class="ranked-label" aria-hidden="true">
                    {t('judging.ranking.decision')}
                  </span>
                  <select id={field} name={field} aria-label={t('ranking.outcome_for', { title: r.title })}>
                    {OUTCOMES.map((o) => (
                      <option value={o} selected={(form.values[field] ?? 'not_selected') === o}>
                        {t(`status.${o}`)}
                      </option>
                    ))}
                  </select>
                </>
              ) : (
                <>
                  <span class="ranked-label">{t('challenge.outcome')}</span> <StatusBadge tr={tr} status={r.status} />
                </>
              )}
            </div>
            {canDecide && r.status === 'submitted' && r.under_minimum && (
              <div class="ranked-override">
                <TextArea
                  form={form}
                  name={`override.${r.solution_id}`}
                  label={t('quality.override.label', {
                    title: r.title,
                    min: tr.number(ranking.min_evaluations),
                  })}
                  hint={t('quality.override.hint')}
                />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
  const means = (
    <>
      {/* The scrolling box is the region (named like the heading); a section around it would be a second one. */}
      <h2 id="means-title">{t('judging.ranking.means')}</h2>
      <ScrollTable label={t('judging.ranking.means')}>
        <table class="ranking-means" aria-labelledby="means-title">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('challenge.solution')}</th>
              {ranking.criteria.map((c) => (
                <th scope="col">
                  <span lang={challenge.language}>{c.label}</span>{' '}
                  <span class="meta">({t('ranking.weight', { weight: tr.number(c.weight) })})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranking.data.map((r) => (
              <tr>
                <td>{tr.number(r.rank)}</td>
                <th scope="row">{r.title}</th>
                {ranking.criteria.map((c) => (
                  <td>{score(r.criteria[c.key] ?? null, 2)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
  return (
    <Layout page={page} title={t('ranking.title')} scripts={canDecide ? ['/enhance.js'] : []}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="ranking" />
      <h1>{t('ranking.title')}</h1>
      <StageSelector
        page={page}
        current={stage.current}
        shown={stage.shown}
        href={(k) => rankingHref(challenge.id, undefined)(ranking.method, k)}
      />
      {notice && <Notice>{notice}</Notice>}
      {/* A shortlist refused because the stage moved on since the page was read: said here, the form is gone. */}
      {!canAdvance && shortlistForm && <ErrorSummary tr={tr} form={shortlistForm} />}
      <p class="hint">{t('ranking.explain')}</p>
      {links.report && (
        <p class="report-link">
          <a href={`/challenges/${challenge.id}/evaluation-report`}>{t('report.link')}</a>
        </p>
      )}
      {ranking.data.length === 0 ? (
        <p>{t('solutions.empty')}</p>
      ) : (
        <>
          <MethodSwitch
            page={page}
            ranking={ranking}
            href={rankingHref(challenge.id, stage.shown === stage.current ? undefined : stage.shown)}
          />
          <ThinPlaces page={page} thin={thin} />
          {canDecide ? (
            <>
              <ErrorSummary tr={tr} form={form} />
              <form
                method="post"
                action={`/challenges/${challenge.id}/decision`}
                class="stack full"
                novalidate
                data-confirm={t('ranking.decide_confirm')}
                id="winners"
              >
                {list}
                <TextArea form={form} name="note" label={t('ranking.note')} hint={t('ranking.note_hint')} />
                <p class="notice">{t('ranking.decide_warning')}</p>
                <button type="submit">{t('ranking.decide')}</button>
              </form>
            </>
          ) : (
            list
          )}
          {/* Issue 17: the ranking comes in pages (the decision names winners among the entries shown). */}
          <NextPage tr={tr} href={ranking.next ? nextHref(challenge.id, ranking.method, stage, ranking.next) : null} />
          {canAdvance && (
            <ShortlistForm
              page={page}
              challengeId={challenge.id}
              stage={stage.current}
              entries={ranking.data
                .filter((r) => r.status === 'submitted')
                .map((r) => ({ solution_id: r.solution_id, title: r.title, rank: r.rank }))}
              form={shortlistForm ?? form}
            />
          )}
          {means}
          {agreement && <AgreementSection page={page} agreement={agreement} ranking={ranking} />}
        </>
      )}
    </Layout>
  );
}
