import { ChallengePage } from '../../../web/pages/challenges/challenge';
import { emptyForm } from '../../../web/pipeline/forms';
import { DEFAULT_CRITERIA } from '../../../worker/domain/challenges/challenge.schema';
import type { Challenge } from '../../../worker/domain/challenges/challenge.view';
import type { RenderCase } from './measure';
import { at, id, organization, pageContext, person, prose } from './world';

/** An open challenge as the page reads it: every field written out, 12 answered questions, 2 files. */
const challenge = (): Challenge => ({
  id: id(5, 1),
  status: 'open',
  cluster: { slug: 'cluster-0', name: 'BioRN' },
  organization: { name: organization(1), kind: 'hospital', country: 'DE' },
  tags: ['imaging', 'oncology', 'ai'],
  endorsement_count: 14,
  created_at: at(-40),
  published_at: at(-30),
  version: 4,
  owner: { id: id(2, 1), name: person(1) },
  title: 'AI triage of incidental lung nodules in routine chest CT',
  summary: prose(1, 45),
  problem_statement: prose(2, 180),
  clinical_context: prose(3, 120),
  indication: 'Incidental pulmonary nodules',
  icd10_code: 'R91.1',
  care_pathway_step: 'diagnosis',
  patient_population: prose(4, 40),
  standard_of_care: prose(5, 60),
  target_outcome: prose(6, 40),
  outcome_kpi: 'Time to follow-up decision under 7 days for 90 % of nodules',
  regulation: 'mdr',
  device_class: 'IIa',
  ce_marking_required: true,
  data_on_offer: 'pseudonymised',
  involves_patient_data: true,
  integration_needs: prose(7, 40),
  trl_min: 4,
  trl_max: 7,
  reward_kind: 'pilot',
  reward_details: prose(8, 30),
  deadline: at(30),
  evaluation_deadline: at(60),
  language: 'en',
  visibility: 'public',
  share_feedback: true,
  min_evaluations: 3,
  blind_review: false,
  call_id: id(7, 1),
  criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
  question_count: 12,
  endorsed_by_me: false,
  moderator_note: null,
  moderator_note_standing: null,
  decision_note: null,
  call_title: 'Precision oncology pilots 2027',
  updated_at: at(-5),
  submitted_at: at(-35),
  decided_at: null,
  questions: Array.from({ length: 12 }, (_, n) => ({
    id: id(9, n),
    body: prose(10 + n, 30),
    answer: prose(20 + n, 50),
    asked_at: at(-20 + n),
    answered_at: at(-19 + n),
    asked_by_me: false,
  })),
  attachments: [0, 1].map((n) => ({
    id: id(10, n),
    filename: `protocol-${n}.pdf`,
    content_type: 'application/pdf',
    size: 1_048_576,
    created_at: at(-30),
    url: `/attachments/${id(10, n)}`,
  })),
});

export function challengePage(): RenderCase {
  const shown = challenge();
  const page = pageContext(`/challenges/${shown.id}`);
  return {
    name: 'challenge page (moderator)',
    volume: 'every field, 12 questions, 2 files, 2 stages',
    element: () => (
      <ChallengePage
        page={page}
        challenge={shown}
        may={{
          edit: true,
          endorse: false,
          ask: false,
          answer: true,
          hideQuestions: true,
          submitSolution: false,
          awaitingReview: false,
          signInToTakePart: false,
          confirmToTakePart: false,
          setTerms: true,
          transitions: ['start_evaluation', 'withdraw'],
          decide: false,
          advance: false,
          contact: true,
          pages: { solutions: true, jury: true, ranking: true, audit: true, report: false, matches: true },
        }}
        results={null}
        closedAt={null}
        mySolutions={[]}
        askForm={emptyForm()}
        terms={{ current: null, templates: [], form: emptyForm() }}
        stages={{
          rows: [
            {
              stage: 1,
              name: 'Proposals',
              kind: 'expression_of_interest',
              deadline: at(30),
              evaluation_deadline: at(45),
            },
            { stage: 2, name: 'Pilots', kind: 'full_proposal', deadline: at(90), evaluation_deadline: at(120) },
          ],
          current: 1,
        }}
      />
    ),
  };
}
