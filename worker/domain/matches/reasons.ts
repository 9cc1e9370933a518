import type { CARE_PATHWAY_STEPS, DEVICE_CLASSES, PARTNER_OFFERS } from '../../db/enums';
import { CLASSES_BY_REGULATION, tagWords } from '../challenges/challenge.schema';

export const MATCH_LANGUAGES = ['en', 'de', 'it', 'ro'] as const;
export type MatchLanguage = (typeof MATCH_LANGUAGES)[number];

type Step = (typeof CARE_PATHWAY_STEPS)[number];
type DeviceClass = (typeof DEVICE_CLASSES)[number];
type Offer = (typeof PARTNER_OFFERS)[number];

/** What made a match, from the matched facet rows: every part of a reason comes from one of these. */
export interface Matched {
  /** Shared tags (a partner's capabilities or an expert's expertise against the challenge's tags), sorted. */
  capability: string[];
  /** The challenge's care-pathway step, when the partner works in it. */
  pathway: Step | null;
  /** The challenge's device class, when the partner has experience with it. */
  regulatory: DeviceClass | null;
  /** Both TRL ranges, when they meet. */
  trl: { partner: [number, number]; challenge: [number, number] } | null;
  /** What the partner offers that the challenge needs, and seeks that it gives (score.ts WANTS). */
  offers: Offer[];
  seeks: Offer[];
}

interface Phrases {
  pathway: (step: string) => string;
  regulatory: (regulation: string, deviceClass: string) => string;
  covers: (partner: string, challenge: string) => string;
  overlaps: (partner: string, challenge: string) => string;
  offers: (list: string) => string;
  seeks: (list: string) => string;
  fittingChallenges: (titles: string) => string;
  quote: (title: string) => string;
  steps: Record<Step, string>;
  offerNames: Record<Offer, string>;
}

/**
 * The words of a reason in each language of the platform. Here rather than in web/i18n: the API
 * answers with the same sentences as the pages, and the API may not import page code.
 */
