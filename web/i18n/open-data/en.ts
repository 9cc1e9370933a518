// The open-data page in English, the source language (see web/i18n/part.ts): what can be
// downloaded, under which licence, and how each dataset is made. A new dataset adds its title and
// description here (the compiler asks for them).
export const enOpenData = {
  'footer.open_data': 'Open data',
  'open_data.title': 'Open data',
  'open_data.intro':
    'Everything public on this site, as CSV and JSON files anyone may reuse: the challenges in the public catalogue, the public results of decided challenges, the published calls for challenges and the public milestones of cooperation projects. Nothing confidential is in them: no drafts, no challenges shown only to signed-in members, no cooperation or milestone that its two sides did not both agree to publish, no personal names.',
  'open_data.stable_ids':
    'Every row has a stable id: the same challenge, solution, call or milestone keeps its id in every download, so files from different days can be compared. Rows are ordered by id.',
  'open_data.licence.title': 'Licence',
  'open_data.licence.text':
    'The data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You may share and adapt it for any purpose, also commercially, if you name {operator} as the source and link to the licence.',
  'open_data.licence.link': 'Read the CC BY 4.0 licence',
  'open_data.downloads': 'Downloads',
  'open_data.as_csv': '{dataset} as CSV',
  'open_data.as_json': '{dataset} as JSON',
  'open_data.columns': 'Columns of {dataset}',
  'open_data.freshness':
    'The files are made when you download them; copies may be up to an hour old. In CSV, lists are separated by semicolons, and text that a spreadsheet could run as a formula starts with an apostrophe.',
  'open_data.api': 'For programs: the list of datasets, with their columns, as JSON.',
  'open_data.dataset.challenges.title': 'Challenges',
  'open_data.dataset.challenges.description':
    'Each challenge in the public catalogue (open, in evaluation, decided or archived) with its clinical need, requirements, reward, dates, tags and the organization and cluster behind it.',
  'open_data.dataset.results.title': 'Results',
  'open_data.dataset.results.description':
    'The outcomes of decided challenges as their public page shows them: solutions whose teams made their summary public, with their score and summary, and winners who agreed to be named, with their title and organization only.',
  'open_data.dataset.calls.title': 'Calls for challenges',
  'open_data.dataset.calls.description':
    'Each published call (open, closed or archived) with its dates, the clusters that run it, who may take part (TRL range, kinds of organization, countries, company sizes) and what winners get. A challenge in a call names it in the call_id column of the challenges.',
  'open_data.dataset.cooperation_milestones.title': 'Cooperation milestones',
  'open_data.dataset.cooperation_milestones.description':
    'The milestones of cooperation projects between a clinic and a winning team, from letter of intent and pilot to KPI results, regulatory steps and follow-on funding — only of cooperations both sides agreed to publish, and only the milestones they marked public. Amounts are in cents of their currency, never converted.',
} as const;
