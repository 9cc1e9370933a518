import type { MILESTONE_KINDS, MILESTONE_STATUSES } from '../db/enums';

// A year of history for the demo world's impact dashboards (issue 15): needs posted, published and
// decided over the last four quarters, and the cooperations their winners opened. Data only; the
// statements are built in demo-network.ts. Everything is fictional.
// ── a year of history: needs posted, published and decided over the last four quarters ──────

export interface HistoryNeed {
  key: string;
  cluster: string;
  owner: string;
  title: string;
  summary: string;
  indication: string;
  /** When it was published, in days before now; posted three days earlier. */
  published: number;
  /** Days from publication to the decision (decided challenges only). */
  decidedAfter?: number;
  archived?: boolean;
  language?: 'en' | 'de' | 'it' | 'ro';
  visibility?: 'public' | 'network';
  /** Submitters; the first wins when decided. */
  solvers: string[];
  /** The winner's cooperation, when decided (by default: the letter of intent signed). */
  cooperation?: CooperationSpec;
}

export interface MilestoneSpec {
  kind: (typeof MILESTONE_KINDS)[number];
  status: (typeof MILESTONE_STATUSES)[number];
  /** Days after the cooperation started. */
  planned?: number;
  achieved?: number;
  public?: boolean;
  kpi?: { value: number; unit: string; method: string; met: boolean };
  funding?: { programme: string; amount: number; currency: string };
  note?: string;
}

export interface CooperationSpec {
  status: 'active' | 'completed' | 'ended';
  public?: boolean;
  milestones: MilestoneSpec[];
}

export const done = (kind: MilestoneSpec['kind'], achieved: number, isPublic = false): MilestoneSpec => ({
  kind,
  status: 'done',
  planned: achieved - 5,
  achieved,
  public: isPublic,
});
export const planned = (kind: MilestoneSpec['kind'], days: number): MilestoneSpec => ({
  kind,
  status: 'planned',
  planned: days,
});

