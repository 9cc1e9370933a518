import { chunkedInsert } from '../db/batch';
import type { Database } from '../db/client';
import * as t from '../db/schema';

/** Demo people who made an expert profile public (issue 16), by the demo world's user keys. */
const PROFILES = [
  {
    key: 'evaluator',
    headline: 'Clinical pharmacologist, pharmacogenomics in everyday prescribing',
    bio: 'Leads the PGx service at a university hospital; sits on ethics and innovation juries.',
    expertise: ['pharmacogenomics', 'clinical-decision-support'],
    languages: ['de', 'en'],
    juror: true,
    mentor: false,
  },
  {
    key: 'clinician-iasi',
    headline: 'Oncologist, liquid biopsy follow-up in colorectal cancer',
    bio: 'Looking for partners to bring ctDNA monitoring to regional hospitals in Moldova.',
    expertise: ['oncology', 'liquid-biopsy'],
    languages: ['ro', 'en', 'fr'],
    juror: true,
    mentor: true,
  },
  {
    key: 'evaluator-emilia',
    headline: 'Molecular pathologist and biobank lead',
    bio: 'Biobank governance, sample logistics and data access for industry partnerships.',
    expertise: ['molecular-pathology', 'biobanking', 'data-access'],
    languages: ['it', 'en'],
    juror: true,
    mentor: false,
  },
  {
    key: 'solver-genomica',
    headline: 'Founder, genomic variant interpretation software',
    bio: 'Fifteen years in bioinformatics; happy to mentor early teams on IVDR and clinical validation.',
    expertise: ['bioinformatics', 'ivdr', 'variant-interpretation'],
    languages: ['it', 'en', 'de'],
    juror: false,
    mentor: true,
  },
  {
    key: 'solver',
    headline: 'Product lead, digital biomarkers for heart failure',
    bio: 'Building remote monitoring with wearables; seeking pilot sites in cardiology.',
    expertise: ['remote-monitoring', 'cardiology', 'wearables'],
    languages: ['de', 'en'],
    juror: false,
    mentor: false,
  },
] as const;

/** The demo's expert profiles and their facets, as rows for the seed's batch. */
export function demoPeople(db: Database, user: (key: string) => string, at: (days: number) => string) {
  const profiles = PROFILES.map((p, i) => ({
    user_id: user(p.key),
    public: true,
    headline: p.headline,
    bio: p.bio,
    juror: p.juror,
    mentor: p.mentor,
    updated_at: at(i * 5 - 40),
  }));
  const facets = PROFILES.flatMap((p) => [
    ...p.expertise.map((value) => ({ user_id: user(p.key), facet: 'expertise' as const, value })),
    ...p.languages.map((value) => ({ user_id: user(p.key), facet: 'language' as const, value })),
  ]);
  return [...chunkedInsert(db, t.expertProfiles, profiles), ...chunkedInsert(db, t.expertFacets, facets)];
}
