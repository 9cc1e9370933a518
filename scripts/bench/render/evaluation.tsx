import type { ChallengeHeading } from '../../../web/pages/challenges/nav';
import { DeclareAllPage } from '../../../web/pages/evaluation/declare';
import { JuryPage } from '../../../web/pages/evaluation/jury';
import { RankingPage } from '../../../web/pages/evaluation/ranking';
import { ReportPage } from '../../../web/pages/evaluation/report';
import { ScorePage } from '../../../web/pages/evaluation/score';
import { emptyForm } from '../../../web/pipeline/forms';
import type { ChallengePages } from '../../../worker/access/challenges';
import { DEFAULT_CRITERIA } from '../../../worker/domain/challenges/challenge.schema';
import { thinTopPlaces } from '../../../worker/domain/evaluation/coverage';
import type { Agreement, Ranking } from '../../../worker/domain/evaluation/evaluation.view';
import type { EvaluationReport } from '../../../worker/domain/evaluation/report.view';
import type { RenderCase } from './measure';
import { at, cycle, id, organization, pageContext, person, title } from './world';

/** The bench's judged challenge (seedJudging): 1 000 solutions, 20 jurors, the 6 default criteria. */
export interface JudgingVolume {
  solutions: number;
  jurors: number;
}

const SOLUTION = 1;
const USER = 2;
const CHALLENGE = id(3, 1);

const challenge: ChallengeHeading = {
  id: CHALLENGE,
  title: 'Liquid biopsy for minimal residual disease in colorectal cancer',
  language: 'en',
  status: 'evaluation',
};
const links: ChallengePages = { solutions: true, jury: true, ranking: true, audit: true, report: true, matches: true };
const criteria = DEFAULT_CRITERIA.map(({ key, label, weight, description }) => ({ key, label, weight, description }));
/** A juror's score 1–5 on criterion `c` of solution `i`, as seedJudging writes them. */
const mean = (i: number, c: number) => 1 + ((i * 7 + c * 3) % 40) / 10;

type Full = Extract<Ranking, { view: 'full' }>;

function ranking(v: JudgingVolume, page = 50): Full {
  return {
    challenge_id: CHALLENGE,
    view: 'full',
    method: 'weighted',
    method_note: 'The weighted mean of the criteria.',
    min_evaluations: 3,
    top_disagreement: {
      disagree: true,
      places: 3,
      sentence: 'The top places differ.',
      solutions: [1, 2, 3].map((r) => ({ solution_id: id(SOLUTION, r), weighted_rank: r, normalised_rank: 4 - r })),
    },
    criteria,
    data: Array.from({ length: Math.min(page, v.solutions) }, (_, i) => ({
      rank: i + 1,
      solution_id: id(SOLUTION, i),
      title: title(i),
      organization: organization(i),
      status: 'submitted' as const,
      score: 100 - (i * 100) / v.solutions,
      normalised_score: 1.5 - (i * 3) / v.solutions,
      weighted_rank: i + 1,
      normalised_rank: i % 7 === 0 ? i + 2 : i + 1,
      evaluations: v.jurors - (i % 3),
      under_minimum: i % 25 === 24,
      override: null,
      criteria: Object.fromEntries(criteria.map((c, n) => [c.key, mean(i, n)])),
      submitted_at: at(-i),
      summary: null,
    })),
    total: v.solutions,
    next: v.solutions > page ? `w${page}` : null,
  };
}

const agreement = (v: JudgingVolume): Agreement => ({
  challenge_id: CHALLENGE,
  metric: 'interval',
  method_note: "Krippendorff's alpha.",
  jurors: v.jurors,
  overall: { alpha: 0.71, reading: 'tentative' },
  criteria: criteria.map((c, n) => ({ key: c.key, label: c.label, alpha: 0.6 + n / 20, reading: 'tentative' })),
  disputed: Array.from({ length: Math.min(10, v.solutions) }, (_, i) => ({
    solution_id: id(SOLUTION, i * 13),
    title: title(i * 13),
    evaluations: v.jurors,
    spread: 24.5 - i,
    criteria: criteria.slice(0, 2).map((c) => c.key),
  })),
});

export function rankingPage(v: JudgingVolume): RenderCase {
  const full = ranking(v);
  // The jury behind every solution of the challenge (juryCoverage reads them all, not one page).
  const coverage = Array.from({ length: v.solutions }, (_, i) => ({
    solution_id: id(SOLUTION, i),
    jury: v.jurors,
    conflicts: i % 3,
  }));
  const thin = thinTopPlaces(full.data, coverage);
  const page = pageContext(`/challenges/${CHALLENGE}/ranking`);
  const shown = agreement(v);
  return {
    name: 'ranking page (moderator, decision form)',
    volume: `${full.data.length} of ${v.solutions} solutions × ${v.jurors} jurors × 6 criteria`,
    element: () => (
      <RankingPage
        page={page}
        challenge={challenge}
        links={links}
        ranking={full}
        canDecide={true}
        coverage={coverage}
        thin={thin}
        agreement={shown}
        identified={true}
        form={emptyForm()}
        stage={{ current: 1, shown: 1 }}
        canAdvance={false}
      />
    ),
  };
}

const REPORT_PAGE = 50;