export const HISTORY: HistoryNeed[] = [
  {
    key: 'h-heart-failure',
    cluster: 'medizin-nrw',
    owner: 'clinician-ruhr',
    title: 'Weight and symptom telemonitoring after heart failure discharge',
    summary:
      'Patients discharged after acute heart failure are readmitted often in the first 30 days. We look for a home telemonitoring service that spots decompensation early enough to adjust diuretics by phone.',
    indication: 'Chronic heart failure after hospital discharge',
    published: 355,
    decidedAfter: 95,
    archived: true,
    solvers: ['solver-donau', 'solver-vantaris', 'solver'],
    cooperation: {
      status: 'completed',
      public: true,
      milestones: [
        done('letter_of_intent', 10, true),
        done('agreement', 40, true),
        done('ethics_approval', 60, true),
        done('pilot_start', 75, true),
        done('pilot_end', 195, true),
        {
          kind: 'kpi_result',
          status: 'done',
          planned: 200,
          achieved: 210,
          public: true,
          kpi: {
            value: 34,
            unit: '% fewer 30-day readmissions',
            method: 'Pilot cohort of 140 patients against the 12 months before the pilot, same units.',
            met: true,
          },
        },
        {
          kind: 'follow_on_funding',
          status: 'done',
          planned: 220,
          achieved: 230,
          public: true,
          funding: { programme: 'EFRE/JTF NRW 2021–2027', amount: 25_000_000, currency: 'EUR' },
        },
      ],
    },
  },
  {
    key: 'h-ckd-risk',
    cluster: 'life-science-nord',
    owner: 'clinician',
    title: 'Chronic kidney disease risk flags from routine laboratory values',
    summary:
      'Declining kidney function is often noticed late. We want an automated risk flag from creatinine, eGFR trends and albuminuria that prompts a nephrology referral at the right moment.',
    indication: 'Chronic kidney disease, stages 2–4',
    published: 330,
    decidedAfter: 80,
    solvers: ['solver-alpenmed', 'solver-carpatica'],
    cooperation: {
      status: 'active',
      public: true,
      milestones: [
        done('letter_of_intent', 12, true),
        done('agreement', 45, true),
        done('ethics_approval', 70, true),
        done('pilot_start', 90, true),
        planned('pilot_end', 260),
        planned('kpi_result', 280),
      ],
    },
  },
  {
    key: 'h-delirium',
    cluster: 'clust-er-health',
    owner: 'clinician-emilia',
    language: 'it',
    title: 'Prevenzione del delirium post-operatorio negli anziani',
    summary:
      'Cerchiamo uno strumento che identifichi prima dell’intervento i pazienti anziani a rischio di delirium e guidi il reparto nelle misure di prevenzione.',
    indication: 'Delirium post-operatorio in pazienti di età superiore a 70 anni',
    published: 300,
    decidedAfter: 70,
    solvers: ['solver-bitmed', 'solver-sentinella', 'solver-genomica'],
    cooperation: {
      status: 'active',
      milestones: [done('letter_of_intent', 8), done('agreement', 50), planned('ethics_approval', 120)],
    },
  },
  {
    key: 'h-rehab-gait',
    cluster: 'imago-mol',
    owner: 'clinician-bahlui',
    language: 'ro',
    title: 'Evaluarea mersului cu senzori purtabili în reabilitarea neurologică',
    summary:
      'Căutăm senzori purtabili și un raport simplu care să măsoare progresul mersului pacienților în reabilitare, între ședințele de kinetoterapie.',
    indication: 'Tulburări de mers după accident vascular cerebral',
    published: 270,
    decidedAfter: 60,
    solvers: ['solver-copou', 'solver-bitmed'],
    cooperation: {
      status: 'active',
      public: true,
      milestones: [
        done('letter_of_intent', 7, true),
        done('agreement', 30, true),
        done('ethics_approval', 55, true),
        done('pilot_start', 70, true),
        planned('pilot_end', 200),
      ],
    },
  },
  {
    key: 'h-antibiotic-allergy',
    cluster: 'biorn',
    owner: 'evaluator',
    title: 'De-labelling of unconfirmed penicillin allergy before surgery',
    summary:
      'One in ten patients carries a penicillin allergy label, most of them wrongly. We seek a risk-stratified pathway and tool that removes unconfirmed labels before elective surgery.',
    indication: 'Reported penicillin allergy before elective surgery',
    published: 240,
    decidedAfter: 75,
    solvers: ['solver-donau', 'solver-alpenmed'],
    cooperation: {
      status: 'active',
      milestones: [done('letter_of_intent', 10), planned('agreement', 60)],
    },
  },
  {
    key: 'h-diabetic-foot',
    cluster: 'life-science-nord',
    owner: 'clinician',
    title: 'Photo-based wound tracking for diabetic foot ulcers',
    summary:
      'Wound measurements in our diabetic foot clinic are taken with paper rulers. We want a smartphone workflow that measures ulcer area consistently and shows healing trends at each visit.',
    indication: 'Diabetic foot ulcers in outpatient care',
    published: 205,
    decidedAfter: 65,
    solvers: ['solver-alpenmed', 'solver-vantaris', 'solver-sentinella'],
    cooperation: {
      status: 'active',
      milestones: [
        done('letter_of_intent', 9),
        done('agreement', 35),
        done('ethics_approval', 60),
        done('pilot_start', 75),
        planned('pilot_end', 180),
      ],
    },
  },
  {
    key: 'h-anticoagulation',
    cluster: 'medizin-nrw',
    owner: 'clinician-ruhr',
    title: 'Dosing support for anticoagulation in reduced kidney function',
    summary:
      'Direct oral anticoagulants are often dosed without regard to current kidney function. We need a check at prescribing and at each new lab value that suggests the right dose.',
    indication: 'Atrial fibrillation patients on direct oral anticoagulants',
    published: 175,
    decidedAfter: 55,
    visibility: 'network',
    solvers: ['solver-bitmed', 'solver-donau'],
    cooperation: { status: 'active', milestones: [planned('letter_of_intent', 20)] },
  },
  {
    key: 'h-hypertension-pregnancy',
    cluster: 'imago-mol',
    owner: 'clinician-iasi',
    language: 'ro',
    title: 'Monitorizarea tensiunii arteriale la domiciliu în sarcina cu risc',
    summary:
      'Dorim un program de monitorizare la domiciliu a tensiunii arteriale pentru gravidele cu risc de preeclampsie, cu alertă către medicul obstetrician.',
    indication: 'Sarcină cu risc crescut de preeclampsie',
    published: 150,
    decidedAfter: 50,
    solvers: ['solver-carpatica', 'solver-copou'],
    cooperation: { status: 'active', milestones: [done('letter_of_intent', 6), planned('agreement', 40)] },
  },
  {
    key: 'h-discharge-letters',
    cluster: 'clust-er-health',
    owner: 'clinician-emilia',
    language: 'it',
    title: 'Lettere di dimissione strutturate per il medico di medicina generale',
    summary:
      'Le lettere di dimissione arrivano al medico di famiglia tardi e in formato libero. Cerchiamo una soluzione che produca una lettera strutturata e la invii il giorno stesso.',
    indication: 'Dimissione da reparti di medicina interna',
    published: 120,
    decidedAfter: 45,
    solvers: ['solver-sentinella', 'solver-bitmed', 'solver-alpenmed'],
    cooperation: { status: 'active', milestones: [planned('letter_of_intent', 15)] },
  },
  {
    key: 'h-asthma-inhaler',
    cluster: 'biorn',
    owner: 'evaluator',
    title: 'Inhaler technique coaching for children with asthma',
    summary:
      'Half of the children we see use their inhaler wrongly. We want a coaching tool for families that checks technique at home and reports to the paediatric asthma nurse.',
    indication: 'Childhood asthma on inhaled therapy',
    published: 345,
    decidedAfter: 70,
    solvers: ['solver-alpenmed', 'solver-bitmed', 'solver-sentinella'],
  },
  {
    key: 'h-pressure-ulcers',
    cluster: 'life-science-nord',
    owner: 'clinician',
    title: 'Pressure injury prevention with smart mattress sensors',
    summary:
      'Pressure injuries still occur on our intensive care and geriatric units. We are looking for sensors and a repositioning prompt that fit our beds and nursing routines.',
    indication: 'Immobile inpatients at risk of pressure injury',
    published: 315,
    decidedAfter: 85,
    solvers: ['solver-donau', 'solver', 'solver-vantaris'],
  },
  {
    key: 'h-medication-reconciliation',
    cluster: 'clust-er-health',
    owner: 'clinician-emilia',
    language: 'it',
    title: 'Riconciliazione farmacologica automatica al ricovero',
    summary:
      'Al ricovero la terapia domiciliare viene trascritta a mano. Cerchiamo una soluzione che raccolga i farmaci dal fascicolo sanitario e proponga la riconciliazione al farmacista.',
    indication: 'Pazienti politrattati ricoverati in medicina interna',
    published: 285,
    decidedAfter: 60,
    solvers: ['solver-bitmed', 'solver-carpatica'],
  },
  {
    key: 'h-cardiac-rehab',
    cluster: 'medizin-nrw',
    owner: 'clinician-ruhr',
    language: 'de',
    title: 'Digitale kardiologische Rehabilitation für zu Hause',
    summary:
      'Viele Patientinnen und Patienten nach einem Herzinfarkt nehmen an keiner Rehabilitation teil. Wir suchen ein digitales Programm mit Trainingsplan und telefonischer Betreuung.',
    indication: 'Zustand nach Myokardinfarkt',
    published: 250,
    decidedAfter: 75,
    solvers: ['solver-vantaris', 'solver-donau'],
  },
  {
    key: 'h-newborn-jaundice',
    cluster: 'imago-mol',
    owner: 'clinician-iasi',
    language: 'ro',
    title: 'Evaluarea icterului neonatal cu telefonul mobil',
    summary:
      'Căutăm o aplicație validată care estimează bilirubina la nou-născuți din fotografii, pentru controlul la domiciliu după externare.',
    indication: 'Icter neonatal după externarea din maternitate',
    published: 220,
    decidedAfter: 55,
    solvers: ['solver-carpatica', 'solver-copou', 'solver-bitmed'],
  },
  {
    key: 'h-infusion-pumps',
    cluster: 'biorn',
    owner: 'evaluator',
    title: 'Closing the loop between infusion pumps and the medication record',
    summary:
      'Infusion rates are typed into pumps and into the record separately. We seek pump integration that documents rates automatically and warns about mismatches.',
    indication: 'Inpatients on continuous intravenous infusions',
    published: 190,
    decidedAfter: 70,
    solvers: ['solver-alpenmed', 'solver-genomica'],
  },
  {
    key: 'h-wound-infection',
    cluster: 'clust-er-health',
    owner: 'clinician-emilia',
    title: 'Remote follow-up of surgical wounds after day surgery',
    summary:
      'Patients leave the day surgery unit within hours. We want them to send wound photos on days 3 and 7 so that a nurse can spot infections early.',
    indication: 'Surgical site infection after day surgery',
    published: 160,
    decidedAfter: 60,
    solvers: ['solver-sentinella', 'solver-alpenmed'],
  },
  {
    key: 'h-frailty',
    cluster: 'life-science-nord',
    owner: 'clinician',
    title: 'Frailty screening in the emergency department',
    summary:
      'Frail older patients stay longer and do worse when frailty is missed at admission. We seek a quick screening from routine data that alerts the geriatric team.',
    indication: 'Patients aged 70 and over in the emergency department',
    published: 135,
    decidedAfter: 50,
    solvers: ['solver', 'solver-donau', 'solver-copou'],
  },
  {
    key: 'h-sleep-apnoea',
    cluster: 'biorn',
    owner: 'evaluator',
    title: 'Home screening for obstructive sleep apnoea before bariatric surgery',
    summary:
      'Polysomnography slots are booked months ahead. We want a validated home screening that lets us prioritise patients before bariatric surgery.',
    indication: 'Suspected obstructive sleep apnoea before bariatric surgery',
    published: 90,
    solvers: ['solver-donau', 'solver-genomica'],
  },
  {
    key: 'h-falls',
    cluster: 'medizin-nrw',
    owner: 'clinician-ruhr',
    title: 'Fall risk prediction on geriatric wards',
    summary:
      'Falls on our geriatric wards cause fractures and longer stays. We are looking for a fall-risk estimate from routine nursing and medication data that updates each shift.',
    indication: 'Inpatients aged 75 and over',
    published: 45,
    solvers: ['solver-vantaris'],
  },
];
