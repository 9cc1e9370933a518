// The authoring messages in English, the source language (see web/i18n/part.ts).
export const enAuthoring = {
  // The cluster: nothing chosen for her; her own clusters suggested first.
  'authoring.cluster.choose': 'Choose…',
  'authoring.cluster.suggested': 'Suggested for you',
  'authoring.cluster.others': 'Other clusters',
  'authoring.cluster.hint': 'The regional cluster whose moderators review your challenge and publish it.',
  'authoring.cluster.member_one': 'Suggested: {name}, the cluster you are a member of.',
  'authoring.cluster.member_many': 'You are a member of {names}: choose the one this need belongs to.',
  'authoring.cluster.country_one': 'Suggested: {name}, the only cluster in the country of your organization.',
  'authoring.cluster.country_many': 'Clusters in the country of your organization: {names}.',
  'authoring.cluster.fixed': 'Posted in the cluster {name}.',
  // Regulation and device class, in plain words.
  'authoring.regulation.hint':
    'MDR: medical devices, software included. IVDR: in-vitro diagnostics, i.e. tests on samples such as blood or tissue. Not sure? Choose “Not yet clear”.',
  'authoring.device_class.none': 'None, or not known yet',
  'authoring.device_class.class': 'Class {class}',
  'authoring.device_class.hint':
    'MDR classes I, IIa, IIb and III; IVDR classes A, B, C and D, from the lowest risk to the highest. Choose a class of the regulation above, or leave it empty.',
  // Technology readiness, explained where it is asked.
  'authoring.trl.hint':
    'The TRL (technology readiness level) says how far a solution has come, from TRL 1 (an idea on paper) to TRL 9 (in routine use). Give the range you can work with: for example 4 to 7 for a prototype you could test in your clinic.',
  'authoring.trl.1': 'TRL 1 · basic principles observed',
  'authoring.trl.2': 'TRL 2 · concept formulated',
  'authoring.trl.3': 'TRL 3 · experimental proof of concept',
  'authoring.trl.4': 'TRL 4 · validated in the lab',
  'authoring.trl.5': 'TRL 5 · validated in a relevant setting',
  'authoring.trl.6': 'TRL 6 · demonstrated in a relevant setting',
  'authoring.trl.7': 'TRL 7 · prototype tested in clinical practice',
  'authoring.trl.8': 'TRL 8 · complete and certified',
  'authoring.trl.9': 'TRL 9 · proven in routine use',
  // Tags as words.
  'authoring.tags.hint': 'Words, separated by commas, e.g. remote monitoring, oncology (up to 10).',
  // Criteria: named, described, weighed; keys are made from the names.
  'authoring.criteria.hint':
    'The jury scores every solution on each criterion from 1 to 5. Name each criterion, say what a good answer looks like, and give it a weight. Leave a row empty to leave it out.',
  'authoring.criterion.legend': 'Criterion {n}',
  'authoring.criterion.name': 'Name',
  'authoring.criterion.description': 'What a good answer looks like',
  'authoring.criterion.weight': 'Weight (1–100)',
  'authoring.criterion.name_of': 'Criterion {n}, name',
  'authoring.criterion.description_of': 'Criterion {n}, what a good answer looks like',
  'authoring.criterion.weight_of': 'Criterion {n}, weight',
  'authoring.criteria.total': 'Total of the weights:',
  'authoring.criteria.total_hint':
    'Each weight counts in proportion to the total; with a total of 100, each weight is a percentage.',
  'authoring.criteria.fixed': 'The criteria and their weights are fixed since the challenge was approved.',
  'authoring.default.clinical_impact': 'Clinical impact',
  'authoring.default.clinical_impact.description':
    'How much better care would be: which outcome improves, for how many patients, and the evidence for it or a plausible way to get it.',
  'authoring.default.feasibility': 'Feasibility',
  'authoring.default.feasibility.description':
    'Whether the team can deliver it in our setting: a realistic plan, the people and the time it takes.',
  'authoring.default.innovation': 'Innovation',
  'authoring.default.innovation.description':
    'What is new compared with today’s care and with products already on the market.',
  'authoring.default.trl_fit': 'TRL fit',
  'authoring.default.trl_fit.description':
    'How well the maturity of the solution matches the TRL range sought, and how it would get to a pilot.',
  'authoring.default.regulatory_data_readiness': 'Regulatory & data readiness',
  'authoring.default.regulatory_data_readiness.description':
    'A credible path to CE marking where it is needed, and lawful, secure use of health data (GDPR).',
  'authoring.default.business_case': 'Business case',
  'authoring.default.business_case.description':
    'Who pays, and why it pays off for the hospital: the cost of buying, running and training.',
  // Saving as she goes (with JavaScript) and leaving with unsaved changes.
  'authoring.autosave.saving': 'Saving…',
  'authoring.autosave.saved': 'Saved at {time}',
  'authoring.autosave.invalid': 'Not saved yet: some fields need correcting. Press “Save draft” to see which.',
  'authoring.autosave.stale': 'Not saved: someone else changed this challenge. Press “Save draft” to see what to do.',
  'authoring.autosave.failed': 'Not saved: the connection failed. We try again in 30 seconds.',
  'authoring.save_changes': 'Save changes',
  // The moderators' note, where the owner works.
  'authoring.note.pending': 'The moderators asked for changes',
  'authoring.note.pending_next':
    'Change what they ask for and save. Then submit the challenge for review again on its page.',
  'authoring.note.answered': 'The moderators asked for changes; you have submitted it again',
  'authoring.note.resolved': 'Resolved: the moderators’ earlier request',
  'authoring.note.rejection': 'Why the moderators rejected it',
  // My page, for a clinician who has not posted yet.
  'authoring.first.intro':
    'Describe a clinical need you meet in your work. It stays a draft that only you can see until you submit it for review.',
  'authoring.first.post': 'Post your first challenge',
  'authoring.first.after_confirming':
    'Once you have confirmed your email address, you can post your first challenge from here.',
  // What is wrong, where the page says it better than the schema.
  'authoring.error.cluster': 'Choose the cluster your challenge belongs to in “{label}”.',
  'authoring.error.device_class':
    'Choose a class for “{label}” that belongs to the regulation you chose (MDR: I, IIa, IIb, III; IVDR: A, B, C, D), or leave it empty.',
  'authoring.error.deadline': 'Choose a day after today for “{label}”.',
  'authoring.error.tags':
    '{label}: write words separated by commas, at most 10 tags of up to 40 letters or digits each.',
  'authoring.error.criteria': 'Give at least one criterion a name and a weight in “{label}”.',
  'authoring.error.criterion_name': '{label}: write a name of 2 to 80 characters that no other criterion has.',
} as const;
