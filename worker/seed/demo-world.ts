import type { DemoWorld } from './types';

// Demo content for Bedside. Every person and organization below is fictional, and no record
// contains personal health data. Times are relative to the moment of seeding.

/** Scores on the default criteria, in the order of DEFAULT_CRITERIA. */
const scores = (
  clinical_impact: number,
  feasibility: number,
  innovation: number,
  trl_fit: number,
  regulatory_data_readiness: number,
  business_case: number,
) => ({ clinical_impact, feasibility, innovation, trl_fit, regulatory_data_readiness, business_case });

/** Scores on the custom criteria of the chest-CT nodule challenge. */
const noduleScores = (
  detection_performance: number,
  workflow_integration: number,
  explainability: number,
  regulatory_maturity: number,
  cost_per_study: number,
) => ({ detection_performance, workflow_integration, explainability, regulatory_maturity, cost_per_study });

/** Scores on the custom criteria of the exome reanalysis challenge. */
const exomeScores = (
  diagnostic_yield: number,
  interpretation_quality: number,
  data_protection: number,
  scalability: number,
) => ({ diagnostic_yield, interpretation_quality, data_protection, scalability });

export const demoWorld: DemoWorld = {
  clusters: [
    {
      slug: 'life-science-nord',
      name: 'Life Science Nord',
      region: 'Schleswig-Holstein und Hamburg',
      country: 'DE',
      description:
        'Life-science and medtech cluster of Hamburg and Schleswig-Holstein with a focus on precision medicine. Its P.I.L.O.T. Next Level programme brings clinical needs from northern German hospitals to start-ups and SMEs for paid pilots.',
      website: 'https://life-science-nord.example',
    },
    {
      slug: 'medizin-nrw',
      name: 'Medizin.NRW',
      region: 'Nordrhein-Westfalen',
      country: 'DE',
      description:
        'Health-economy network of North Rhine-Westphalia connecting university hospitals, specialised clinics and medtech companies in the Rhine-Ruhr area around imaging, cardiology and digital medicine.',
      website: 'https://medizin-nrw.example',
    },
    {
      slug: 'imago-mol',
      name: 'IMAGO-MOL',
      region: 'Regiunea Nord-Est',
      country: 'RO',
      description:
        'Regional cluster for molecular and imaging medicine based in Iași. Through MEDIC-NEST it links county hospitals, the medical university and local IT companies to test precision-medicine solutions in North-East Romania.',
      website: 'https://imago-mol.example',
    },
    {
      slug: 'biorn',
      name: 'BioRN',
      region: 'Rhein-Neckar',
      country: 'DE',
      description:
        'Life-science cluster of the Rhine-Neckar region around Heidelberg and Mannheim. Its CELIS initiative supports translational projects between cancer research institutes, clinics and diagnostics companies.',
      website: 'https://biorn.example',
    },
    {
      slug: 'clust-er-health',
      name: 'Clust-ER Health',
      region: 'Emilia-Romagna',
      country: 'IT',
      description:
        "Emilia-Romagna's health-industry cluster of hospitals, universities, research labs and companies. The InnoMed Catalyst programme turns clinical needs from regional hospitals into co-development pilots.",
      website: 'https://clust-er-health.example',
    },
  ],

  organizations: [
    { key: 'office-nord', name: 'Clusterbüro Gesundheitswirtschaft Nord', kind: 'cluster_office', country: 'DE' },
    { key: 'office-emilia', name: 'Ufficio Cluster Salute Emilia', kind: 'cluster_office', country: 'IT' },
    { key: 'uk-nordhafen', name: 'Universitätsklinikum Nordhafen', kind: 'hospital', country: 'DE' },
    { key: 'zentrum-ruhrtal', name: 'Herz- und Lungenzentrum Ruhrtal', kind: 'clinic', country: 'DE' },
    {
      key: 'uni-neckarbrueck',
      name: 'Universität Neckarbrück, Medizinische Fakultät',
      kind: 'university',
      country: 'DE',
    },
    { key: 'spital-moldova', name: 'Spitalul Clinic Județean Moldova', kind: 'hospital', country: 'RO' },
    { key: 'clinica-bahlui', name: 'Clinica de Recuperare Neurologică Bahlui', kind: 'clinic', country: 'RO' },
    { key: 'umf-copou', name: 'Universitatea de Științe Medicale Copou', kind: 'university', country: 'RO' },
    { key: 'policlinico-emilia', name: "Ospedale Policlinico Val d'Emilia", kind: 'hospital', country: 'IT' },
    { key: 'uni-pianura', name: 'Università della Pianura Emiliana', kind: 'university', country: 'IT' },
    {
      key: 'istituto-appennino',
      name: 'Istituto di Genomica Traslazionale Appennino',
      kind: 'research_institute',
      country: 'IT',
    },
    { key: 'helixio', name: 'Helixio Health GmbH', kind: 'startup', country: 'DE' },
    { key: 'sentinella', name: 'Sentinella AI S.r.l.', kind: 'startup', country: 'IT' },
    { key: 'carpatica', name: 'Carpatica Bioinformatics SRL', kind: 'sme', country: 'RO' },
    { key: 'vantaris', name: 'Vantaris Diagnostics AG', kind: 'industry', country: 'DE' },
  ],

  users: [
    {
      key: 'admin',
      email: 'admin@demo.test',
      name: 'Katrin Vogelsang',
      kind: 'staff',
      organization: 'office-nord',
      isAdmin: true,
    },
    {
      key: 'moderator',
      email: 'moderator@demo.test',
      name: 'Giulia Ferraresi',
      kind: 'staff',
      organization: 'office-emilia',
      moderates: 'all',
    },
    {
      key: 'clinician',
      email: 'clinician@demo.test',
      name: 'Dr. Jonas Petersen',
      kind: 'clinician',
      organization: 'uk-nordhafen',
      memberOf: ['life-science-nord', 'medizin-nrw'],
    },
    {
      key: 'solver',
      email: 'solver@demo.test',
      name: 'Lena Brandt',
      kind: 'solver',
      organization: 'helixio',
      memberOf: ['life-science-nord', 'biorn', 'clust-er-health'],
    },
    {
      key: 'evaluator',
      email: 'evaluator@demo.test',
      name: 'Prof. Dr. Miriam Hoffmann',
      kind: 'clinician',
      organization: 'uni-neckarbrueck',
      memberOf: ['biorn', 'life-science-nord'],
    },
    {
      key: 'clinician-ruhr',
      email: 'sabine.krueger@demo.test',
      name: 'Dr. Sabine Krüger',
      kind: 'clinician',
      organization: 'zentrum-ruhrtal',
      memberOf: ['medizin-nrw'],
    },
    {
      key: 'clinician-iasi',
      email: 'ioana.popescu@demo.test',
      name: 'Dr. Ioana Popescu',
      kind: 'clinician',
      organization: 'spital-moldova',
      memberOf: ['imago-mol'],
    },
    {
      key: 'clinician-bahlui',
      email: 'mihai.ciobanu@demo.test',
      name: 'Dr. Mihai Ciobanu',
      kind: 'clinician',
      organization: 'clinica-bahlui',
      memberOf: ['imago-mol'],
    },
    {
      key: 'clinician-emilia',
      email: 'marco.bellandi@demo.test',
      name: 'Dr. Marco Bellandi',
      kind: 'clinician',
      organization: 'policlinico-emilia',
      memberOf: ['clust-er-health'],
    },
    {
      key: 'evaluator-emilia',
      email: 'francesca.galli@demo.test',
      name: 'Prof. Francesca Galli',
      kind: 'clinician',
      organization: 'uni-pianura',
      memberOf: ['clust-er-health', 'imago-mol'],
    },
    {
      key: 'solver-sentinella',
      email: 'davide.rinaldi@demo.test',
      name: 'Davide Rinaldi',
      kind: 'solver',
      organization: 'sentinella',
      memberOf: ['clust-er-health', 'medizin-nrw'],
    },
    {
      key: 'solver-carpatica',
      email: 'radu.munteanu@demo.test',
      name: 'Radu Munteanu',
      kind: 'solver',
      organization: 'carpatica',
      memberOf: ['imago-mol'],
    },
    {
      key: 'solver-genomica',
      email: 'chiara.lombardi@demo.test',
      name: 'Dr. Chiara Lombardi',
      kind: 'solver',
      organization: 'istituto-appennino',
      memberOf: ['clust-er-health', 'biorn'],
    },
    {
      key: 'solver-vantaris',
      email: 'thomas.weber@demo.test',
      name: 'Thomas Weber',
      kind: 'solver',
      organization: 'vantaris',
      memberOf: ['medizin-nrw', 'life-science-nord'],
    },
    {
      key: 'solver-copou',
      email: 'elena.rusu@demo.test',
      name: 'Dr. Elena Rusu',
      kind: 'solver',
      organization: 'umf-copou',
      memberOf: ['imago-mol'],
    },
  ],

  challenges: [
    // ── open ─────────────────────────────────────────────────────────────────────────────
    {
      key: 'pgx-dosing-alerts',
      cluster: 'life-science-nord',
      owner: 'clinician',
      status: 'open',
      deadlineInDays: 34,
      createdDaysAgo: 52,
      endorsedBy: ['clinician-ruhr', 'clinician-iasi', 'evaluator'],
      fields: {
        title: 'Pharmacogenomic dosing alerts at the point of prescribing',
        summary:
          'We want pre-emptive pharmacogenomic results (CYP2C19, DPYD, TPMT/NUDT15 and others) to become actionable dosing alerts inside our prescribing system, so that clinicians see a genotype-guided recommendation when they order clopidogrel, fluoropyrimidines or thiopurines — without opening a separate lab report.',
        problem_statement:
          'Our molecular lab genotypes a growing number of patients with a 12-gene pharmacogenomic panel, but results arrive as PDF reports that are rarely consulted at the moment of prescribing. Gene–drug interactions with published CPIC and DPWG guidelines are therefore missed, and pharmacists catch only a fraction of them retrospectively. We are looking for a decision-support component that stores genotype-derived phenotypes as structured data and fires a concise, guideline-based alert in the ordering workflow.',
        clinical_context:
          'Tertiary university hospital with about 1,400 beds. Cardiology, oncology and gastroenterology order pharmacogenomic panels most often. The hospital runs an HL7 FHIR R4 interface engine and a commercial CPOE; oncology orders are reviewed centrally by clinical pharmacists.',
        indication:
          'Patients starting drugs with actionable gene–drug interactions (clopidogrel after PCI, fluoropyrimidine chemotherapy, thiopurines)',
        icd10_code: null,
        care_pathway_step: 'treatment',
        patient_population:
          'Adult inpatients and outpatients with an available pharmacogenomic panel result; about 3,000 genotyped patients per year, expected to double once pre-emptive testing is rolled out.',
        standard_of_care:
          'PDF lab report filed in the document archive; ad-hoc pharmacist check of DPYD before fluoropyrimidine start; no alerting at all for CYP2C19 or TPMT/NUDT15.',
        target_outcome:
          'Genotype-guided prescribing becomes the default for the covered drug classes, with alerts specific enough that they are not overridden reflexively.',
        outcome_kpi:
          'Guideline-concordant prescribing for actionable gene–drug pairs rises from about 35 % to at least 85 % within six months of go-live; alert override rate below 20 %.',
        regulation: 'mdr',
        device_class: 'IIa',
        ce_marking_required: true,
        data_on_offer: 'synthetic',
        involves_patient_data: true,
        integration_needs:
          'FHIR R4 results from the lab system (Genomics Reporting IG), CDS Hooks or an equivalent hook in the CPOE, single sign-on via the hospital identity provider, hosting on premises or in an EU cloud under a data-processing agreement.',
        trl_min: 5,
        trl_max: 8,
        reward_kind: 'pilot',
        reward_details:
          'Six-month pilot on two units (cardiology ward and oncology day clinic) co-funded with up to EUR 60,000 through P.I.L.O.T. Next Level, plus a reference letter if the KPI is met.',
        language: 'en',
        visibility: 'public',
        share_feedback: true,
        tags: ['pharmacogenomics', 'digital-medicine', 'clinical-decision-support', 'cardiology', 'oncology'],
      },
      questions: [
        {
          author: 'solver',
          body: 'Should the translation from diplotype to metaboliser phenotype happen in our component, or does your lab already report phenotypes?',
          answer:
            'The lab reports star-allele diplotypes and, since last year, CPIC phenotypes as free text. We would prefer your component to derive phenotypes from diplotypes itself so that guideline updates are applied consistently.',
          answeredDaysAgo: 2,
        },
        {
          author: 'solver-carpatica',
          body: 'Does your CPOE release already support CDS Hooks, and which hooks (order-select, order-sign)?',
          answer:
            'Yes, both order-select and order-sign are available in the current release. Vendor details and the sandbox are shared under NDA with shortlisted teams.',
        },
        {
          author: 'solver-vantaris',
          body: 'Our PGx-Guard suite already covers 40 genes and runs in more than 30 hospitals. Would you consider a direct licence instead of a pilot? Happy to send a quote.',
        },
        {
          author: 'solver-copou',
          body: 'Does the synthetic dataset include patients with several actionable genotypes, so that alert stacking and prioritisation can be tested?',
          answer:
            'Yes. The synthetic set has 5,000 patients, of whom about 400 carry two or more actionable results, together with synthetic medication orders.',
        },
      ],
      solutions: [
        {
          key: 'pgx-helixio',
          submitter: 'solver',
          status: 'submitted',
          submittedDaysAgo: 9,
          fields: {
            title: 'Helixio PGx Bridge: FHIR-native genotype-to-alert service',
            summary:
              'A stateless service that reads genomic Observations from the lab, derives CPIC phenotypes from diplotypes, stores them as coded findings in the patient record and answers CDS Hooks calls with a one-line recommendation plus a link to the guideline.',
            approach:
              'PGx Bridge subscribes to FHIR Observation events from the lab system and maps diplotypes to phenotypes with a versioned rule set that is regenerated from the CPIC and DPWG tables at each guideline release. Phenotypes are written back as coded problem-list entries so that they survive system changes. At prescribing time the CPOE calls our order-select hook; we return a card only when the gene–drug pair is actionable and the ordered dose differs from the recommendation, which keeps alert volume low. A pharmacist dashboard shows overrides with reasons for monthly review. The product runs as a container in the hospital data centre; no data leave the hospital.',
            trl: 6,
            team: 'Helixio Health GmbH, Hamburg: two clinical pharmacists, four software engineers and a regulatory lead; ISO 13485 quality management system certified.',
            ip_status: 'trade_secret',
            links: ['https://helixio.example/pgx-bridge'],
            summary_public: true,
          },
        },
        {
          key: 'pgx-carpatica',
          submitter: 'solver-carpatica',
          status: 'submitted',
          submittedDaysAgo: 4,
          fields: {
            title: 'Open CPIC rule engine with a CDS Hooks adapter',
            summary:
              'An open-source rule engine that executes machine-readable CPIC guidelines and exposes them through CDS Hooks, maintained with a community of hospital pharmacists and packaged with a validation suite for local sign-off.',
            approach:
              'We publish CPIC recommendations as versioned, test-covered rules and run them in a lightweight engine behind a CDS Hooks endpoint. Hospitals can review every rule in plain language before activating it. For the pilot we would add the DPWG rules for DPYD and TPMT, connect to the FHIR lab feed and run a four-week silent mode to tune alert thresholds before alerts are shown to prescribers.',
            trl: 5,
            team: 'Carpatica Bioinformatics SRL, Iași: three bioinformaticians and a clinical pharmacist consultant; partner hospital pharmacy for rule review.',
            ip_status: 'open_source',
            links: ['https://code.carpatica.example/pgx-rules', 'https://carpatica.example/pgx'],
            summary_public: false,
          },
        },
        {
          key: 'pgx-copou',
          submitter: 'solver-copou',
          status: 'draft',
          fields: {
            title: 'Pharmacist-in-the-loop pharmacogenomic consult workflow',
            summary:
              'Instead of interruptive alerts, actionable genotypes trigger a short consult task for the ward pharmacist, who confirms the recommendation before it is shown to the prescriber.',
            approach:
              'Draft: we are still working out how the consult queue integrates with the CPOE and whether the pharmacist capacity on the two pilot units is sufficient.',
            trl: 4,
            team: 'Department of Clinical Pharmacology, Universitatea de Științe Medicale Copou.',
            ip_status: 'none',
            links: [],
            summary_public: false,
          },
        },
        {
          key: 'pgx-vantaris',
          submitter: 'solver-vantaris',
          status: 'withdrawn',
          submittedDaysAgo: 20,
          fields: {
            title: 'PGx-Guard hospital licence',
            summary:
              'Licence of the PGx-Guard clinical decision support suite with 40 genes, pre-built connectors for common CPOE systems and a managed update service.',
            approach:
              'Standard deployment of PGx-Guard with our CPOE connector and a six-week implementation project. Withdrawn by the submitter because the pilot format does not fit our licensing model.',
            trl: 8,
            team: 'Vantaris Diagnostics AG, implementation services team.',
            ip_status: 'patent_granted',
            links: ['https://vantaris.example/pgx-guard'],
            summary_public: false,
          },
        },
      ],
    },
    {
      key: 'ibd-multiomics',
      cluster: 'biorn',
      owner: 'evaluator',
      status: 'open',
      deadlineInDays: 58,
      createdDaysAgo: 30,
      endorsedBy: ['clinician', 'clinician-emilia'],
      fields: {
        title: 'Multi-omics stratification of inflammatory bowel disease for first-line biologic choice',
        summary:
          'About a third of patients with Crohn’s disease or ulcerative colitis do not respond to their first advanced therapy, and switching costs months. We seek a multi-omics signature or model that predicts response to anti-TNF, vedolizumab or ustekinumab before treatment starts.',
        problem_statement:
          'The choice of the first biologic or small molecule in IBD is still made on clinical grounds, cost and patient preference. Primary non-response leads to months of uncontrolled inflammation, steroid exposure and sometimes surgery. Our biobank holds baseline biopsies, blood and stool samples from a prospective cohort with documented one-year outcomes, and we are looking for partners who can turn these data into a clinically usable stratification tool.',
        clinical_context:
          'University IBD centre with about 2,500 patients in follow-up and 300 starts of advanced therapy per year; biobank with transcriptomic, proteomic and microbiome profiling of the inception cohort.',
        indication: 'Moderate-to-severe Crohn’s disease or ulcerative colitis before the first advanced therapy',
        icd10_code: 'K50.9',
        care_pathway_step: 'treatment',
        patient_population:
          'Adults with moderate-to-severe IBD who are naïve to biologics and small molecules; retrospective cohort of about 420 patients with one-year response data.',
        standard_of_care:
          'Clinical choice guided by ECCO guidelines, comorbidity and reimbursement; therapeutic drug monitoring after induction; switch after primary non-response at week 12–16.',
        target_outcome:
          'A validated pre-treatment test or model that identifies the therapy class with the highest likelihood of response for each patient.',
        outcome_kpi:
          'Balanced accuracy ≥ 0.75 for one-year steroid-free remission on the held-out validation cohort; relative reduction of primary non-response by ≥ 25 % in a simulated treat-by-prediction scenario.',
        regulation: 'unsure',
        device_class: null,
        ce_marking_required: false,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'Analysis inside the university trusted research environment; no raw data export. A later clinical version would need an assay runnable in an accredited lab and a report for the IBD clinic.',
        trl_min: 3,
        trl_max: 6,
        reward_kind: 'co_development',
        reward_details:
          'Access to the pseudonymised multi-omics cohort under a data-access agreement, joint publication and a joint CELIS translational grant application.',
        language: 'en',
        visibility: 'network',
        share_feedback: true,
        tags: ['multi-omics', 'biomarkers', 'ai', 'gastroenterology', 'precision-medicine'],
      },
      questions: [
        {
          author: 'solver-genomica',
          body: 'Are the stool samples profiled by 16S or shotgun metagenomics, and is raw sequence data part of the data offer?',
          answer:
            'Shotgun metagenomics for about 80 % of the cohort, 16S for the rest. Raw reads are available inside the trusted research environment; only aggregated results can leave it.',
        },
      ],
      solutions: [
        {
          key: 'ibd-appennino',
          submitter: 'solver-genomica',
          status: 'submitted',
          submittedDaysAgo: 6,
          fields: {
            title: 'Integrative mucosal transcriptome and microbiome response model',
            summary:
              'A multi-view machine-learning model that combines baseline mucosal gene expression, serum proteomics and metagenomic features into a per-therapy response score, with a reduced 40-gene panel as the clinical read-out.',
            approach:
              'We will train multi-view models (MOFA+ factors fed into gradient-boosted classifiers) on the discovery part of the cohort with nested cross-validation, then freeze the model and test it once on the held-out validation set. Feature reduction targets a 40-gene mucosal panel measurable by targeted RNA sequencing in a routine lab. We have validated a similar approach for response to anti-TNF in an Italian cohort and will bring that cohort as an external validation set.',
            trl: 4,
            team: 'Istituto di Genomica Traslazionale Appennino: computational biology group (5 people) and a gastroenterologist from a partner hospital.',
            ip_status: 'patent_filed',
            links: ['https://istituto-appennino.example/ibd-response'],
            summary_public: true,
          },
        },
        {
          key: 'ibd-helixio',
          submitter: 'solver',
          status: 'draft',
          fields: {
            title: 'Federated learning pipeline for IBD response prediction',
            summary:
              'A federated pipeline that lets the IBD centre and two partner centres train a common response model without moving patient-level data.',
            approach:
              'Draft — to be completed after clarifying whether partner centres can join within the challenge timeline.',
            trl: 4,
            team: 'Helixio Health GmbH, data science team.',
            ip_status: 'none',
            links: [],
            summary_public: false,
          },
        },
      ],
    },
    {
      key: 'cdx-turnaround',
      cluster: 'imago-mol',
      owner: 'clinician-iasi',
      status: 'open',
      deadlineInDays: 21,
      createdDaysAgo: 64,
      endorsedBy: ['clinician-bahlui', 'evaluator-emilia'],
      fields: {
        title: 'Timp de răspuns mai scurt pentru testele companion în cancerul pulmonar',
        summary:
          'Pacienții cu cancer pulmonar fără celule mici așteaptă în medie 24 de zile rezultatele pentru EGFR, ALK, ROS1 și PD-L1 înainte de a începe tratamentul țintit. Căutăm o soluție — test, flux de lucru sau logistică — care să reducă acest interval la cel mult 10 zile lucrătoare, de la biopsie până la raportul integrat.',
        problem_statement:
          'Probele de biopsie sunt trimise în trei laboratoare diferite, unele din afara regiunii, iar rezultatele sosesc separat, pe hârtie sau prin e-mail. Oncologii amână decizia terapeutică până la primirea tuturor rezultatelor, iar o parte dintre pacienți încep chimioterapia înainte de a afla că au o alterare tratabilă. Avem nevoie de o soluție care să testeze în paralel biomarkerii relevanți din materialul tisular limitat sau din plasmă și să furnizeze un raport unic, structurat.',
        clinical_context:
          'Spital clinic județean cu secții de oncologie și pneumologie, aproximativ 450 de cazuri noi de cancer pulmonar pe an; comisie multidisciplinară săptămânală; laborator propriu de anatomie patologică, fără platformă NGS.',
        indication: 'Cancer pulmonar fără celule mici, stadiu avansat sau metastatic, la diagnostic',
        icd10_code: 'C34.9',
        care_pathway_step: 'diagnosis',
        patient_population:
          'Adulți cu cancer pulmonar fără celule mici nou diagnosticat, stadiile IIIB–IV, aproximativ 300 de pacienți pe an.',
        standard_of_care:
          'Imunohistochimie PD-L1 și ALK în laboratorul propriu; EGFR prin PCR într-un laborator extern; ROS1, KRAS G12C și alte alterări doar la cerere, prin trimitere în alt centru.',
        target_outcome:
          'Toți pacienții eligibili primesc un profil molecular complet înainte de începerea primei linii de tratament.',
        outcome_kpi:
          'Mediana timpului de la biopsie la raportul molecular complet ≤ 10 zile lucrătoare; ≥ 95 % dintre pacienți testați pentru toate țintele recomandate de ghidurile ESMO; rata probelor neinterpretabile < 10 %.',
        regulation: 'ivdr',
        device_class: 'C',
        ce_marking_required: true,
        data_on_offer: 'synthetic',
        involves_patient_data: true,
        integration_needs:
          'Raport structurat (PDF și HL7 FHIR) în sistemul informatic al spitalului; trasabilitatea probelor prin coduri de bare; găzduirea datelor exclusiv în UE.',
        trl_min: 6,
        trl_max: 9,
        reward_kind: 'pilot',
        reward_details:
          'Pilot de 9 luni în cadrul programului MEDIC-NEST, cu finanțarea consumabilelor pentru până la 150 de pacienți și sprijin pentru evaluarea economică în vederea decontării.',
        language: 'ro',
        visibility: 'public',
        share_feedback: false,
        tags: ['companion-diagnostics', 'biomarkers', 'oncology', 'liquid-biopsy'],
      },
      questions: [
        {
          author: 'solver-carpatica',
          body: 'Acceptați și o soluție bazată pe biopsie lichidă ca test inițial, cu materialul tisular folosit doar pentru confirmare?',
          answer:
            'Da, dacă sensibilitatea pentru EGFR și pentru fuziuni este documentată și există un algoritm clar pentru rezultatele negative din plasmă.',
        },
        {
          author: 'solver-vantaris',
          body: 'Is there a sequencing platform already installed in the region that a solution should build on, or is instrument placement part of the offer?',
        },
      ],
      solutions: [
        {
          key: 'cdx-carpatica',
          submitter: 'solver-carpatica',
          status: 'submitted',
          submittedDaysAgo: 11,
          fields: {
            title: 'Plasma-first NGS with a single integrated molecular report',
            summary:
              'Plasma NGS at diagnosis in parallel with tissue PD-L1, sequenced at a partner lab in Iași, with a bioinformatics pipeline that merges all results into one structured report for the tumour board.',
            approach:
              'Blood is drawn at the bronchoscopy visit and shipped the same day to a regional partner lab that runs a CE-IVD 52-gene plasma panel. Our pipeline merges plasma results with local PD-L1 and ALK immunohistochemistry and produces a PDF plus FHIR report. Tissue NGS is triggered automatically only when the plasma result is negative. We estimate a median of 7 working days to the integrated report.',
            trl: 7,
            team: 'Carpatica Bioinformatics SRL with a regional accredited molecular pathology laboratory as subcontractor.',
            ip_status: 'trade_secret',
            links: ['https://carpatica.example/lung-cdx'],
            summary_public: true,
          },
        },
        {
          key: 'cdx-copou',
          submitter: 'solver-copou',
          status: 'submitted',
          submittedDaysAgo: 3,
          fields: {
            title: 'Reflex testing protocol and sample-tracking dashboard',
            summary:
              'An organisational solution: pathologist-initiated reflex testing at diagnosis, a shared sample-tracking dashboard across the three labs and a weekly turnaround review.',
            approach:
              'We map the current sample journey, introduce reflex testing triggered by the pathologist at the time of histological diagnosis and give all labs access to a simple barcode-based tracking dashboard. Delays are reviewed weekly. This requires no new assay and can start within one month; a plasma test can be added later.',
            trl: 6,
            team: 'Department of Pathology and Health Services Research group, Universitatea de Științe Medicale Copou.',
            ip_status: 'none',
            links: [],
            summary_public: false,
          },
        },
      ],
    },
    {
      key: 'amr-stewardship',
      cluster: 'clust-er-health',
      owner: 'clinician-emilia',
      status: 'open',
      deadlineInDays: 45,
      createdDaysAgo: 38,
      endorsedBy: ['clinician-iasi'],
      fields: {
        title: 'Stewardship antimicrobica guidata dai dati microbiologici in tempo reale',
        summary:
          'Cerchiamo uno strumento che unisca risultati microbiologici, prescrizioni di antibiotici e dati clinici per suggerire de-escalation e durata ottimale della terapia nei reparti di medicina interna e chirurgia, riducendo l’uso di antibiotici ad ampio spettro senza peggiorare gli esiti.',
        problem_statement:
          'Nel nostro ospedale il consumo di carbapenemi e di piperacillina-tazobactam è superiore alla media regionale e le resistenze di Klebsiella pneumoniae sono in aumento. Il team di stewardship, composto da un infettivologo e un farmacista, riesce a rivedere solo una piccola parte delle prescrizioni. Serve un sistema che individui automaticamente i pazienti in cui la terapia può essere ridotta o sospesa e presenti al team una lista di lavoro con priorità.',
        clinical_context:
          'Ospedale policlinico di circa 900 posti letto; laboratorio di microbiologia con MALDI-TOF e antibiogrammi automatizzati; prescrizione informatizzata in tutti i reparti di degenza.',
        indication: 'Pazienti ricoverati in terapia antibiotica empirica o mirata ad ampio spettro',
        icd10_code: null,
        care_pathway_step: 'treatment',
        patient_population:
          'Adulti ricoverati in medicina interna, chirurgia generale e ortopedia con almeno una prescrizione di antibiotico sistemico; circa 7.000 ricoveri all’anno.',
        standard_of_care:
          'Revisione a campione da parte del team di stewardship; linee guida locali in PDF; nessun avviso automatico su durata della terapia o de-escalation.',
        target_outcome:
          'Riduzione dell’uso di antibiotici ad ampio spettro e delle giornate di terapia non necessarie, a parità di sicurezza clinica.',
        outcome_kpi:
          'Riduzione ≥ 15 % dei giorni di terapia (DOT) per 1.000 giornate di degenza per carbapenemi e piperacillina-tazobactam entro 12 mesi; nessun aumento della mortalità a 30 giorni né delle riammissioni.',
        regulation: 'mdr',
        device_class: 'IIa',
        ce_marking_required: true,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'Interfaccia HL7 con il sistema di laboratorio di microbiologia e con la prescrizione informatizzata; autenticazione tramite l’identity provider aziendale; dati ospitati in Italia o nell’UE.',
        trl_min: 5,
        trl_max: 8,
        reward_kind: 'pilot',
        reward_details:
          'Progetto pilota di 12 mesi in tre reparti nell’ambito di InnoMed Catalyst, con un contributo fino a 80.000 euro. L’ospedale chiede diritti di utilizzo esclusivo in ambito regionale per 24 mesi sugli sviluppi finanziati.',
        language: 'it',
        visibility: 'network',
        share_feedback: true,
        tags: ['infectious-diseases', 'antimicrobial-stewardship', 'digital-medicine', 'ai'],
      },
      questions: [
        {
          author: 'solver-sentinella',
          body: 'I dati pseudonimizzati includono anche parametri vitali ed esami di laboratorio non microbiologici?',
          answer:
            'Sì: parametri vitali, emocromo, PCR, procalcitonina e creatinina, con date traslate in modo coerente per ogni ricovero.',
        },
      ],
      solutions: [
        {
          key: 'amr-sentinella',
          submitter: 'solver-sentinella',
          status: 'submitted',
          submittedDaysAgo: 8,
          fields: {
            title: 'Lista di lavoro intelligente per il team di stewardship',
            summary:
              'Un modulo che ogni mattina ordina i pazienti in terapia ad ampio spettro secondo la probabilità che la terapia possa essere ridotta o sospesa, spiegando il motivo di ogni suggerimento.',
            approach:
              'Il modello combina antibiogramma, andamento di PCR e procalcitonina, parametri vitali e giorni di terapia. I suggerimenti seguono regole esplicite derivate dalle linee guida locali, mentre un modello statistico stima la priorità. Il team di stewardship conferma o rifiuta ogni suggerimento con un clic e il feedback serve a ricalibrare le soglie ogni trimestre.',
            trl: 6,
            team: 'Sentinella AI S.r.l., Bologna: due data scientist, un ingegnere clinico, un infettivologo consulente.',
            ip_status: 'trade_secret',
            links: ['https://sentinella.example/stewardship'],
            summary_public: true,
          },
        },
        {
          key: 'amr-appennino',
          submitter: 'solver-genomica',
          status: 'withdrawn',
          submittedDaysAgo: 15,
          fields: {
            title: 'Rapid genomic resistance profiling to guide de-escalation',
            summary:
              'Nanopore sequencing of positive blood cultures to detect resistance genes within hours and support early de-escalation.',
            approach:
              'Withdrawn: the regional exclusivity clause is incompatible with our institute’s licensing rules. The approach combined same-day sequencing of positive blood cultures with a resistance-gene report for the stewardship team.',
            trl: 5,
            team: 'Istituto di Genomica Traslazionale Appennino, microbial genomics unit.',
            ip_status: 'patent_filed',
            links: [],
            summary_public: false,
          },
        },
      ],
    },

    // ── evaluation ───────────────────────────────────────────────────────────────────────
    {
      key: 'ctdna-mrd-crc',
      cluster: 'life-science-nord',
      owner: 'clinician',
      status: 'evaluation',
      deadlineInDays: -12,
      createdDaysAgo: 130,
      endorsedBy: ['clinician-emilia', 'clinician-iasi'],
      evaluators: ['evaluator', 'evaluator-emilia'],
      fields: {
        title: 'ctDNA monitoring of minimal residual disease after colorectal cancer surgery',
        summary:
          'After curative resection of stage II–III colorectal cancer we decide on adjuvant chemotherapy mostly on pathology staging. We seek a ctDNA assay and reporting workflow that detects minimal residual disease within four weeks of surgery and supports serial surveillance, with a turnaround that fits our weekly tumour board.',
        problem_statement:
          'Many stage III patients receive oxaliplatin-based chemotherapy they may not need, while some stage II patients relapse without ever having been offered it. Circulating tumour DNA detected after surgery is a strong predictor of recurrence, but commercial assays are sent abroad, take three to five weeks and are not reimbursed. We need an assay and workflow that runs in or near our region, reports within ten working days of the blood draw and feeds directly into tumour-board decisions.',
        clinical_context:
          'Certified colorectal cancer centre with about 260 resections per year and a weekly interdisciplinary tumour board; tumour tissue is archived as FFPE blocks in the in-house pathology department.',
        indication: 'Stage II–III colorectal adenocarcinoma after curative-intent resection',
        icd10_code: 'C18.9',
        care_pathway_step: 'monitoring',
        patient_population:
          'Adults after R0 resection of stage II–III colon or rectal cancer; about 180 eligible patients per year at our centre.',
        standard_of_care:
          'Adjuvant decision based on TNM stage and clinical risk factors; surveillance with CEA every three to six months and CT of thorax and abdomen every six to twelve months for five years.',
        target_outcome:
          'Reliable post-operative detection of residual disease to de-escalate adjuvant therapy in ctDNA-negative patients and intensify follow-up in ctDNA-positive ones.',
        outcome_kpi:
          'Report turnaround ≤ 10 working days from blood draw for ≥ 90 % of samples; limit of detection ≤ 0.01 % variant allele frequency; ≥ 85 % concordance with 24-month recurrence status on the retrospective cohort.',
        regulation: 'ivdr',
        device_class: 'C',
        ce_marking_required: true,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'Sample logistics from FFPE blocks and cell-free DNA blood tubes; structured report (PDF plus FHIR DiagnosticReport) into the tumour-board software; processing of sequencing data in the EU only.',
        trl_min: 5,
        trl_max: 7,
        reward_kind: 'co_development',
        reward_details:
          'Co-development of a prospective validation study with access to a pseudonymised retrospective cohort of 150 patients with matched tissue and plasma under a data-access agreement, and a joint application to a national funding call.',
        language: 'en',
        visibility: 'public',
        share_feedback: true,
        tags: ['liquid-biopsy', 'biomarkers', 'oncology', 'multi-omics', 'companion-diagnostics'],
      },
      questions: [
        {
          author: 'solver-genomica',
          body: 'Is a tumour-informed assay required, or would a tumour-agnostic methylation assay also be considered?',
          answer:
            'Both are welcome. Tumour-agnostic approaches need to show comparable sensitivity in the early post-operative window, which is where we have seen them struggle so far.',
        },
        {
          author: 'solver',
          body: 'How many FFPE sections can be provided per patient in the retrospective cohort?',
          answer:
            'Typically ten 5-µm sections plus an H&E slide with the tumour area marked; fewer for some older blocks.',
        },
      ],
      solutions: [
        {
          key: 'ctdna-helixio',
          submitter: 'solver',
          status: 'submitted',
          submittedDaysAgo: 19,
          fields: {
            title: 'MRDtrack: bespoke tumour-informed ctDNA panel sequenced in Hamburg',
            summary:
              'Whole-exome sequencing of the tumour selects 16 patient-specific variants; a bespoke multiplex PCR panel then tracks them in plasma with error-corrected sequencing in our Hamburg lab, with a report in eight working days.',
            approach:
              'Tumour and germline exomes are sequenced from FFPE and buffy coat; our variant selection algorithm picks 16 clonal, high-confidence variants avoiding CHIP genes. Panels are synthesised within five days and reused for all surveillance time points. Plasma libraries use unique molecular identifiers and duplex consensus calling. Validation on 60 pseudonymised samples from another centre showed a limit of detection of 0.008 % VAF. Reports are delivered as PDF and FHIR DiagnosticReport.',
            trl: 6,
            team: 'Helixio Health GmbH: molecular biologists, bioinformaticians and a QA/RA manager; laboratory accreditation under ISO 15189 in progress.',
            ip_status: 'patent_filed',
            links: ['https://helixio.example/mrdtrack', 'https://preprints.example/mrdtrack-validation'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(5, 4, 4, 4, 4, 3),
              comment:
                'Convincing analytical data and a realistic turnaround. The business case depends on reimbursement that is not yet in sight.',
            },
            {
              evaluator: 'evaluator-emilia',
              scores: scores(4, 4, 4, 4, 3, 4),
              comment: 'Strong team; ISO 15189 accreditation should be completed before the prospective phase.',
            },
          ],
        },
        {
          key: 'ctdna-appennino',
          submitter: 'solver-genomica',
          status: 'submitted',
          submittedDaysAgo: 15,
          fields: {
            title: 'Fragmentomics-enhanced tumour-informed MRD assay',
            summary:
              'A tumour-informed variant panel combined with genome-wide cell-free DNA fragmentation patterns, designed to raise sensitivity in the first weeks after surgery when ctDNA levels are lowest.',
            approach:
              'We add low-pass whole-genome sequencing of plasma to a tumour-informed panel and combine variant evidence with fragment-size and end-motif features in a single probabilistic score. In a retrospective Italian cohort the combination detected residual disease in 12 % more patients who later relapsed than the panel alone. For this challenge we would transfer the wet-lab protocol to a partner lab in northern Germany.',
            trl: 5,
            team: 'Istituto di Genomica Traslazionale Appennino: liquid-biopsy group (6 people) with a clinical partner in colorectal surgery.',
            ip_status: 'patent_filed',
            links: ['https://istituto-appennino.example/fragmentomics'],
            summary_public: false,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(4, 3, 5, 3, 3, 3),
              comment: 'Most innovative approach; the lab transfer adds risk to the timeline.',
            },
            {
              evaluator: 'evaluator-emilia',
              scores: scores(5, 3, 5, 3, 3, 3),
            },
          ],
        },
        {
          key: 'ctdna-vantaris',
          submitter: 'solver-vantaris',
          status: 'submitted',
          submittedDaysAgo: 14,
          conflicts: ['evaluator'],
          fields: {
            title: 'Kit-based personalised MRD workflow for hospital molecular labs',
            summary:
              'A CE-IVD kit and cloud design service that let the hospital’s own molecular lab build patient-specific panels and run MRD testing in-house on an installed benchtop sequencer.',
            approach:
              'The hospital sends tumour sequencing data to our design service and receives a patient-specific primer pool within four days. All wet-lab steps run in the hospital lab using our validated kit and an automated analysis app. We provide training, proficiency testing and remote support. The kit carries CE-IVD marking for research use in the current version; an IVDR class C submission is planned for next year.',
            trl: 7,
            team: 'Vantaris Diagnostics AG: product management, application specialists and regulatory affairs.',
            ip_status: 'patent_granted',
            links: ['https://vantaris.example/mrd-kit'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator-emilia',
              scores: scores(4, 5, 3, 5, 4, 4),
              comment: 'Most mature option and keeps testing in-house; less novel than the others.',
            },
          ],
        },
        {
          key: 'ctdna-carpatica',
          submitter: 'solver-carpatica',
          status: 'submitted',
          submittedDaysAgo: 13,
          fields: {
            title: 'Cloud pipeline for ultra-low-frequency variant calling',
            summary:
              'An open-source bioinformatics pipeline for error-corrected ctDNA variant calling that any sequencing lab can deploy in an EU cloud, with audit trails suited for IVDR documentation.',
            approach:
              'We provide the analysis side only: UMI-aware alignment, duplex consensus and a background error model trained per sequencing run. A wet-lab partner still has to be selected. The pipeline is containerised and comes with a validation report template.',
            trl: 5,
            team: 'Carpatica Bioinformatics SRL, Iași: four bioinformaticians.',
            ip_status: 'open_source',
            links: ['https://code.carpatica.example/mrd-pipeline', 'https://share.carpatica.example/mrd-validation'],
            summary_public: false,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(3, 2, 3, 3, 2, 2),
              comment: 'Solid pipeline, but without a laboratory partner it does not answer the turnaround problem.',
            },
            {
              evaluator: 'evaluator-emilia',
              scores: scores(3, 3, 3, 3, 3, 2),
            },
          ],
        },
      ],
    },
    {
      key: 'chest-ct-nodules',
      cluster: 'medizin-nrw',
      owner: 'clinician-ruhr',
      status: 'evaluation',
      deadlineInDays: -8,
      createdDaysAgo: 110,
      endorsedBy: ['clinician', 'clinician-emilia', 'clinician-bahlui'],
      evaluators: ['evaluator', 'clinician'],
      fields: {
        title: 'AI triage of incidental pulmonary nodules on routine chest CT',
        summary:
          'Incidental lung nodules on CT scans done for other reasons are often reported but never followed up. We want an AI-supported workflow that detects and measures nodules on every CT that covers the lungs, applies the Fleischner recommendations and makes sure each patient reaches the right follow-up.',
        problem_statement:
          'In a retrospective audit of our department, about one in three incidental nodules that required follow-up under Fleischner criteria never received it, mostly because the finding was buried in a report for an unrelated question such as trauma, cardiac CT or staging of another cancer. Radiologists do not have time to measure every nodule on every scan, and referring physicians often do not own the follow-up. We are looking for reliable detection combined with a closed-loop tracking workflow.',
        clinical_context:
          'Specialised heart and lung centre with about 38,000 CT examinations a year, roughly 60 % of which include the lungs; a nodule navigator nurse position is funded from next year.',
        indication: 'Incidental solid and sub-solid pulmonary nodules on CT',
        icd10_code: 'R91',
        care_pathway_step: 'diagnosis',
        patient_population:
          'Adults undergoing any CT that covers the lungs, excluding dedicated lung-cancer screening scans, which run in a separate programme.',
        standard_of_care:
          'Free-text radiology report with a follow-up recommendation; no central tracking; reminders depend on the referring physician.',
        target_outcome:
          'Every clinically relevant incidental nodule is detected, measured consistently and tracked until the recommended follow-up has happened or has been consciously declined.',
        outcome_kpi:
          'Follow-up completion for nodules meeting Fleischner criteria rises from 64 % to ≥ 90 %; per-nodule sensitivity ≥ 90 % at ≤ 1 false positive per scan on our test set; no increase in median reporting time.',
        regulation: 'mdr',
        device_class: 'IIa',
        ce_marking_required: true,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'DICOM from PACS, results as DICOM SR and structured report fragments, HL7 v2 messages to the RIS, and a worklist for the nodule navigator nurse.',
        trl_min: 6,
        trl_max: 8,
        reward_kind: 'pilot',
        reward_details:
          'Twelve-month pilot across two CT sites with a paid licence for the pilot period; a procurement procedure is planned if the KPI is met.',
        language: 'en',
        visibility: 'public',
        share_feedback: false,
        // Reviewed blind: the demo evaluator scores it without seeing who submitted what.
        blind_review: true,
        tags: ['imaging', 'ai', 'digital-medicine', 'oncology', 'medtech'],
        criteria: [
          { key: 'detection_performance', label: 'Detection performance', weight: 35 },
          { key: 'workflow_integration', label: 'PACS/RIS workflow integration', weight: 25 },
          { key: 'explainability', label: 'Explainability for radiologists', weight: 15 },
          { key: 'regulatory_maturity', label: 'Regulatory maturity', weight: 15 },
          { key: 'cost_per_study', label: 'Cost per study', weight: 10 },
        ],
      },
      questions: [
        {
          author: 'solver-sentinella',
          body: 'Is the test set annotated at nodule level with volumetry, or only with report-level labels?',
          answer:
            'Nodule level: diameter and volume measured by two thoracic radiologists with consensus reading for disagreements; 1,200 studies in total.',
        },
        {
          author: 'solver-vantaris',
          body: 'Would you accept a solution in which the follow-up tracking is run by our service team rather than by hospital staff?',
          answer:
            'Only if all communication with patients stays with the hospital. A managed service for the technical side is fine.',
        },
      ],
      solutions: [
        {
          key: 'ct-sentinella',
          submitter: 'solver-sentinella',
          status: 'submitted',
          submittedDaysAgo: 16,
          fields: {
            title: 'NoduloTrack: detection, Fleischner logic and follow-up registry',
            summary:
              'A CE-marked nodule detection model combined with a follow-up registry that computes the Fleischner recommendation, creates a task for the navigator nurse and escalates when a follow-up scan is overdue.',
            approach:
              'Detection runs on every incoming chest-containing CT series and returns DICOM SR with nodule location, type and volume. A rules engine applies Fleischner 2017 criteria using age and risk factors entered by the radiologist. Each actionable finding creates a registry entry; the navigator nurse sees due dates and sends letters from the hospital system. Sensitivity on an external German test set was 93 % at 0.8 false positives per scan.',
            trl: 7,
            team: 'Sentinella AI S.r.l.: imaging AI team of seven, two radiologists as clinical advisors, notified-body experience from a previous class IIa product.',
            ip_status: 'patent_filed',
            links: ['https://sentinella.example/nodulotrack'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: noduleScores(5, 4, 4, 4, 3),
              comment: 'Closes the loop end to end; the registry is exactly what we asked for.',
            },
            {
              evaluator: 'clinician',
              scores: noduleScores(4, 5, 4, 4, 3),
              comment: 'Good RIS integration plan. Pricing per study is on the high side.',
            },
          ],
        },
        {
          key: 'ct-helixio',
          submitter: 'solver',
          status: 'submitted',
          submittedDaysAgo: 10,
          fields: {
            title: 'Report mining plus targeted AI re-read for missed follow-ups',
            summary:
              'A language model scans finalised radiology reports for nodule mentions without a tracked follow-up, and an AI re-read confirms and measures the nodule before the case is added to a follow-up list.',
            approach:
              'Instead of running detection on every scan, we start from the reports: a German-language clinical NLP model flags reports that mention nodules or indeterminate opacities. Flagged studies are re-read by a third-party CE-marked detection model for measurement. This keeps compute costs low and covers historical scans back to 2021.',
            trl: 6,
            team: 'Helixio Health GmbH: NLP engineers and a radiology consultant.',
            ip_status: 'trade_secret',
            links: ['https://helixio.example/report-mining'],
            summary_public: false,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: noduleScores(3, 4, 3, 3, 5),
              comment: 'Clever and cheap; misses nodules that were never mentioned in the report.',
            },
            {
              evaluator: 'clinician',
              scores: noduleScores(3, 4, 4, 3, 5),
            },
          ],
        },
        {
          key: 'ct-vantaris',
          submitter: 'solver-vantaris',
          status: 'submitted',
          submittedDaysAgo: 12,
          fields: {
            title: 'CE-marked lung nodule CAD integrated in the PACS viewer',
            summary:
              'Our class IIa lung CAD, already deployed in more than 100 European sites, with a new follow-up tracking add-on developed for this challenge.',
            approach:
              'The CAD runs on a local inference server and shows results directly in the PACS viewer. The new tracking add-on exports actionable findings to the RIS as HL7 orders. The add-on itself would be released under the existing CE certificate after a significant-change assessment.',
            trl: 8,
            team: 'Vantaris Diagnostics AG, imaging division.',
            ip_status: 'patent_granted',
            links: ['https://vantaris.example/lung-cad'],
            summary_public: false,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: noduleScores(4, 3, 3, 5, 2),
            },
            {
              evaluator: 'clinician',
              scores: noduleScores(4, 3, 2, 5, 2),
              comment: 'Mature detection, but the tracking add-on is not yet validated.',
            },
          ],
        },
        {
          key: 'ct-copou',
          submitter: 'solver-copou',
          status: 'submitted',
          submittedDaysAgo: 9,
          fields: {
            title: 'Open nodule detection model fine-tuned on local data',
            summary:
              'An open-source nodule detection model trained on public datasets, to be fine-tuned on the pseudonymised local test data and released openly for other hospitals.',
            approach:
              'We would fine-tune an open 3D detection network on part of the pseudonymised data, evaluate it on the rest and publish weights and code. Regulatory work would be needed before clinical use; we propose the pilot as a research study.',
            trl: 4,
            team: 'Medical imaging lab, Universitatea de Științe Medicale Copou.',
            ip_status: 'open_source',
            links: ['https://code.umf-copou.example/nodule-detector'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: noduleScores(3, 2, 4, 1, 4),
              comment: 'Valuable for research; too early for the pilot this challenge offers.',
            },
          ],
        },
      ],
    },

    // ── decided ──────────────────────────────────────────────────────────────────────────
    {
      key: 'sepsis-ews',
      cluster: 'clust-er-health',
      owner: 'clinician-emilia',
      status: 'decided',
      deadlineInDays: -75,
      createdDaysAgo: 210,
      endorsedBy: ['clinician', 'clinician-ruhr', 'clinician-iasi', 'evaluator'],
      evaluators: ['evaluator', 'evaluator-emilia'],
      decisionNote:
        'Sentinella AI wins: its model had the best alert precision on our validation extract and a realistic plan for nurse-facing integration; a nine-month pilot starts on four medical wards. Helixio is shortlisted as reserve and invited to discuss a paediatric adaptation.',
      fields: {
        title: 'Early warning of sepsis on general wards from routine EHR data',
        summary:
          'Sepsis on general wards is often recognised late because vital signs and lab values are charted but not interpreted together. We seek an early-warning tool that uses routine EHR data to flag deteriorating patients hours earlier than today, without flooding nurses with false alarms.',
        problem_statement:
          'Our wards use a paper-based early warning score that is calculated inconsistently and ignores lab trends. Case reviews show that in most in-hospital sepsis cases the warning signs were present six to twelve hours before escalation. Commercial sepsis models we tested produced so many alerts that staff stopped reacting to them. We need a well-calibrated model, validated on our own data, with an alert pathway designed together with the nursing staff.',
        clinical_context:
          'Policlinic hospital with about 900 beds; vital signs are charted electronically on all general wards; rapid response team available around the clock.',
        indication: 'Sepsis and septic shock developing during hospital stay',
        icd10_code: 'A41.9',
        care_pathway_step: 'diagnosis',
        patient_population:
          'Adults admitted to medical and surgical general wards, excluding intensive care; about 35,000 admissions per year.',
        standard_of_care:
          'Paper-based NEWS2 calculated by nurses twice daily; escalation to the rapid response team at a score of 7 or above; sepsis bundle per regional protocol.',
        target_outcome:
          'Earlier recognition and treatment of sepsis on general wards with an alert burden the nursing staff accepts.',
        outcome_kpi:
          'Median time from first sepsis criteria to antibiotics reduced by ≥ 2 hours; positive predictive value of alerts ≥ 20 %; ≤ 1 alert per 10 patient-days.',
        regulation: 'mdr',
        device_class: 'IIb',
        ce_marking_required: true,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'Real-time HL7 feed of vital signs and lab results; alerts in the nursing worklist and on ward phones; audit of every alert and response.',
        trl_min: 6,
        trl_max: 9,
        reward_kind: 'pilot',
        reward_details:
          'Nine-month pilot on four medical wards funded by InnoMed Catalyst (up to EUR 90,000), with a joint evaluation against matched control wards.',
        language: 'en',
        visibility: 'public',
        share_feedback: true,
        tags: ['infectious-diseases', 'ai', 'digital-medicine', 'early-warning'],
      },
      questions: [
        {
          author: 'solver',
          body: 'Are nursing notes available in the pseudonymised extract, or only structured data?',
          answer:
            'Only structured data: vital signs, lab values, medication administrations and transfers. Free text is excluded because it cannot be reliably de-identified.',
        },
      ],
      solutions: [
        {
          key: 'sepsis-sentinella',
          submitter: 'solver-sentinella',
          status: 'winner',
          submittedDaysAgo: 82,
          fields: {
            title: 'Calibrated ward deterioration model with nurse-designed alerting',
            summary:
              'A gradient-boosted model on vital-sign and lab trends, recalibrated on the hospital’s own data, with a two-tier alert (silent watchlist, then escalation) co-designed with ward nurses.',
            approach:
              'The model updates a risk score every time a vital sign or lab value is charted. Tier 1 adds the patient to a silent watchlist visible to the ward nurse; tier 2 pages the rapid response team only when the risk persists or rises. On the pseudonymised extract, tier 2 alerts had a positive predictive value of 27 % at 0.7 alerts per 10 patient-days and preceded antibiotic start by a median of 4.5 hours.',
            trl: 7,
            team: 'Sentinella AI S.r.l.: clinical AI team, a nurse informatician and an intensivist advisor.',
            ip_status: 'trade_secret',
            links: ['https://sentinella.example/sepsis'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(5, 4, 4, 5, 4, 4),
              comment: 'Best calibration and a convincing alert design.',
            },
            {
              evaluator: 'evaluator-emilia',
              scores: scores(5, 5, 4, 4, 4, 4),
            },
          ],
        },
        {
          key: 'sepsis-helixio',
          submitter: 'solver',
          status: 'shortlisted',
          submittedDaysAgo: 80,
          fields: {
            title: 'Interpretable sepsis risk score based on lab trajectories',
            summary:
              'A transparent additive risk score built from lab value trajectories and vital signs, shown to clinicians with the contribution of each factor.',
            approach:
              'We fit a generalised additive model so that every contribution can be shown as a simple curve. The score is computed in the hospital’s integration engine with no external dependency. Performance on the extract was slightly below black-box models but explanations were rated highly by clinicians in a usability session.',
            trl: 6,
            team: 'Helixio Health GmbH: data science and clinical informatics.',
            ip_status: 'none',
            links: ['https://helixio.example/sepsis-gam'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(4, 4, 3, 4, 4, 3),
            },
            {
              evaluator: 'evaluator-emilia',
              scores: scores(4, 4, 4, 4, 3, 3),
              comment: 'Very transparent; alert precision needs work.',
            },
          ],
        },
        {
          key: 'sepsis-carpatica',
          submitter: 'solver-carpatica',
          status: 'not_selected',
          submittedDaysAgo: 77,
          fields: {
            title: 'Deep learning on high-frequency vital signs',
            summary:
              'A recurrent neural network trained on continuous vital-sign streams to predict sepsis six hours ahead.',
            approach:
              'The approach requires continuous monitoring data at one-minute resolution, which general wards do not currently record. We proposed wearable sensors for the pilot wards as a prerequisite.',
            trl: 4,
            team: 'Carpatica Bioinformatics SRL.',
            ip_status: 'none',
            links: [],
            summary_public: false,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(3, 2, 4, 2, 2, 2),
            },
            {
              evaluator: 'evaluator-emilia',
              scores: scores(3, 2, 4, 2, 2, 3),
              comment: 'Depends on data the wards do not have today.',
            },
          ],
        },
      ],
    },
    {
      key: 'tavi-remote-monitoring',
      cluster: 'medizin-nrw',
      owner: 'clinician-ruhr',
      status: 'decided',
      deadlineInDays: -48,
      createdDaysAgo: 170,
      endorsedBy: ['clinician', 'evaluator-emilia'],
      evaluators: ['evaluator', 'clinician'],
      decisionNote:
        'Den Zuschlag erhält Vantaris Diagnostics: Das Patch-System war technisch am ausgereiftesten und lässt sich direkt an unser Telemedizinzentrum anbinden. Sentinella AI steht auf der Shortlist; wir prüfen eine gemeinsame Erweiterung um die Herzinsuffizienz-Erkennung.',
      fields: {
        title: 'Telemonitoring nach kathetergestütztem Aortenklappenersatz (TAVI)',
        summary:
          'Nach einer TAVI werden Patientinnen und Patienten meist nach wenigen Tagen entlassen. Wir suchen eine Lösung zur Fernüberwachung in den ersten 30 Tagen, die neu aufgetretene Leitungsstörungen und Zeichen einer Herzinsuffizienz früh erkennt und unnötige Wiederaufnahmen vermeidet.',
        problem_statement:
          'Ein relevanter Teil der TAVI-Patienten entwickelt nach der Entlassung höhergradige AV-Blockierungen, die eine Schrittmacherimplantation erfordern; manche werden erst nach einer Synkope in der Notaufnahme erkannt. Gleichzeitig bleiben Patienten mit unkompliziertem Verlauf aus Vorsicht länger stationär. Wir benötigen ein tragbares EKG- oder Patch-basiertes Monitoring mit klarer Alarmierungslogik, das an unser Telemedizinzentrum angebunden werden kann.',
        clinical_context:
          'Herz- und Lungenzentrum mit etwa 420 TAVI-Prozeduren pro Jahr; ein rund um die Uhr besetztes telemedizinisches Zentrum für Herzinsuffizienz ist vorhanden.',
        indication: 'Aortenklappenstenose nach transfemoraler TAVI',
        icd10_code: 'I35.0',
        care_pathway_step: 'monitoring',
        patient_population:
          'Erwachsene nach elektiver transfemoraler TAVI ohne vorbestehenden Schrittmacher, überwiegend älter als 75 Jahre.',
        standard_of_care:
          'Entlassung nach drei bis fünf Tagen, Langzeit-EKG nur bei Risikokonstellation, Kontrolle beim niedergelassenen Kardiologen nach vier bis sechs Wochen.',
        target_outcome:
          'Sichere frühe Entlassung mit lückenloser Rhythmusüberwachung in den ersten 30 Tagen nach dem Eingriff.',
        outcome_kpi:
          'Mittlere Verweildauer nach TAVI sinkt um mindestens einen Tag; ≥ 95 % der höhergradigen AV-Blockierungen werden vor einem klinischen Ereignis erkannt; Tragezeit ≥ 20 Stunden pro Tag bei ≥ 85 % der Patienten.',
        regulation: 'mdr',
        device_class: 'IIa',
        ce_marking_required: true,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'Anbindung an die Telemedizin-Plattform des Zentrums über HL7 FHIR, Alarmweiterleitung an die Rufbereitschaft, Datenhaltung in Deutschland.',
        trl_min: 6,
        trl_max: 9,
        reward_kind: 'pilot',
        reward_details:
          'Bezahlter Pilot mit 150 Patientinnen und Patienten über zwölf Monate; gemeinsame Auswertung und Publikation der Ergebnisse.',
        language: 'de',
        visibility: 'public',
        share_feedback: true,
        tags: ['cardiology', 'medtech', 'digital-medicine', 'remote-monitoring'],
      },
      questions: [
        {
          author: 'solver-sentinella',
          body: 'Können die Patches auch von Angehörigen gewechselt werden, oder ist ein Pflegedienst vorgesehen?',
          answer:
            'Der Wechsel soll durch die Patienten oder Angehörige möglich sein; eine Anleitung beim Entlassgespräch ist eingeplant.',
        },
      ],
      solutions: [
        {
          key: 'tavi-vantaris',
          submitter: 'solver-vantaris',
          status: 'winner',
          submittedDaysAgo: 55,
          fields: {
            title: 'CardioPatch 30: 30-day ECG patch with telemedicine gateway',
            summary:
              'A CE-marked single-lead ECG patch worn for up to 30 days, transmitting via a home gateway to the telemedicine centre, with automatic detection of AV block, pauses and atrial fibrillation.',
            approach:
              'Patients receive two seven-day patches and a gateway at discharge. Arrhythmia detection runs on the gateway and in our cloud (hosted in Frankfurt); confirmed events are pushed to the telemedicine platform as FHIR Observations with ECG strips. High-grade AV block triggers an immediate call from the centre. We already run a similar service for post-ablation monitoring.',
            trl: 8,
            team: 'Vantaris Diagnostics AG, cardiology business unit, with a 24/7 technical support desk.',
            ip_status: 'patent_granted',
            links: ['https://vantaris.example/cardiopatch'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(5, 5, 3, 5, 5, 4),
            },
            {
              evaluator: 'clinician',
              scores: scores(5, 4, 3, 5, 5, 4),
              comment: 'Ready to use; strongest regulatory position.',
            },
          ],
        },
        {
          key: 'tavi-sentinella',
          submitter: 'solver-sentinella',
          status: 'shortlisted',
          submittedDaysAgo: 52,
          fields: {
            title: 'Smartwatch-based rhythm and activity monitoring after TAVI',
            summary:
              'Consumer smartwatches with on-demand ECG combined with an AI model that detects conduction disturbances and early heart-failure signs from heart rate, activity and weight.',
            approach:
              'Patients wear a smartwatch and use a connected scale. Our model flags bradycardia, pauses and declining activity as a heart-failure proxy. The watch ECG is recorded on demand and at fixed times. Detection of intermittent AV block is less complete than with a continuous patch, which we address with twice-daily recordings.',
            trl: 6,
            team: 'Sentinella AI S.r.l. with a cardiology partner in Emilia-Romagna.',
            ip_status: 'trade_secret',
            links: ['https://sentinella.example/tavi'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(4, 4, 5, 3, 3, 4),
            },
            {
              evaluator: 'clinician',
              scores: scores(3, 4, 5, 3, 3, 4),
              comment: 'Interesting for heart failure, weaker for conduction disturbances.',
            },
          ],
        },
        {
          key: 'tavi-helixio',
          submitter: 'solver',
          status: 'not_selected',
          submittedDaysAgo: 50,
          fields: {
            title: 'Nachsorge-App mit strukturierter Symptomabfrage',
            summary:
              'Eine App für Patientinnen und Patienten mit täglicher Symptomabfrage, Blutdruck- und Pulserfassung und einem Ampelsystem für das Telemedizinzentrum.',
            approach:
              'Die App fragt täglich Schwindel, Synkopen, Luftnot und Ödeme ab und übernimmt Werte von Blutdruckmessgeräten per Bluetooth. Auffällige Verläufe erscheinen im Telemedizinzentrum als gelbe oder rote Fälle. Ein kontinuierliches EKG ist nicht Teil der Lösung.',
            trl: 6,
            team: 'Helixio Health GmbH, Team Digitale Nachsorge.',
            ip_status: 'none',
            links: [],
            summary_public: false,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: scores(2, 4, 2, 4, 3, 3),
            },
            {
              evaluator: 'clinician',
              scores: scores(2, 4, 2, 4, 3, 2),
              comment: 'Ohne Rhythmusüberwachung wird das Hauptproblem nicht adressiert.',
            },
          ],
        },
      ],
    },

    // ── archived ─────────────────────────────────────────────────────────────────────────
    {
      key: 'exome-reanalysis',
      cluster: 'imago-mol',
      owner: 'clinician-iasi',
      status: 'archived',
      deadlineInDays: -260,
      createdDaysAgo: 380,
      endorsedBy: ['clinician-bahlui', 'evaluator'],
      evaluators: ['evaluator', 'evaluator-emilia'],
      decisionNote:
        'The Copou team won with a reanalysis workflow that found new diagnoses in the pilot batch and can be run by our own geneticists. The challenge is archived after the pilot ended.',
      fields: {
        title: 'Systematic reanalysis of unsolved exomes in rare-disease patients',
        summary:
          'More than 600 exomes of children with suspected genetic disorders remain unsolved at our hospital. New gene–disease associations are published every month, but nobody has time to reanalyse old data. We seek an automated, periodic reanalysis workflow that surfaces newly interpretable variants to our clinical geneticists.',
        problem_statement:
          'Exome sequencing solves only about a third of rare-disease cases at first analysis, and studies show that reanalysis after one to three years yields additional diagnoses in 10–15 % of unsolved cases. Our genetics team of three cannot manually reanalyse hundreds of files. We need a workflow that re-annotates stored variant files regularly, prioritises candidates against the updated literature and presents a short, reviewable list per patient.',
        clinical_context:
          'Regional medical genetics department serving North-East Romania; exomes are sequenced by external providers and stored as VCF files with phenotypes coded in HPO terms.',
        indication: 'Suspected monogenic disorders in children with a non-diagnostic exome',
        icd10_code: 'Q87.8',
        care_pathway_step: 'diagnosis',
        patient_population:
          'Children and young adults with developmental delay, congenital anomalies or suspected metabolic disorders and an unsolved exome; about 620 cases.',
        standard_of_care:
          'Reanalysis only on clinician request, usually when new symptoms appear; no systematic process.',
        target_outcome: 'Additional molecular diagnoses from existing data without new sequencing.',
        outcome_kpi:
          'Additional diagnostic yield ≥ 8 % in the first reanalysis round; review time per case ≤ 15 minutes for the clinical geneticist.',
        regulation: 'ivdr',
        device_class: 'C',
        ce_marking_required: true,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'Import of VCF and HPO terms; export of candidate lists for the genetics report; processing on hospital infrastructure or an EU cloud under a data-processing agreement.',
        trl_min: 5,
        trl_max: 8,
        reward_kind: 'funding_call',
        reward_details:
          'The winning team joins a MEDIC-NEST funded pilot on 200 pseudonymised cases and the follow-up regional funding call as a partner.',
        language: 'en',
        visibility: 'public',
        share_feedback: true,
        tags: ['rare-diseases', 'genomics', 'bioinformatics', 'paediatrics'],
        criteria: [
          { key: 'diagnostic_yield', label: 'Expected diagnostic yield', weight: 40 },
          { key: 'interpretation_quality', label: 'Variant interpretation quality', weight: 25 },
          { key: 'data_protection', label: 'Data protection and hosting', weight: 20 },
          { key: 'scalability', label: 'Scalability and running costs', weight: 15 },
        ],
      },
      questions: [
        {
          author: 'solver-genomica',
          body: 'Are BAM/CRAM files available, or only VCFs? Copy-number reanalysis would need read-level data.',
          answer: 'Only VCFs for most cases; CRAM files exist for about 150 of the more recent exomes.',
        },
      ],
      solutions: [
        {
          key: 'exome-copou',
          submitter: 'solver-copou',
          status: 'winner',
          submittedDaysAgo: 270,
          fields: {
            title: 'Quarterly automated reanalysis with HPO-driven prioritisation',
            summary:
              'An open pipeline that re-annotates stored VCFs every quarter, ranks variants with phenotype-driven prioritisation against current gene–disease databases and shows only changes since the last round to the geneticist.',
            approach:
              'VCFs are re-annotated with current population and clinical databases, and candidates are ranked by combining phenotype similarity scores with ACMG evidence. The reviewer sees only variants whose classification or ranking changed since the previous round, which keeps review under ten minutes per case. In a test on 50 cases the pipeline surfaced five new likely diagnoses.',
            trl: 6,
            team: 'Bioinformatics unit and Department of Medical Genetics, Universitatea de Științe Medicale Copou.',
            ip_status: 'open_source',
            links: ['https://code.umf-copou.example/exome-reanalysis'],
            summary_public: true,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: exomeScores(5, 4, 4, 4),
              comment: 'Clear focus on reviewer time; good fit for a small team.',
            },
            {
              evaluator: 'evaluator-emilia',
              scores: exomeScores(4, 4, 5, 4),
            },
          ],
        },
        {
          key: 'exome-appennino',
          submitter: 'solver-genomica',
          status: 'not_selected',
          submittedDaysAgo: 268,
          fields: {
            title: 'Reanalysis including copy-number and mitochondrial variants',
            summary:
              'Full reprocessing from raw reads with additional calling of copy-number, repeat-expansion and mitochondrial variants, followed by expert review at our institute.',
            approach:
              'We would realign CRAM files where available and call structural variants, then review candidates in a weekly expert meeting. Cases with VCFs only would receive annotation-based reanalysis. Review happens at the institute, so patient-level data would be transferred to Italy under a data-processing agreement.',
            trl: 6,
            team: 'Istituto di Genomica Traslazionale Appennino, rare-disease genomics group.',
            ip_status: 'none',
            links: ['https://istituto-appennino.example/rare-reanalysis'],
            summary_public: false,
          },
          evaluations: [
            {
              evaluator: 'evaluator',
              scores: exomeScores(4, 5, 3, 2),
            },
            {
              evaluator: 'evaluator-emilia',
              scores: exomeScores(4, 5, 3, 2),
              comment: 'Highest analytical depth, but hard to sustain locally after the pilot.',
            },
          ],
        },
      ],
    },

    // ── in_review ────────────────────────────────────────────────────────────────────────
    {
      key: 'her2-digital-pathology',
      cluster: 'biorn',
      owner: 'evaluator',
      status: 'in_review',
      deadlineInDays: 62,
      createdDaysAgo: 9,
      fields: {
        title: 'Reproducible HER2-low scoring in breast cancer with digital pathology',
        summary:
          'With antibody–drug conjugates approved for HER2-low breast cancer, the distinction between HER2 0 and 1+ now decides treatment, yet it is the least reproducible call in immunohistochemistry. We seek an AI-assisted scoring tool for whole-slide images that makes this call consistent between pathologists.',
        problem_statement:
          'Inter-observer agreement for HER2 0 versus 1+ in our own ring trial was only moderate, and the same slide was scored differently at re-review in about one in five cases. Patients wrongly classified as HER2 0 may miss an effective therapy. We scan all breast biopsies at 40× but have no validated algorithm for HER2 scoring in routine use. We need a tool that quantifies membrane staining, highlights the regions driving the score and fits into our digital sign-out workflow.',
        clinical_context:
          'University institute of pathology with a fully digital workflow for breast pathology; about 1,800 HER2 immunohistochemistry stains per year; participation in external quality assessment schemes.',
        indication: 'Invasive breast carcinoma requiring HER2 status assessment',
        icd10_code: 'C50.9',
        care_pathway_step: 'diagnosis',
        patient_population:
          'Patients with newly diagnosed or recurrent invasive breast cancer in whom HER2 immunohistochemistry is performed.',
        standard_of_care:
          'Manual scoring by a breast pathologist according to ASCO/CAP guidelines; second opinion for equivocal cases; in situ hybridisation for 2+.',
        target_outcome: 'Consistent HER2 0 / 1+ / 2+ / 3+ classification across pathologists and over time.',
        outcome_kpi:
          'Inter-observer agreement (Cohen’s kappa) for HER2 0 versus 1+ improves from 0.55 to ≥ 0.80 on a 300-case ring trial; sign-out time per case not increased.',
        regulation: 'ivdr',
        device_class: 'C',
        ce_marking_required: true,
        data_on_offer: 'pseudonymised',
        involves_patient_data: true,
        integration_needs:
          'Whole-slide images in vendor formats and DICOM WSI; results shown in the existing image management system; on-premises GPU server available.',
        trl_min: 5,
        trl_max: 8,
        reward_kind: 'pilot',
        reward_details:
          'Prospective pilot over six months with a 300-case ring trial, co-authored publication and a CELIS innovation voucher for the solver.',
        language: 'en',
        visibility: 'public',
        share_feedback: false,
        tags: ['digital-pathology', 'ai', 'imaging', 'oncology', 'companion-diagnostics'],
      },
    },

    // ── changes_requested ────────────────────────────────────────────────────────────────
    {
      key: 'stroke-telerehab',
      cluster: 'imago-mol',
      owner: 'clinician-bahlui',
      status: 'changes_requested',
      deadlineInDays: 48,
      createdDaysAgo: 21,
      moderatorNote:
        'Thank you — a valuable need. Before we publish, please (1) make the KPI measurable, e.g. the change in Fugl-Meyer upper-limb score at 12 weeks, (2) say whether patients use their own devices or receive equipment, and (3) describe what the pilot offers the solver. Once updated, submit again and we will review within a week.',
      fields: {
        title: 'Tele-rehabilitation for upper-limb recovery after stroke',
        summary:
          'After discharge from our rehabilitation clinic many stroke survivors in rural North-East Romania cannot travel for outpatient therapy. We look for a home-based tele-rehabilitation solution for arm and hand function that therapists can supervise remotely.',
        problem_statement:
          'Most of our patients live more than 50 km from the clinic, and public transport is limited. Outpatient therapy after discharge is therefore often interrupted, and functional gains made during inpatient rehabilitation are lost. We want patients to continue structured, therapist-guided exercise at home.',
        clinical_context:
          'Neurological rehabilitation clinic with 60 beds; inpatient stays of three to four weeks; a small outpatient service with two physiotherapists and one occupational therapist.',
        indication: 'Upper-limb paresis after ischaemic or haemorrhagic stroke',
        icd10_code: 'I63.9',
        care_pathway_step: 'rehabilitation',
        patient_population:
          'Adults in the subacute phase after stroke with moderate upper-limb impairment, discharged home; about 250 patients per year.',
        standard_of_care:
          'Printed home exercise sheets; outpatient sessions when patients can travel; no structured follow-up after discharge.',
        target_outcome: 'Patients keep improving arm function after discharge.',
        outcome_kpi: 'Improvement of arm and hand function after discharge, assessed at the follow-up visit.',
        regulation: 'mdr',
        device_class: 'I',
        ce_marking_required: true,
        data_on_offer: 'none',
        involves_patient_data: true,
        integration_needs:
          'Must work on low-bandwidth mobile connections and be usable by older patients; interface in Romanian.',
        trl_min: 6,
        trl_max: 9,
        reward_kind: 'pilot',
        reward_details:
          'Pilot with our outpatient service; scope and funding still to be agreed with the cluster office.',
        language: 'en',
        visibility: 'public',
        share_feedback: false,
        tags: ['rehabilitation', 'digital-medicine', 'neurology', 'medtech'],
      },
    },

    // ── draft ────────────────────────────────────────────────────────────────────────────
    {
      key: 'cascade-testing',
      cluster: 'life-science-nord',
      owner: 'clinician',
      status: 'draft',
      deadlineInDays: 75,
      createdDaysAgo: 3,
      fields: {
        title: 'Kaskadentestung bei erblichem Brust-, Eierstock- und Darmkrebs verbessern',
        summary:
          'Nur ein kleiner Teil der Angehörigen von Trägerinnen und Trägern pathogener BRCA1/2- oder Lynch-Varianten lässt sich testen. Wir suchen eine digitale Lösung, die Indexpatienten bei der Information ihrer Familie unterstützt und den Weg zur genetischen Beratung vereinfacht.',
        problem_statement:
          'Nach einem positiven Befund erhalten Indexpatienten einen Familienbrief, den sie selbst weitergeben müssen. Unsere Nachverfolgung zeigt, dass weniger als 30 % der erstgradig Verwandten innerhalb eines Jahres eine Beratung in Anspruch nehmen. Gründe sind fehlende Informationen, Hemmungen beim Ansprechen des Themas und lange Wartezeiten. Die Lösung muss die Autonomie der Familien wahren und darf Angehörige nicht ohne Zustimmung des Indexpatienten kontaktieren.',
        clinical_context:
          'Zentrum für familiären Brust- und Eierstockkrebs sowie Darmkrebszentrum eines Universitätsklinikums; etwa 350 neue Indexpatienten mit pathogener Variante pro Jahr.',
        indication: 'Familien mit nachgewiesener pathogener Keimbahnvariante (BRCA1/2, PALB2, MLH1, MSH2, MSH6, PMS2)',
        icd10_code: 'Z80.3',
        care_pathway_step: 'prevention',
        patient_population:
          'Erstgradig Verwandte von Indexpatienten mit pathogener Variante, geschätzt 1.000 Personen pro Jahr, teilweise im Ausland lebend.',
        standard_of_care:
          'Papierbasierter Familienbrief, Beratungstermin auf Eigeninitiative, keine systematische Erfassung der Testaufnahme.',
        target_outcome:
          'Mehr Angehörige erhalten rechtzeitig eine Beratung und gegebenenfalls eine prädiktive Testung.',
        outcome_kpi:
          'Anteil erstgradig Verwandter mit genetischer Beratung innerhalb von zwölf Monaten steigt von unter 30 % auf mindestens 50 %.',
        regulation: 'none',
        device_class: null,
        ce_marking_required: false,
        data_on_offer: 'none',
        involves_patient_data: true,
        integration_needs:
          'Mehrsprachige Inhalte (mindestens Deutsch, Englisch, Türkisch, Russisch), Terminbuchung der humangenetischen Beratung, Einwilligungsmanagement nach DSGVO.',
        trl_min: 4,
        trl_max: 7,
        reward_kind: 'co_development',
        reward_details:
          'Gemeinsame Entwicklung mit der humangenetischen Beratungsstelle; ein Förderantrag im Rahmen von P.I.L.O.T. Next Level ist geplant.',
        language: 'de',
        visibility: 'public',
        share_feedback: true,
        tags: ['hereditary-cancer', 'genetics', 'prevention', 'digital-medicine', 'oncology'],
      },
    },

    // ── rejected ─────────────────────────────────────────────────────────────────────────
    {
      key: 'retinopathy-screening',
      cluster: 'imago-mol',
      owner: 'clinician-bahlui',
      status: 'rejected',
      deadlineInDays: -4,
      createdDaysAgo: 66,
      moderatorNote:
        'We cannot publish this one as a challenge: it asks for quotes for a specific, already CE-marked fundus camera with AI grading, which is a procurement, not an open innovation need. Please use the hospital’s tender procedure. If there is an unsolved part — for example reaching patients in rural areas who never attend screening — we would be glad to help you frame that as a new challenge.',
      fields: {
        title: 'AI diabetic retinopathy screening in primary care',
        summary:
          'We want to buy and install an AI-based fundus camera system for diabetic retinopathy screening in five family-medicine practices linked to our clinic, and invite offers for the equipment and a three-year service contract.',
        problem_statement:
          'Diabetic patients in our catchment area wait several months for an ophthalmology appointment. Screening with autonomous AI grading in family-medicine practices would shorten this considerably. We are looking for suppliers of a CE-marked camera with integrated grading.',
        clinical_context:
          'Outpatient network of five family-medicine practices cooperating with our clinic; no ophthalmologist on site.',
        indication: 'Diabetic retinopathy in people with type 2 diabetes',
        icd10_code: 'E11.3',
        care_pathway_step: 'screening',
        patient_population: 'Adults with type 2 diabetes registered with the five practices; about 4,000 people.',
        standard_of_care:
          'Referral to hospital ophthalmology with long waiting times; many patients are never screened.',
        target_outcome: 'Annual screening for every registered patient with diabetes.',
        outcome_kpi: 'Annual screening coverage ≥ 70 % of registered patients with type 2 diabetes within two years.',
        regulation: 'mdr',
        device_class: 'IIa',
        ce_marking_required: true,
        data_on_offer: 'none',
        involves_patient_data: true,
        integration_needs: 'Reports to the practices’ electronic records.',
        trl_min: 8,
        trl_max: 9,
        reward_kind: 'other',
        reward_details: 'Purchase of five systems and a three-year service contract.',
        language: 'en',
        visibility: 'public',
        share_feedback: false,
        tags: ['imaging', 'ai', 'diabetes', 'screening'],
      },
    },

    // ── withdrawn ────────────────────────────────────────────────────────────────────────
    {
      key: 'bed-flow',
      cluster: 'life-science-nord',
      owner: 'clinician',
      status: 'withdrawn',
      deadlineInDays: -5,
      createdDaysAgo: 70,
      fields: {
        title: 'Predictive bed management for emergency admissions',
        summary:
          'Emergency patients often wait for hours for a ward bed while discharges happen late in the afternoon. We wanted a forecasting tool that predicts bed demand and discharge readiness per ward for the next 24–72 hours.',
        problem_statement:
          'Bed allocation is coordinated by phone in a daily meeting, based on yesterday’s numbers. Boarding in the emergency department peaks in the early afternoon, when discharges have not yet happened. A forecast of admissions and likely discharges per ward would let the bed managers plan ahead. Withdrawn because the hospital has since started a group-wide procurement for a patient-flow platform.',
        clinical_context:
          'University hospital with about 1,400 beds and 70,000 emergency department visits per year; central bed management office staffed on weekdays.',
        indication: 'Hospital-wide patient flow from emergency admission to discharge',
        icd10_code: null,
        care_pathway_step: 'care_organisation',
        patient_population: 'All adult emergency admissions to general and specialist wards.',
        standard_of_care:
          'Daily bed meeting, spreadsheet-based bed overview, discharges planned by each ward independently.',
        target_outcome: 'Less boarding in the emergency department and earlier discharges.',
        outcome_kpi:
          'Median emergency department boarding time reduced by 30 %; share of discharges before noon increased from 18 % to 35 %.',
        regulation: 'none',
        device_class: null,
        ce_marking_required: false,
        data_on_offer: 'synthetic',
        involves_patient_data: false,
        integration_needs:
          'Read-only access to admission, discharge and transfer events via HL7 ADT; dashboard for bed managers and ward leads.',
        trl_min: 6,
        trl_max: 9,
        reward_kind: 'pilot',
        reward_details: 'Three-month pilot in the bed management office.',
        language: 'en',
        visibility: 'public',
        share_feedback: false,
        tags: ['care-organisation', 'digital-medicine', 'ai'],
      },
    },
  ],

  reports: [
    {
      reporter: 'clinician',
      entityType: 'question',
      entity: 'pgx-dosing-alerts#2',
      reason:
        'This is a sales pitch for a licence rather than a clarification question. Please consider hiding it so the Q&A stays useful for all solvers.',
    },
    {
      reporter: 'solver-copou',
      entityType: 'challenge',
      entity: 'amr-stewardship',
      reason:
        'The reward details require 24 months of regional exclusivity on funded developments, but the summary does not mention it. Could a moderator check whether this is intended and make it visible up front?',
    },
    {
      reporter: 'evaluator-emilia',
      entityType: 'solution',
      entity: 'ctdna-carpatica',
      reason:
        'One of the links in this solution opens a file share that asks for login credentials. It may be misconfigured or unsafe; please check before other evaluators open it.',
    },
  ],
};
