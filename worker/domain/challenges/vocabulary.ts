/**
 * A small clinical vocabulary for the catalogue's search: concepts a precision-medicine cluster
 * talks about, each with the words people use for it in English (British and American spelling),
 * German, Italian and Romanian, plus acronyms that are the same in every language. A search for
 * any of a concept's terms also finds the others (search.ts expands it at query time), so a
 * clinician who types "Lungenkrebs" finds the English and the Romanian challenge on lung cancer.
 *
 * How a term is written:
 * - words as people type them; case and diacritics do not matter ("stenoză" = "stenoza");
 * - a word ending in `*` is a stem: it matches every word that starts with it, both in what the
 *   person typed and in the challenges ("tumour*" is tumour, tumours, tumour-informed), so
 *   inflections need no list of their own;
 * - a word without `*` matches only itself (acronyms, and words whose stem would catch other
 *   words: "lung*" would also find the Italian "lungo" and the Romanian "lung", both "long");
 * - articles and prepositions inside a term ("cancro al polmone") are left out when searching,
 *   so "cancro polmone" and "cancro del polmone" mean the same.
 *
 * Keep concepts apart: a term belongs to one concept only (tests/api/search/vocabulary.test.ts
 * checks it, and that every concept speaks all four languages). A narrower concept (non-small
 * cell lung cancer) is its own entry; the longest term a person typed wins.
 */
export interface Concept {
  /** What the concept is, in English; for people reading this file and the tests. */
  id: string;
  en: readonly string[];
  de: readonly string[];
  it: readonly string[];
  ro: readonly string[];
  /** Acronyms and names written the same in every language. */
  codes?: readonly string[];
}

