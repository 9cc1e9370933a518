// What public pages say about themselves to search engines and link previews (issue 18): the meta
// description and the Open Graph card's text of pages that are not one user-written thing.
export const enDiscovery = {
  'discovery.image_alt': 'Bedside: clinical needs meet the people who can solve them',
  'discovery.home':
    'Open innovation for precision medicine in Europe: clinicians post unmet clinical needs, companies and research groups solve them.',
  'discovery.challenges':
    'Search the unmet clinical needs of European hospitals by disease, care-pathway step, TRL and deadline, and submit a solution.',
  'discovery.calls': 'Calls for challenges run by European life-science clusters, with their rules and deadlines.',
  'discovery.cluster': '{name} on Bedside: its open clinical challenges and calls.',
  'discovery.events': 'Pitch days, matchmaking and workshops of European life-science clusters.',
  'discovery.partners':
    'Hospitals, companies and research groups in precision medicine, by capability, TRL and country.',
  'discovery.people': 'Clinicians and experts who offer their knowledge to innovation projects in precision medicine.',
  'discovery.open_data': 'Everything public on Bedside as CSV and JSON under CC BY 4.0.',
  'discovery.api_docs': 'The Bedside API: read and write challenges, calls and solutions over JSON.',
  'discovery.problems': 'Every problem the Bedside API answers, with what it means and what to do.',
  'discovery.legal': 'The privacy notice, terms of use and imprint of this Bedside site, and who runs it.',
  'discovery.stories':
    "What came out of {name}'s clinical challenges: cooperation projects between clinics and solvers, and their milestones.",
  'discovery.impact':
    '{name} on Bedside in figures: challenges, solutions, cooperations and pilots, quarter by quarter.',
  'discovery.cooperation':
    'A cooperation on Bedside between {clinic} and {solver}, from the clinical challenge “{challenge}”.',
} as const;
