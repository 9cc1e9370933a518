import { eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { Database } from '../db/client';
import * as t from '../db/schema';
import { OrganizationProfileSchema } from '../domain/organizations/organization.schema';

// Issue 16 in the demo world: every demo organization has a listed profile in the partner
// directory, with capabilities and what it offers and seeks, so partner search has something to
// find (hospitals offering pilot sites and clinical data, start-ups seeking them, a university with
// a test bed, an investor, a health authority). Everything is fictional. The organizations are
// found by name: those of demo-world.ts and demo-network.ts, and two new ones here.

type Input = z.input<typeof OrganizationProfileSchema>;
type Profile = Omit<Input, 'facets'> & { facets: Partial<Input['facets']> };

const PROFILES: Profile[] = [
  {
    name: 'Clusterbüro Gesundheitswirtschaft Nord',
    kind: 'cluster_office',
    country: 'DE',
    region: 'Schleswig-Holstein',
    website: 'https://life-science-nord.example',
    description:
      'The office of the northern health-economy cluster: brings clinics, companies and universities together, runs partnering days and helps members find funding.',
    facets: { capability: ['matchmaking', 'funding-advice'], offers: ['mentoring'] },
  },
  {
    name: 'Ufficio Cluster Salute Emilia',
    kind: 'cluster_office',
    country: 'IT',
    region: 'Emilia-Romagna',
    website: 'https://clust-er-health.example',
    description:
      'Cluster office for health in Emilia-Romagna. Runs the InnoMed Catalyst programme and connects regional hospitals with start-ups for co-development pilots.',
    facets: { capability: ['matchmaking', 'technology-transfer'], offers: ['mentoring', 'regulatory_advice'] },
  },
  {
    name: 'Universitätsklinikum Nordhafen',
    kind: 'hospital',
    country: 'DE',
    region: 'Hamburg',
    website: 'https://uk-nordhafen.example',
    description:
      'University hospital with 1,400 beds, a comprehensive cancer centre and a molecular tumour board. Its clinical trial unit hosts pilots of diagnostics and digital tools on the wards.',
    trl_min: 5,
    trl_max: 9,
    facets: {
      capability: ['oncology', 'liquid-biopsy', 'companion-diagnostics', 'clinical-trials'],
      pathway: ['diagnosis', 'treatment'],
      regulatory: ['IIa', 'C'],
      offers: ['pilot_site', 'clinical_data'],
      seeks: ['co_development'],
    },
  },
  {
    name: 'Herz- und Lungenzentrum Ruhrtal',
    kind: 'clinic',
    country: 'DE',
    region: 'Nordrhein-Westfalen',
    website: 'https://zentrum-ruhrtal.example',
    description:
      'Heart and lung centre treating 9,000 patients a year; a heart-failure clinic with home telemonitoring and a pulmonary rehabilitation unit.',
    trl_min: 6,
    trl_max: 9,
    facets: {
      capability: ['cardiology', 'heart-failure', 'remote-monitoring'],
      pathway: ['monitoring', 'rehabilitation'],
      regulatory: ['IIa'],
      offers: ['pilot_site'],
      seeks: ['co_development'],
    },
  },
  {
    name: 'Universität Neckarbrück, Medizinische Fakultät',
    kind: 'university',
    country: 'DE',
    region: 'Baden-Württemberg',
    website: 'https://uni-neckarbrueck.example',
    description:
      'Medical faculty with a usability and simulation lab: a test bed where devices and software are tried with clinicians and patients before a pilot.',
    trl_min: 3,
    trl_max: 6,
    facets: {
      capability: ['usability-testing', 'health-economics', 'biostatistics'],
      pathway: ['diagnosis', 'monitoring'],
      offers: ['test_bed', 'regulatory_advice'],
      seeks: ['co_development'],
    },
  },
  {
    name: 'Spitalul Clinic Județean Moldova',
    kind: 'hospital',
    country: 'RO',
    region: 'Iași',
    website: 'https://spital-moldova.example',
    description:
      'County emergency hospital with a stroke unit and an oncology department; open to pilots in triage and early diagnosis, with pseudonymised data for validation.',
    trl_min: 5,
    trl_max: 8,
    facets: {
      capability: ['stroke', 'oncology', 'triage'],
      pathway: ['screening', 'diagnosis', 'treatment'],
      regulatory: ['IIa', 'IIb'],
      offers: ['pilot_site', 'clinical_data'],
      seeks: ['investment', 'co_development'],
    },
  },
  {
    name: 'Clinica de Recuperare Neurologică Bahlui',
    kind: 'clinic',
    country: 'RO',
    region: 'Iași',
    description:
      'Neurological rehabilitation clinic after stroke and spinal injury; interested in rehabilitation robotics and tele-rehabilitation at home.',
    trl_min: 5,
    trl_max: 9,
    facets: {
      capability: ['neurorehabilitation', 'tele-rehabilitation'],
      pathway: ['rehabilitation'],
      offers: ['pilot_site'],
      seeks: ['co_development'],
    },
  },
  {
    name: 'Universitatea de Științe Medicale Copou',
    kind: 'university',
    country: 'RO',
    region: 'Iași',
    website: 'https://umf-copou.example',
    description:
      'Medical university with a bioinformatics group and a biobank; co-develops algorithms for imaging and genomics and validates them on its cohorts.',
    trl_min: 2,
    trl_max: 5,
    facets: {
      capability: ['bioinformatics', 'medical-imaging', 'biobank'],
      pathway: ['diagnosis'],
      offers: ['test_bed', 'co_development', 'clinical_data'],
      seeks: ['investment'],
    },
  },
  {
    name: "Ospedale Policlinico Val d'Emilia",
    kind: 'hospital',
    country: 'IT',
    region: 'Emilia-Romagna',
    website: 'https://policlinico-emilia.example',
    description:
      'Teaching hospital with 900 beds, an intensive care unit that piloted sepsis early warning, and a data office that prepares pseudonymised datasets for partners.',
    trl_min: 5,
    trl_max: 9,
    facets: {
      capability: ['sepsis', 'intensive-care', 'early-warning'],
      pathway: ['monitoring', 'treatment'],
      regulatory: ['IIa', 'IIb'],
      offers: ['pilot_site', 'clinical_data'],
      seeks: ['co_development'],
    },
  },
  {
    name: 'Università della Pianura Emiliana',
    kind: 'university',
    country: 'IT',
    region: 'Emilia-Romagna',
    website: 'https://uni-pianura.example',
    description:
      'Engineering and medicine together: a sensor lab and a living lab for home monitoring, available to companies as a test bed.',
    trl_min: 2,
    trl_max: 6,
    facets: {
      capability: ['wearables', 'remote-monitoring', 'signal-processing'],
      pathway: ['monitoring', 'prevention'],
      offers: ['test_bed', 'co_development'],
      seeks: ['pilot_site'],
    },
  },
  {
    name: 'Istituto di Genomica Traslazionale Appennino',
    kind: 'research_institute',
    country: 'IT',
    region: 'Toscana',
    description:
      'Translational genomics institute: sequencing core, liquid biopsy assays and variant interpretation, with experience of IVDR performance studies.',
    trl_min: 3,
    trl_max: 7,
    facets: {
      capability: ['genomics', 'liquid-biopsy', 'variant-interpretation'],
      pathway: ['screening', 'diagnosis'],
      regulatory: ['C'],
      offers: ['co_development', 'test_bed', 'regulatory_advice'],
      seeks: ['pilot_site', 'clinical_data'],
    },
  },
  {
    name: 'Helixio Health GmbH',
    kind: 'startup',
    country: 'DE',
    region: 'Berlin',
    website: 'https://helixio.example',
    description:
      'Start-up building a cartridge-based sequencing panel with same-day reports for targeted cancer therapy; looking for hospitals to pilot it.',
    trl_min: 4,
    trl_max: 6,
    facets: {
      capability: ['companion-diagnostics', 'oncology', 'sequencing'],
      pathway: ['diagnosis'],
      regulatory: ['C'],
      offers: ['co_development'],
      seeks: ['pilot_site', 'clinical_data', 'investment'],
    },
  },
  {
    name: 'Sentinella AI S.r.l.',
    kind: 'startup',
    country: 'IT',
    region: 'Lombardia',
    website: 'https://sentinella.example',
    description:
      'Machine learning on vital signs and lab values to warn of deterioration hours earlier; seeks intensive care units and wards for validation.',
    trl_min: 4,
    trl_max: 7,
    facets: {
      capability: ['early-warning', 'sepsis', 'machine-learning'],
      pathway: ['monitoring'],
      regulatory: ['IIa'],
      offers: ['co_development'],
      seeks: ['pilot_site', 'clinical_data', 'regulatory_advice'],
    },
  },
  {
    name: 'Carpatica Bioinformatics SRL',
    kind: 'sme',
    country: 'RO',
    region: 'Cluj',
    website: 'https://carpatica.example',
    description:
      'Bioinformatics pipelines and cloud hosting in the EU for hospitals and diagnostic labs; validated workflows for germline and tumour sequencing.',
    trl_min: 5,
    trl_max: 8,
    facets: {
      capability: ['bioinformatics', 'genomics', 'cloud-hosting'],
      pathway: ['diagnosis'],
      offers: ['co_development'],
      seeks: ['pilot_site'],
    },
  },
  {
    name: 'Vantaris Diagnostics AG',
    kind: 'industry',
    country: 'DE',
    region: 'Bayern',
    website: 'https://vantaris.example',
    description:
      'In-vitro diagnostics manufacturer with its own notified-body experience; partners with start-ups on assays and brings them through IVDR.',
    trl_min: 6,
    trl_max: 9,
    facets: {
      capability: ['in-vitro-diagnostics', 'immunoassays', 'manufacturing'],
      pathway: ['screening', 'diagnosis'],
      regulatory: ['B', 'C', 'D'],
      offers: ['regulatory_advice', 'co_development', 'investment'],
      seeks: ['clinical_data'],
    },
  },
  {
    name: 'Alpenmed Analytics GmbH',
    kind: 'startup',
    country: 'AT',
    region: 'Tirol',
    description:
      'Analytics for rehabilitation: sensor data from home exercise turned into progress reports for therapists. Looking for a first clinical pilot and seed funding.',
    trl_min: 3,
    trl_max: 5,
    facets: {
      capability: ['tele-rehabilitation', 'wearables', 'analytics'],
      pathway: ['rehabilitation'],
      seeks: ['pilot_site', 'investment', 'mentoring'],
    },
  },
  {
    name: 'Donau Diagnostik GmbH',
    kind: 'sme',
    country: 'AT',
    region: 'Wien',
    description:
      'Point-of-care testing for emergency departments: rapid assays for cardiac markers with a connected reader.',
    trl_min: 6,
    trl_max: 8,
    facets: {
      capability: ['point-of-care', 'cardiology', 'in-vitro-diagnostics'],
      pathway: ['diagnosis'],
      regulatory: ['B', 'C'],
      offers: ['co_development'],
      seeks: ['pilot_site', 'regulatory_advice'],
    },
  },
  {
    name: 'BitMed Soluzioni S.r.l.',
    kind: 'sme',
    country: 'IT',
    region: 'Emilia-Romagna',
    description:
      'Software house for hospital interoperability: FHIR interfaces, single sign-on and integration of pilots into the hospital information system.',
    trl_min: 6,
    trl_max: 9,
    facets: {
      capability: ['interoperability', 'fhir', 'care-coordination'],
      pathway: ['care_organisation'],
      offers: ['co_development'],
      seeks: ['pilot_site'],
    },
  },
  // New in issue 16: the kinds the directory adds.
  {
    name: 'Agenția Regională de Sănătate Nord-Est',
    kind: 'public_authority',
    country: 'RO',
    region: 'Nord-Est',
    description:
      'Regional health authority: sets screening programmes for the region and opens its hospitals to pilots that support them.',
    facets: {
      capability: ['screening-programmes', 'public-health'],
      pathway: ['prevention', 'screening', 'care_organisation'],
      offers: ['clinical_data', 'regulatory_advice'],
      seeks: ['co_development'],
    },
  },
  {
    name: 'Nordlicht Health Ventures',
    kind: 'investor',
    country: 'DE',
    region: 'Hamburg',
    website: 'https://nordlicht-ventures.example',
    description:
      'Seed and series A investor in medical devices, diagnostics and digital health, with a mentoring programme for first-time founders.',
    trl_min: 3,
    trl_max: 7,
    facets: {
      capability: ['venture-capital', 'digital-health'],
      offers: ['investment', 'mentoring'],
      seeks: ['co_development'],
    },
  },
];

const NEW = new Set(['Agenția Regională de Sănătate Nord-Est', 'Nordlicht Health Ventures']);

/**
 * The demo directory as statements for the seed's one batch (after the organizations exist): the
 * two new organizations, every profile listed, and all facets in one INSERT … SELECT.
 */
export function demoDirectory(db: Database, at: (days: number) => string): BatchItem<'sqlite'>[] {
  const profiles = PROFILES.map((p) =>
    OrganizationProfileSchema.parse({
      ...p,
      facets: { capability: [], pathway: [], regulatory: [], offers: [], seeks: [], ...p.facets },
    }),
  );
  const statements: BatchItem<'sqlite'>[] = [];
  const created = profiles.filter((p) => NEW.has(p.name));
  statements.push(
    db
      .insert(t.organizations)
      .values(
        created.map((p) => ({ id: uuidv7(), name: p.name, kind: p.kind, country: p.country, created_at: at(-200) })),
      ),
  );
  for (const p of profiles) {
    statements.push(
      db
        .update(t.organizations)
        .set({
          region: p.region ?? null,
          website: p.website ?? null,
          description: p.description ?? null,
          trl_min: p.trl_min ?? null,
          trl_max: p.trl_max ?? null,
          listed_at: at(-180),
        })
        .where(eq(t.organizations.name, p.name)),
    );
  }
  const facets = profiles.flatMap((p) =>
    Object.entries(p.facets).flatMap(([facet, values]) =>
      (values as string[]).map((value) => ({ org: p.name, facet, value })),
    ),
  );
  statements.push(
    db.insert(t.organizationFacets).select(
      sql`SELECT o.id, j.value ->> 'facet', j.value ->> 'value' FROM json_each(${JSON.stringify(facets)}) j
          JOIN organizations o ON o.name = j.value ->> 'org'`,
    ),
  );
  return statements;
}