export const VOCABULARY: readonly Concept[] = [
  // Cancer, and the cancers of the demo world and of most oncology clusters.
  {
    id: 'cancer',
    en: ['cancer*', 'malignancy', 'malignancies'],
    de: ['Krebs', 'Krebserkrankung*'],
    it: ['cancro', 'cancri'],
    ro: ['cancerul', 'cancere', 'malignitate'],
  },
  {
    id: 'tumour',
    en: ['tumour*', 'tumor*', 'neoplasm*'],
    de: ['Tumor*', 'Geschwulst*'],
    it: ['tumore', 'tumori', 'neoplasia', 'neoplasie'],
    ro: ['tumoră', 'tumorii', 'neoplazie', 'neoplazii'],
  },
  {
    id: 'lung cancer',
    en: ['lung cancer*', 'lung carcinoma*', 'bronchial carcinoma*', 'pulmonary cancer*', 'pulmonary carcinoma*'],
    de: ['Lungenkrebs', 'Lungenkarzinom*', 'Bronchialkarzinom*'],
    it: ['tumore del polmone', 'tumor* polmon*', 'cancro del polmone', 'carcinoma polmon*'],
    ro: ['cancer pulmonar', 'cancer* pulmonar*', 'carcinom* pulmonar*', 'neoplasm* pulmonar*'],
  },
  {
    id: 'non-small cell lung cancer',
    en: ['non-small cell lung cancer*', 'non-small-cell lung carcinoma*'],
    de: [
      'nicht-kleinzelliges Lungenkarzinom*',
      'nichtkleinzelliges Lungenkarzinom*',
      'nicht-kleinzelliger Lungenkrebs',
    ],
    it: ['carcinoma polmonare non a piccole cellule', 'tumor* polmon* non a piccole cellule'],
    ro: [
      'cancer pulmonar fără celule mici',
      'cancer* pulmonar* fără celule mici',
      'cancer* pulmonar* non-microcelular',
    ],
    codes: ['NSCLC'],
  },
  {
    id: 'breast cancer',
    en: ['breast cancer*', 'breast carcinoma*'],
    de: ['Brustkrebs', 'Mammakarzinom*'],
    it: ['tumore della mammella', 'tumor* mammell*', 'tumor* al seno', 'cancro al seno', 'carcinoma mammari*'],
    ro: ['cancer mamar', 'cancer* mamar*', 'cancer* de sân', 'carcinom* mamar*'],
  },
  {
    id: 'colorectal cancer',
    en: ['colorectal cancer*', 'colorectal carcinoma*', 'colon cancer*', 'bowel cancer*', 'rectal cancer*'],
    de: ['Darmkrebs', 'Dickdarmkrebs', 'Kolorektalkarzinom*', 'kolorektales Karzinom', 'Kolonkarzinom*'],
    it: [
      'tumore del colon',
      'tumor* del colon-retto',
      'cancro del colon',
      'carcinoma colorettal*',
      'tumor* colorettal*',
    ],
    ro: ['cancer colorectal', 'cancer* colorectal*', 'cancer* de colon', 'carcinom* colorectal*'],
  },
  {
    id: 'prostate cancer',
    en: ['prostate cancer*', 'prostate carcinoma*'],
    de: ['Prostatakrebs', 'Prostatakarzinom*'],
    it: ['tumore della prostata', 'tumor* prostat*', 'cancro alla prostata', 'carcinoma prostatic*'],
    ro: ['cancer de prostată', 'cancer* de prostat*', 'cancer* prostatic*'],
  },
  {
    id: 'ovarian cancer',
    en: ['ovarian cancer*', 'ovarian carcinoma*'],
    de: ['Eierstockkrebs', 'Ovarialkarzinom*'],
    it: ['tumore ovarico', 'tumor* ovaric*', "tumor* dell'ovaio", 'carcinoma ovaric*'],
    ro: ['cancer ovarian', 'cancer* ovarian*'],
  },
  {
    id: 'pancreatic cancer',
    en: ['pancreatic cancer*', 'pancreatic carcinoma*'],
    de: ['Bauchspeicheldrüsenkrebs', 'Pankreaskarzinom*'],
    it: ['tumore del pancreas', 'tumor* del pancreas', 'carcinoma pancreatic*'],
    ro: ['cancer pancreatic', 'cancer* pancreatic*'],
  },
  {
    id: 'oesophageal cancer',
    en: ['oesophageal cancer*', 'esophageal cancer*'],
    de: ['Speiseröhrenkrebs', 'Ösophaguskarzinom*'],
    it: ["tumore dell'esofago", "tumor* dell'esofago", 'carcinoma esofage*'],
    ro: ['cancer esofagian', 'cancer* esofagian*'],
  },
  {
    id: 'leukaemia',
    en: ['leukaemia*', 'leukemia*'],
    de: ['Leukämie*'],
    it: ['leucemia', 'leucemie'],
    ro: ['leucemie', 'leucemia', 'leucemii'],
  },
  {
    id: 'lymphoma',
    en: ['lymphoma*'],
    de: ['Lymphom*'],
    it: ['linfoma', 'linfomi'],
    ro: ['limfom*'],
  },
  {
    id: 'melanoma',
    en: ['melanoma*'],
    de: ['Melanom*'],
    it: ['melanomi'],
    ro: ['melanomul'],
  },
  {
    id: 'metastasis',
    en: ['metastasis', 'metastases', 'metastatic'],
    de: ['Metastase*', 'metastasiert*'],
    it: ['metastasi', 'metastatico', 'metastatica'],
    ro: ['metastază', 'metastaze', 'metastatic'],
  },
  {
    id: 'hereditary cancer',
    en: ['hereditary cancer*', 'inherited cancer*', 'familial cancer*'],
    de: ['erblich* Krebs', 'familiär* Krebs'],
    it: ['tumore ereditario', 'tumor* ereditar*', 'cancro ereditar*'],
    ro: ['cancer ereditar', 'cancer* ereditar*'],
  },

  // Common diseases.
  {
    id: 'sepsis',
    en: ['sepsis', 'septic', 'septicaemia', 'septicemia'],
    de: ['Blutvergiftung'],
    it: ['sepsi', 'setticemia', 'settico'],
    ro: ['septicemie', 'septic'],
  },
  {
    id: 'stroke',
    en: ['stroke', 'strokes', 'cerebrovascular accident'],
    de: ['Schlaganfall*', 'Hirninfarkt*', 'Apoplex*'],
    it: ['ictus', 'infarto cerebrale'],
    ro: ['accident vascular cerebral', 'accidentul vascular cerebral'],
    codes: ['AVC'],
  },
  {
    id: 'heart failure',
    en: ['heart failure', 'cardiac failure'],
    de: ['Herzinsuffizienz', 'Herzschwäche'],
    it: ['insufficienza cardiaca', 'scompenso cardiaco'],
    ro: ['insuficiență cardiacă', 'insuficienta cardiaca'],
  },
  {
    id: 'myocardial infarction',
    en: ['myocardial infarction', 'heart attack*'],
    de: ['Herzinfarkt*', 'Myokardinfarkt*'],
    it: ['infarto miocardico', 'infarto del miocardio'],
    ro: ['infarct miocardic', 'infarctul miocardic'],
  },
  {
    id: 'atrial fibrillation',
    en: ['atrial fibrillation', 'afib'],
    de: ['Vorhofflimmern'],
    it: ['fibrillazione atriale'],
    ro: ['fibrilație atrială', 'fibrilatie atriala'],
  },
  {
    id: 'aortic stenosis',
    en: ['aortic stenosis', 'aortic valve stenosis'],
    de: ['Aortenklappenstenose*', 'Aortenstenose*'],
    it: ['stenosi aortica', 'stenosi valvolare aortica'],
    ro: ['stenoză aortică', 'stenoza aortica'],
  },
  {
    id: 'hypertension',
    en: ['hypertension', 'high blood pressure'],
    de: ['Bluthochdruck', 'Hypertonie'],
    it: ['ipertensione'],
    ro: ['hipertensiune', 'hipertensiunea'],
  },
  {
    id: 'diabetes',
    en: ['diabetes', 'diabetic'],
    de: ['Zuckerkrankheit', 'diabetisch*'],
    it: ['diabete', 'diabetico', 'diabetica'],
    ro: ['diabet', 'diabetul', 'diabetic'],
  },
  {
    id: 'diabetic retinopathy',
    en: ['diabetic retinopathy'],
    de: ['diabetisch* Retinopathie'],
    it: ['retinopatia diabetica'],
    ro: ['retinopatie diabetică', 'retinopatia diabetică'],
  },
  {
    id: 'chronic kidney disease',
    en: ['chronic kidney disease', 'kidney failure', 'renal failure', 'renal insufficiency'],
    de: ['chronische Nierenerkrankung', 'Niereninsuffizienz', 'Nierenversagen'],
    it: ['malattia renale cronica', 'insufficienza renale'],
    ro: ['boală cronică de rinichi', 'boală renală cronică', 'insuficiență renală'],
    codes: ['CKD'],
  },
  {
    id: 'chronic obstructive pulmonary disease',
    en: ['chronic obstructive pulmonary disease'],
    de: ['chronisch obstruktive Lungenerkrankung'],
    it: ['broncopneumopatia cronica ostruttiva'],
    ro: ['bronhopneumopatie obstructivă cronică'],
    codes: ['COPD', 'BPCO', 'BPOC'],
  },
  {
    id: 'inflammatory bowel disease',
    en: ['inflammatory bowel disease', 'inflammatory bowel diseases'],
    de: ['chronisch entzündliche Darmerkrankung*'],
    it: ['malattia infiammatoria cronica intestinale', 'malattie infiammatorie croniche intestinali'],
    ro: ['boală inflamatorie intestinală', 'boli inflamatorii intestinale'],
    codes: ['IBD', 'CED', 'MICI'],
  },
  {
    id: 'ulcerative colitis',
    en: ['ulcerative colitis'],
    de: ['Colitis ulcerosa'],
    it: ['colite ulcerosa', 'rettocolite ulcerosa'],
    ro: ['colită ulcerativă', 'rectocolită ulcero-hemoragică'],
  },
  {
    id: 'rare disease',
    en: ['rare disease*', 'orphan disease*'],
    de: ['seltene Erkrankung*', 'seltene Krankheit*'],
    it: ['malattia rara', 'malattie rare'],
    ro: ['boală rară', 'boli rare', 'boala rară'],
  },
  {
    id: 'dementia',
    en: ['dementia'],
    de: ['Demenz*'],
    it: ['demenza', 'demenze'],
    ro: ['demență', 'demența'],
  },
  {
    id: 'epilepsy',
    en: ['epilepsy', 'epileptic'],
    de: ['Epilepsie*', 'epileptisch*'],
    it: ['epilessia', 'epilettico'],
    ro: ['epilepsia', 'epileptic'],
  },
  {
    id: 'depression',
    en: ['depression', 'depressive'],
    de: ['Depression*', 'depressiv*'],
    it: ['depressione', 'depressivo'],
    ro: ['depresie', 'depresia', 'depresiv'],
  },
  {
    id: 'obesity',
    en: ['obesity', 'obese'],
    de: ['Adipositas', 'Fettleibigkeit'],
    it: ['obesità', 'obeso'],
    ro: ['obezitate', 'obezitatea'],
  },
  {
    id: 'antimicrobial resistance',
    en: ['antimicrobial resistance', 'antibiotic resistance'],
    de: ['Antibiotikaresistenz*', 'antimikrobielle Resistenz*'],
    it: ['resistenza antimicrobica', 'antibiotico-resistenza', 'antibioticoresistenza'],
    ro: ['rezistență antimicrobiană', 'rezistență la antibiotice', 'rezistența antimicrobiană'],
    codes: ['AMR'],
  },
  {
    id: 'antibiotic',
    en: ['antibiotic', 'antibiotics', 'antimicrobial*'],
    de: ['Antibiotikum', 'Antibiotika', 'antimikrobiell*'],
    it: ['antibiotico', 'antibiotici', 'antimicrobic*'],
    ro: ['antibiotice', 'antibioticul', 'antimicrobian*'],
  },

  // Spelling variants: British and American English, and the other languages' words.
  {
    id: 'haemorrhage',
    en: ['haemorrhag*', 'hemorrhag*', 'bleeding'],
    de: ['Blutung*', 'Hämorrhagie*'],
    it: ['emorragia', 'emorragie', 'emorragico'],
    ro: ['hemoragie', 'hemoragia', 'hemoragic'],
  },
  {
    id: 'ischaemia',
    en: ['ischaemi*', 'ischemi*'],
    de: ['Ischämie*', 'ischämisch*'],
    it: ['ischemia', 'ischemico'],
    ro: ['ischemie', 'ischemic'],
  },
  {
    id: 'anaemia',
    en: ['anaemia', 'anemia'],
    de: ['Anämie', 'Blutarmut'],
    it: ['anemia'],
    ro: ['anemie'],
  },
  {
    id: 'oedema',
    en: ['oedema', 'edema'],
    de: ['Ödem', 'Ödeme'],
    it: ['edema'],
    ro: ['edem'],
  },
  {
    id: 'haematology',
    en: ['haematolog*', 'hematolog*'],
    de: ['Hämatologie', 'hämatologisch*'],
    it: ['ematologia', 'ematologico'],
    ro: ['hematologie'],
  },
  {
    id: 'paediatrics',
    en: ['paediatric*', 'pediatric*', 'children', 'child'],
    de: ['Pädiatrie', 'pädiatrisch*', 'Kinderheilkunde', 'Kinder'],
    it: ['pediatria', 'pediatrico', 'pediatrica', 'bambini'],
    ro: ['pediatrie', 'pediatric', 'copii'],
  },

  // Imaging.
  {
    id: 'imaging',
    en: ['imaging', 'medical imaging'],
    de: ['Bildgebung', 'bildgebend*'],
    it: ['diagnostica per immagini'],
    ro: ['imagistică', 'imagistica', 'imagistice'],
  },
  {
    id: 'radiology',
    en: ['radiology', 'radiologist*', 'radiological'],
    de: ['Radiologie', 'Radiologe*', 'radiologisch*'],
    it: ['radiologia', 'radiologo', 'radiologi', 'radiologico'],
    ro: ['radiologie', 'radiolog', 'radiologul'],
  },
  {
    id: 'computed tomography',
    en: ['computed tomography', 'CT scan*', 'CAT scan*'],
    de: ['Computertomographie*', 'Computertomografie*'],
    it: ['tomografia computerizzata'],
    ro: ['tomografie computerizată', 'tomografi* computerizat*'],
    codes: ['CT', 'TC'],
  },
  {
    id: 'magnetic resonance imaging',
    en: ['magnetic resonance imaging', 'magnetic resonance'],
    de: ['Magnetresonanztomographie*', 'Magnetresonanztomografie*', 'Kernspintomographie*', 'Kernspin'],
    it: ['risonanza magnetica'],
    ro: ['rezonanță magnetică', 'rezonanta magnetica'],
    codes: ['MRI', 'MRT', 'RMN', 'IRM'],
  },
  {
    id: 'ultrasound',
    en: ['ultrasound', 'ultrasonography', 'sonography'],
    de: ['Ultraschall*', 'Sonographie*', 'Sonografie*'],
    it: ['ecografia', 'ecografie', 'ultrasuoni'],
    ro: ['ecografie', 'ecografia', 'ultrasonografie'],
  },
  {
    id: 'radiograph',
    en: ['x-ray', 'x-rays', 'radiograph*'],
    de: ['Röntgen*'],
    it: ['radiografia', 'radiografie'],
    ro: ['radiografie', 'radiografia', 'radiografii'],
  },
  {
    id: 'pulmonary nodule',
    en: ['pulmonary nodule*', 'lung nodule*'],
    de: ['Lungenrundherd*', 'Lungenknoten', 'pulmonal* Rundherd*'],
    it: ['nodulo polmonare', 'noduli polmonari'],
    ro: ['nodul pulmonar', 'noduli pulmonari', 'nodulul pulmonar'],
  },
  {
    id: 'pathology',
    en: ['pathology', 'histopathology', 'pathologist*'],
    de: ['Pathologie', 'Histopathologie', 'Pathologe*'],
    it: ['patologia', 'anatomia patologica', 'istopatologia'],
    ro: ['anatomie patologică', 'anatomia patologică', 'histopatologie'],
  },

  // Genomics and precision medicine.
  {
    id: 'genomics',
    en: ['genomics', 'genomic', 'genome*'],
    de: ['Genomik', 'genomisch*', 'Genom'],
    it: ['genomica', 'genomico', 'genoma'],
    ro: ['genomică', 'genomic', 'genomul'],
  },
  {
    id: 'genetics',
    en: ['genetics', 'genetic'],
    de: ['Genetik', 'genetisch*', 'Humangenetik'],
    it: ['genetica', 'genetico'],
    ro: ['genetică', 'genetic'],
  },
  {
    id: 'sequencing',
    en: ['sequencing', 'next-generation sequencing'],
    de: ['Sequenzierung*'],
    it: ['sequenziamento'],
    ro: ['secvențiere', 'secvențierea', 'secventiere'],
    codes: ['NGS'],
  },
  {
    id: 'exome',
    en: ['exome*', 'whole-exome sequencing'],
    de: ['Exom*'],
    it: ['esoma', 'esomi'],
    ro: ['exomul'],
    codes: ['WES'],
  },
  {
    id: 'mutation',
    en: ['mutation*', 'pathogenic variant*'],
    de: ['Mutation*', 'pathogene Variante*'],
    it: ['mutazione', 'mutazioni', 'variante patogenetica'],
    ro: ['mutație', 'mutații', 'mutatie', 'variantă patogenă'],
  },
  {
    id: 'germline',
    en: ['germline', 'germ line'],
    de: ['Keimbahn*'],
    it: ['germinale', 'germinali'],
    ro: ['germinal', 'germinală', 'linia germinală'],
  },
  {
    id: 'biomarker',
    en: ['biomarker*'],
    de: ['Biomarker'],
    it: ['biomarcatore', 'biomarcatori'],
    ro: ['biomarkeri', 'biomarkerii'],
  },
  {
    id: 'liquid biopsy',
    en: ['liquid biops*'],
    de: ['Flüssigbiopsie*'],
    it: ['biopsia liquida', 'biopsie liquide'],
    ro: ['biopsie lichidă', 'biopsia lichidă'],
  },
  {
    id: 'circulating tumour DNA',
    en: ['circulating tumour DNA', 'circulating tumor DNA'],
    de: ['zirkulierende Tumor-DNA'],
    it: ['DNA tumorale circolante'],
    ro: ['ADN tumoral circulant'],
    codes: ['ctDNA'],
  },
  {
    id: 'minimal residual disease',
    en: ['minimal residual disease', 'molecular residual disease'],
    de: ['minimale Resterkrankung', 'minimale Residualerkrankung'],
    it: ['malattia minima residua'],
    ro: ['boală minimă reziduală', 'boala minimă reziduală'],
    codes: ['MRD'],
  },
  {
    id: 'companion diagnostics',
    en: ['companion diagnostic*'],
    de: ['Begleitdiagnosti*'],
    it: ['diagnostica companion', 'test companion'],
    ro: ['test companion', 'teste companion', 'testele companion', 'diagnostic companion'],
    codes: ['CDx'],
  },
  {
    id: 'pharmacogenomics',
    en: ['pharmacogenomic*', 'pharmacogenetic*'],
    de: ['Pharmakogenomik', 'Pharmakogenetik', 'pharmakogenetisch*'],
    it: ['farmacogenomica', 'farmacogenetica', 'farmacogenetico'],
    ro: ['farmacogenomică', 'farmacogenetică', 'farmacogenomic'],
    codes: ['PGx'],
  },
  {
    id: 'precision medicine',
    en: ['precision medicine', 'personalised medicine', 'personalized medicine'],
    de: ['Präzisionsmedizin', 'personalisierte Medizin'],
    it: ['medicina di precisione', 'medicina personalizzata'],
    ro: ['medicină de precizie', 'medicina de precizie', 'medicină personalizată'],
  },

  // Digital medicine.
  {
    id: 'artificial intelligence',
    en: ['artificial intelligence'],
    de: ['künstliche Intelligenz'],
    it: ['intelligenza artificiale'],
    ro: ['inteligență artificială', 'inteligenta artificiala'],
    // Not "IA": in Italian and Romanian text "ai"/"ia" are everyday words, so only the English and German acronyms.
    codes: ['AI', 'KI'],
  },
  {
    id: 'machine learning',
    en: ['machine learning', 'deep learning'],
    de: ['maschinelles Lernen'],
    it: ['apprendimento automatico'],
    ro: ['învățare automată', 'învățarea automată'],
  },
  {
    id: 'electronic health record',
    en: ['electronic health record*', 'electronic medical record*', 'electronic patient record*'],
    de: ['elektronische Patientenakte', 'elektronische Gesundheitsakte'],
    it: ['fascicolo sanitario elettronico', 'cartella clinica elettronica'],
    ro: ['dosar electronic de sănătate', 'fișa electronică a pacientului', 'dosarul electronic de sănătate'],
    codes: ['EHR', 'EMR', 'FSE'],
  },
  {
    id: 'clinical decision support',
    en: ['clinical decision support', 'decision support'],
    de: ['Entscheidungsunterstützung'],
    it: ['supporto decisionale', 'supporto alle decisioni'],
    ro: ['suport decizional', 'sprijin decizional'],
    codes: ['CDSS'],
  },
  {
    id: 'remote monitoring',
    en: ['remote monitoring', 'remote patient monitoring', 'telemonitoring'],
    de: ['Telemonitoring', 'Fernüberwachung'],
    it: ['telemonitoraggio', 'monitoraggio remoto', 'monitoraggio a distanza'],
    ro: ['telemonitorizare', 'monitorizare la distanță', 'monitorizarea la distanță'],
  },
  {
    id: 'rehabilitation',
    en: ['rehabilitation', 'rehab'],
    de: ['Rehabilitation', 'Reha'],
    it: ['riabilitazione'],
    ro: ['reabilitare', 'reabilitarea', 'recuperare medicală'],
  },
  {
    id: 'screening',
    en: ['screening'],
    de: ['Früherkennung', 'Vorsorgeuntersuchung*'],
    it: ['diagnosi precoce'],
    ro: ['depistare precoce', 'depistarea precoce'],
  },
];