function report(v: JudgingVolume): EvaluationReport {
  const whole = ranking(v, v.solutions);
  const jurors = Array.from({ length: v.jurors }, (_, k) => ({
    user_id: id(USER, k),
    name: person(k),
    evaluations: v.solutions - k,
    mean_score: 55 + k,
    leniency: k - v.jurors / 2,
    conflicts: k % 4,
  }));
  return {
    challenge: {
      id: CHALLENGE,
      title: challenge.title,
      status: 'evaluation',
      decided_at: null,
      decision_note: null,
      min_evaluations: 3,
      criteria: criteria.map(({ key, label, weight }) => ({ key, label, weight })),
      method_notes: { weighted: 'The weighted mean of the criteria.', normalised: "Each juror's scores standardised." },
      agreement_note: "Krippendorff's alpha.",
    },
    mean_score: 61.2,
    top_disagreement: whole.top_disagreement,
    // The report shows its ranking 50 rows at a time, like the route (the CSV holds every row).
    ranking_total: whole.data.length,
    ranking_next: whole.data.length > REPORT_PAGE ? `w${REPORT_PAGE}` : null,
    ranking: whole.data.slice(0, REPORT_PAGE).map((r) => ({
      weighted_rank: r.weighted_rank,
      normalised_rank: r.normalised_rank,
      solution_id: r.solution_id,
      title: r.title,
      organization: r.organization,
      status: r.status,
      score: r.score,
      normalised_score: r.normalised_score,
      evaluations: r.evaluations,
      under_minimum: r.under_minimum,
      override_note: null,
      spread: 12.5,
      criteria: criteria.map((c) => ({ key: c.key, mean: r.criteria[c.key] ?? null, spread: 0.9 })),
    })),
    agreement: agreement(v),
    distribution: criteria.map((c, n) => ({
      key: c.key,
      label: c.label,
      counts: [1, 2, 3, 4, 5].map((s) => ((v.solutions * v.jurors) / 5) | (s * n)),
    })),
    jurors,
    conflicts: [],
    comments: [],
    overrides: [],
    decision: { decided_at: null, note: null, winners: [], shortlisted: [] },
  };
}

export function reportPage(v: JudgingVolume): RenderCase {
  const data = report(v);
  const page = pageContext(`/challenges/${CHALLENGE}/evaluation-report`);
  return {
    name: 'evaluation report page (charts)',
    volume: `${v.solutions} solutions × ${v.jurors} jurors × 6 criteria`,
    element: () => <ReportPage page={page} challenge={challenge} links={links} report={data} />,
  };
}

export function juryPage(v: JudgingVolume): RenderCase {
  const members = Array.from({ length: v.jurors }, (_, k) => ({
    user_id: id(USER, k),
    name: person(k),
    organization: organization(k),
    assigned_at: at(k),
    declared: v.solutions,
    conflicts: k % 3,
    scored: v.solutions - k,
  }));
  const invitations = Array.from({ length: 10 }, (_, k) => ({
    id: id(4, k),
    stage: 1,
    email: `juror${k}@hospital.example`,
    status: cycle(['pending', 'accepted', 'revoked', 'expired'] as const, k),
    sent_count: 1 + (k % 2),
    last_sent_at: at(k),
    expires_at: at(k + 14),
    accepted_at: k % 4 === 1 ? at(k + 1) : null,
    created_at: at(k),
  }));
  const page = pageContext(`/challenges/${CHALLENGE}/jury`);
  return {
    name: 'jury page',
    volume: `${v.jurors} members, 10 invitations`,
    element: () => (
      <JuryPage
        page={page}
        challenge={challenge}
        links={links}
        members={members}
        invitations={invitations}
        solutions={v.solutions}
        editable={true}
        invitable={true}
        form={emptyForm()}
        stage={{ current: 1, shown: 1 }}
      />
    ),
  };
}

export function conflictsPage(v: JudgingVolume): RenderCase {
  // A page of the declaration list (DECLARATIONS_PER_PAGE), each already answered.
  const solutions = Array.from({ length: Math.min(50, v.solutions) }, (_, i) => ({
    id: id(SOLUTION, i),
    title: title(i),
    team: `Team ${i}`,
    status: 'submitted' as const,
    submitter_id: id(USER, 100 + i),
    hidden_at: null,
    submitted_at: at(-i),
    submitter_name: person(i),
    organization: organization(i),
    conflict: i % 9 === 0,
    note: i % 9 === 0 ? 'I advised this team last year.' : null,
    recusal: null,
  }));
  const page = pageContext(`/challenges/${CHALLENGE}/conflicts`, {
    name: person(1),
    moderator: false,
    clinician: false,
    unread: 0,
  });
  return {
    name: 'conflicts page (juror)',
    volume: `${solutions.length} of ${v.solutions} solutions`,
    element: () => (
      <DeclareAllPage
        page={page}
        challenge={challenge}
        links={{ ...links, jury: false, audit: false, report: false, matches: false, solutions: true }}
        solutions={solutions}
        open={true}
        form={emptyForm()}
        identified={true}
        progress={{ declared: v.solutions, total: v.solutions }}
        cursor={null}
        nextCursor={v.solutions > 50 ? 'next' : null}
        saved={false}
      />
    ),
  };
}

export function scorePage(): RenderCase {
  const page = pageContext(`/solutions/${id(SOLUTION, 1)}/score`, {
    name: person(1),
    moderator: false,
    clinician: false,
    unread: 0,
  });
  const values = Object.fromEntries(criteria.map((c, n) => [`scores.${c.key}`, String(1 + (n % 5))]));
  return {
    name: 'score page (juror)',
    volume: '6 criteria, a saved draft',
    element: () => (
      <ScorePage
        page={page}
        solution={{ id: id(SOLUTION, 1), title: title(1) }}
        challenge={{ id: CHALLENGE, title: challenge.title, language: 'en' }}
        criteria={criteria}
        form={emptyForm({ ...values, comment: 'Convincing cohort, thin plan for the second site.' })}
        scored={true}
        draftSavedAt={at(2)}
        when="now"
      />
    ),
  };
}