const PHRASES: Record<MatchLanguage, Phrases> = {
  en: {
    pathway: (step) => `care pathway: ${step}`,
    regulatory: (regulation, deviceClass) => `experience with ${regulation} class ${deviceClass}`,
    covers: (partner, challenge) => `TRL ${partner} covers ${challenge}`,
    overlaps: (partner, challenge) => `TRL ${partner} overlaps ${challenge}`,
    offers: (list) => `offers ${list}`,
    seeks: (list) => `seeks ${list}`,
    fittingChallenges: (titles) => `challenges that fit: ${titles}`,
    quote: (title) => `“${title}”`,
    steps: {
      prevention: 'prevention',
      screening: 'screening',
      diagnosis: 'diagnosis',
      treatment: 'treatment',
      monitoring: 'monitoring',
      rehabilitation: 'rehabilitation',
      care_organisation: 'care organisation',
    },
    offerNames: {
      pilot_site: 'a pilot site',
      clinical_data: 'clinical data',
      co_development: 'co-development',
      test_bed: 'a lab or test bed',
      investment: 'investment',
      mentoring: 'mentoring',
      regulatory_advice: 'regulatory advice',
    },
  },
  de: {
    pathway: (step) => `Versorgungsschritt: ${step}`,
    regulatory: (regulation, deviceClass) => `Erfahrung mit ${regulation}-Klasse ${deviceClass}`,
    covers: (partner, challenge) => `TRL ${partner} deckt ${challenge} ab`,
    overlaps: (partner, challenge) => `TRL ${partner} überschneidet sich mit ${challenge}`,
    offers: (list) => `bietet ${list}`,
    seeks: (list) => `sucht ${list}`,
    fittingChallenges: (titles) => `passende Challenges: ${titles}`,
    quote: (title) => `„${title}“`,
    steps: {
      prevention: 'Prävention',
      screening: 'Screening',
      diagnosis: 'Diagnostik',
      treatment: 'Behandlung',
      monitoring: 'Monitoring',
      rehabilitation: 'Rehabilitation',
      care_organisation: 'Versorgungsorganisation',
    },
    offerNames: {
      pilot_site: 'einen Pilotstandort',
      clinical_data: 'klinische Daten',
      co_development: 'gemeinsame Entwicklung',
      test_bed: 'ein Labor oder eine Testumgebung',
      investment: 'Investitionen',
      mentoring: 'Mentoring',
      regulatory_advice: 'regulatorische Beratung',
    },
  },
  it: {
    pathway: (step) => `percorso di cura: ${step}`,
    regulatory: (regulation, deviceClass) => `esperienza con la classe ${deviceClass} ${regulation}`,
    covers: (partner, challenge) => `TRL ${partner} copre ${challenge}`,
    overlaps: (partner, challenge) => `TRL ${partner} si sovrappone a ${challenge}`,
    offers: (list) => `offre ${list}`,
    seeks: (list) => `cerca ${list}`,
    fittingChallenges: (titles) => `sfide adatte: ${titles}`,
    quote: (title) => `«${title}»`,
    steps: {
      prevention: 'prevenzione',
      screening: 'screening',
      diagnosis: 'diagnosi',
      treatment: 'trattamento',
      monitoring: 'monitoraggio',
      rehabilitation: 'riabilitazione',
      care_organisation: "organizzazione dell'assistenza",
    },
    offerNames: {
      pilot_site: 'un sito pilota',
      clinical_data: 'dati clinici',
      co_development: 'co-sviluppo',
      test_bed: 'un laboratorio o banco di prova',
      investment: 'investimenti',
      mentoring: 'mentoring',
      regulatory_advice: 'consulenza regolatoria',
    },
  },
  ro: {
    pathway: (step) => `etapa de îngrijire: ${step}`,
    regulatory: (regulation, deviceClass) => `experiență cu clasa ${deviceClass} ${regulation}`,
    covers: (partner, challenge) => `TRL ${partner} acoperă ${challenge}`,
    overlaps: (partner, challenge) => `TRL ${partner} se suprapune cu ${challenge}`,
    offers: (list) => `oferă ${list}`,
    seeks: (list) => `caută ${list}`,
    fittingChallenges: (titles) => `provocări potrivite: ${titles}`,
    quote: (title) => `„${title}”`,
    steps: {
      prevention: 'prevenție',
      screening: 'screening',
      diagnosis: 'diagnostic',
      treatment: 'tratament',
      monitoring: 'monitorizare',
      rehabilitation: 'recuperare',
      care_organisation: 'organizarea îngrijirii',
    },
    offerNames: {
      pilot_site: 'un loc de pilotare',
      clinical_data: 'date clinice',
      co_development: 'dezvoltare în comun',
      test_bed: 'un laborator sau o bancă de testare',
      investment: 'investiții',
      mentoring: 'mentorat',
      regulatory_advice: 'consultanță de reglementare',
    },
  },
};

const range = ([min, max]: [number, number]) => (min === max ? `${min}` : `${min}–${max}`);

/**
 * The reason of a match in the reader's language: its parts in a fixed order (tags, care pathway,
 * regulatory class, TRL, offers, seeks), each from the matched rows, joined by "; ".
 */
export function reasonOf(matched: Matched, language: MatchLanguage): string {
  const p = PHRASES[language];
  const offers = (values: Offer[]) => values.map((value) => p.offerNames[value]).join(', ');
  const { trl } = matched;
  const regulation = (deviceClass: DeviceClass) => (CLASSES_BY_REGULATION.mdr.includes(deviceClass) ? 'MDR' : 'IVDR');
  return [
    matched.capability.length ? matched.capability.map(tagWords).join(', ') : null,
    matched.pathway ? p.pathway(p.steps[matched.pathway]) : null,
    matched.regulatory ? p.regulatory(regulation(matched.regulatory), matched.regulatory) : null,
    trl
      ? (trl.partner[0] <= trl.challenge[0] && trl.partner[1] >= trl.challenge[1] ? p.covers : p.overlaps)(
          range(trl.partner),
          range(trl.challenge),
        )
      : null,
    matched.offers.length ? p.offers(offers(matched.offers)) : null,
    matched.seeks.length ? p.seeks(offers(matched.seeks)) : null,
  ]
    .filter((part) => part !== null)
    .join('; ');
}

/** Why a call fits: the titles of its challenges that do. */
export const callReasonOf = (titles: string[], language: MatchLanguage) =>
  PHRASES[language].fittingChallenges(titles.map(PHRASES[language].quote).join(', '));
