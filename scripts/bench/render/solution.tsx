import { SolutionPage } from '../../../web/pages/solutions/solution';
import { emptyForm } from '../../../web/pipeline/forms';
import type { SolutionAffordances } from '../../../worker/access/solutions';
import { DEFAULT_CRITERIA } from '../../../worker/domain/challenges/challenge.schema';
import type { Solution } from '../../../worker/domain/solutions/solution.view';
import type { Team } from '../../../worker/domain/solutions/team';
import type { RenderCase } from './measure';
import { at, id, organization, pageContext, person, prose, title } from './world';

const CHALLENGE = id(3, 1);
const SOLUTION = id(1, 7);

/** A solution written out in full (every field, 3 files, a team of 4 who accepted the terms), as its moderator reads it. */
const solution = (): Solution => ({
  id: SOLUTION,
  challenge_id: CHALLENGE,
  status: 'submitted',
  version: 3,
  title: title(7),
  summary: prose(1, 80),
  approach: prose(2, 400),
  trl: 5,
  team: prose(3, 60),
  ip_status: 'patent_filed',
  links: ['https://example.org/paper', 'https://example.org/trial', 'https://example.org/demo'],
  summary_public: true,
  name_if_winner: true,
  budget_amount_minor: 25_000_000,
  budget_currency: 'EUR',
  work_plan: prose(4, 120),
  submitter: { id: id(2, 1), name: person(1) },
  organization: { name: organization(7), kind: 'sme', country: 'DE' },
  blind: false,
  created_at: at(-20),
  updated_at: at(-3),
  submitted_at: at(-3),
  my_evaluation: null,
  attachments: [0, 1, 2].map((n) => ({
    id: id(10, n),
    filename: `evidence-${n}.pdf`,
    content_type: 'application/pdf',
    size: 350_000 * (n + 1),
    created_at: at(-10 + n),
    url: `/api/v1/attachments/${id(10, n)}`,
  })),
  terms: {
    current_version: 2,
    acceptances: [1, 2, 3, 4].map((n) => ({ user_id: id(2, n), name: person(n), version: 2, accepted_at: at(-4, n) })),
    not_accepted: [],
  },
  feedback: null,
});

const team = (): Team => ({
  solution_id: SOLUTION,
  submitter_id: id(2, 1),
  members: [1, 2, 3, 4].map((n) => ({
    user_id: id(2, n),
    name: person(n),
    role: n === 1 ? ('technical_lead' as const) : ('clinical_lead' as const),
    organization: organization(n),
    added_at: at(-20 + n),
    submitter: n === 1,
  })),
  invitations: null,
  // Two jurors recused automatically (their organization is on the team), as the moderator sees them.
  recusals: [5, 6].map((n) => ({
    solution_id: SOLUTION,
    solution_title: title(7),
    juror_id: id(2, 20 + n),
    juror_name: person(20 + n),
    organization: organization(n),
    member: person(n),
    reason: `${person(20 + n)} works at ${organization(n)}, as does ${person(n)} on the team.`,
    recused_at: at(-2, n),
  })),
});

const may: SolutionAffordances = {
  mine: false,
  read: true,
  declare: false,
  edit: false,
  submit: false,
  withdraw: false,
  score: false,
  scoreLater: false,
  identify: true,
  inviteTeam: false,
  manageTeam: false,
  leaveTeam: false,
  recusals: true,
  acceptTerms: false,
  submitStage: false,
  stageOutcomes: true,
  stageFeedback: false,
};

export function solutionPage(): RenderCase {
  const shown = solution();
  const shownTeam = team();
  const page = pageContext(`/solutions/${SOLUTION}`);
  return {
    name: 'solution page (moderator)',
    volume: 'every field, 3 files, a team of 4, 2 recusals, 2 stages',
    element: () => (
      <SolutionPage
        page={page}
        solution={shown}
        challenge={{
          id: CHALLENGE,
          title: 'Liquid biopsy for minimal residual disease in colorectal cancer',
          language: 'en',
          blind_review: false,
          criteria: DEFAULT_CRITERIA.map(({ key, label, weight, description }) => ({
            key,
            label,
            weight,
            description,
          })),
        }}
        may={may}
        scoreForm={emptyForm()}
        declareForm={emptyForm()}
        team={shownTeam}
        teamForm={emptyForm({ role: 'technical_lead' })}
        terms={null}
        termsForm={emptyForm()}
        viewerId={id(2, 99)}
        stages={{
          rows: [
            {
              stage: 1,
              name: 'Proposals',
              kind: 'expression_of_interest',
              deadline: at(-10),
              evaluation_deadline: at(5),
              submitted_at: at(-3),
              outcome: 'advanced',
              feedback_shared: false,
            },
            {
              stage: 2,
              name: 'Pilots',
              kind: 'full_proposal',
              deadline: at(30),
              evaluation_deadline: at(60),
              submitted_at: null,
              outcome: null,
              feedback_shared: false,
            },
          ],
          current: 1,
          fields: [],
          feedback: new Map(),
        }}
        stageForm={emptyForm()}
      />
    ),
  };
}
