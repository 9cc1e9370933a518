// What a form says when input is wrong, in English, the source language (see web/i18n/part.ts).
// `{label}` is the field's label as the page shows it; `#` is a count. The page pipeline picks
// one per kind of mistake (web/pipeline/issue-messages.ts, domain-messages.ts).
export const enMessages = {
  // One per kind of mistake.
  'messages.required': 'Fill in “{label}”.',
  'messages.choose': 'Choose one of the options for “{label}”.',
  'messages.too_short': {
    one: '{label} needs at least # character.',
    other: '{label} needs at least # characters.',
  },
  'messages.too_long': {
    one: '{label} can have at most # character.',
    other: '{label} can have at most # characters.',
  },
  'messages.too_few': { one: 'Add at least one entry to “{label}”.', other: 'Add at least # entries to “{label}”.' },
  'messages.too_many': { one: '{label} can have only one entry.', other: '{label} can have at most # entries.' },
  'messages.number': '{label} must be a number.',
  'messages.whole_number': '{label} must be a whole number.',
  'messages.between': '{label} must be between {min} and {max}.',
  'messages.at_least': '{label} must be at least {min}.',
  'messages.at_most': '{label} must be at most {max}.',
  'messages.email': 'Enter an email address like name@clinic.example in “{label}”.',
  'messages.url': '{label} is not a web address (https://…).',
  'messages.date': 'Choose a day for “{label}”, or write it as 2027-03-31.',
  'messages.format': 'Write “{label}” as in the example next to it.',
  'messages.check': 'Check “{label}”: it cannot be saved like this.',
  'messages.form_outdated': 'This form sent something the page does not know. Reload the page and try again.',
  // Names for what has no label of its own: an entry of a list, a field the form forgot to name.
  'messages.this_field': 'This field',
  'messages.entry': '{label}, entry {n}',
  'messages.link_n': 'Link {n}',
  'messages.tag_n': 'Tag {n}',
  // Particular fields.
  'messages.country': 'Write “{label}” as a two-letter code, e.g. DE, IT or RO.',
  'messages.icd10': 'Write “{label}” as an ICD-10 code like E11.9, or leave it empty.',
  'messages.tag': '{label} is not a tag: use lower-case words joined by hyphens, e.g. multi-omics.',
  'messages.criterion_key':
    '{label} must be 2 to 40 lower-case letters, digits or underscores, starting with a letter.',
  'messages.criterion_key_twice': '{label} is used twice: give each criterion a key of its own.',
  'messages.trl_order': '{label} must not be lower than “{other}”.',
  'messages.after_deadline': 'Choose a later day for “{label}” than the submission deadline.',
  'messages.date_future': 'Choose a date after today for “{label}”.',
  'messages.time_zone': 'Choose “{label}” from the list, e.g. Europe/Berlin.',
  'messages.channel': 'Choose one of the offered ways for “{label}”.',
  'messages.score': 'Choose a score from 1 to 5 for “{label}”.',
  'messages.not_criterion': '{label} is not a criterion of this challenge: reload the page.',
  'messages.named_twice': 'A solution is chosen twice: give each solution one outcome.',
  'messages.not_submitted': 'A solution you chose is no longer in the running: reload the page and decide again.',
  'messages.link':
    'This link is not one Bedside sent, or it was cut off. Copy the whole link from the email, or ask for a new one.',
  'messages.invitation_link':
    'This invitation link is not one Bedside sent, or it was cut off. Copy the whole link from the email, or ask the person who invited you to send it again.',
  'messages.search_letters': '{label} needs at least one letter or digit.',
  'messages.relevance': 'Sorting by relevance needs words to search for.',
  'messages.cursor': 'This list has changed since: start again from the first page.',
  'messages.slug_taken': '{label} is taken already: choose another.',
  'messages.wrong_password': '{label} is not right. Nothing was changed.',
  'messages.same_email': 'This is your address already: enter a different one in “{label}”.',
  'messages.email_taken': 'An account uses this address already: sign in, or reset its password from the sign-in page.',
  'messages.always_emailed': '{label} always arrives by email: the email carries the link to accept.',
  // About the whole form.
  'messages.sign_in_failed':
    'The email address or password is wrong. Check both and try again; after {max} failed attempts, sign-in pauses for 15 minutes.',
  'messages.rate_limited': {
    one: 'Too many attempts. Try again in # minute.',
    other: 'Too many attempts. Try again in # minutes.',
  },
  'messages.stale':
    'Someone changed this while you were editing it. What you typed is still here: check it and save again.',
  'messages.refused.invalid_state': 'This is not possible right now.',
  'messages.refused.duplicate': 'This exists already.',
  'messages.refused.forbidden': 'You may not do this.',
  'messages.refused.not_found': 'This no longer exists, or you may not see it.',
  'messages.refused.validation_failed': 'Something in the form is not right.',
  'messages.refused.unauthorized': 'Sign in again, then try once more.',
  'messages.refused.unavailable': 'This is not available at the moment. Try again in a few minutes.',
  'messages.refused.rate_limited': 'Too many attempts. Try again later.',
  'messages.refused.stale_version': 'Someone changed this while you were editing it.',
  'messages.refused.deadline_passed': 'The deadline for solutions has passed.',
  'messages.refused.malformed_request': 'The request could not be read. Send the form again.',
  'messages.refused.payload_too_large': 'The file is too large.',
  'messages.refused.unsupported_media_type': 'This type of file cannot be attached.',
  'messages.reason_in_english': 'The reason, in English:',
} as const;
