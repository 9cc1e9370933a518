// The impact figures of one call (issue 15) in English, the source language (see web/i18n/part.ts).
export const enCallsImpact = {
  'impact.call.label': 'Call',
  'impact.call.all': 'All challenges',
  'impact.call.used':
    'Only the challenges of the call “{call}” in these figures, counted from the records themselves rather than the quarterly totals.',
};
