import type { Child } from 'hono/jsx';
import type { DomainError } from '../../worker/domain/errors';
import { SAVED_SEARCHES_PER_USER } from '../../worker/domain/notifications/saved-searches';
import { LOGIN_FAILURES_PER_ACCOUNT } from '../../worker/domain/rate-limit';
import type { Translator } from '../i18n';

// Mistakes the generic sentences cannot say well: a pattern (an ICD-10 code, a tag), a rule over
// two fields (the TRL range), and what only the server knows (a wrong password, a taken
// address). The schema and the domain write them in English for the API; a page says them in its
// language. Matched by the API's field path, and where one path has several, by the English text.

interface Say {
  tr: Translator;
  /** The field's label. */
  label: string;
  /** Another field's label, by its path. */
  labelOf: (path: string) => string;
}

interface Known {
  path: RegExp;
  /** The English message (the schema's or the domain's) this is about; any when absent. */
  message?: RegExp;
  /** Which schema issues it replaces: a pattern (`format`), a refinement (`custom`) or `any`. Domain errors always. */
  issues?: 'format' | 'custom' | 'any';
  say: (s: Say) => string;
}

const KNOWN: Known[] = [
  { path: /^token$/, message: /invitation/i, say: ({ tr }) => tr.t('messages.invitation_link') },
  { path: /^token$/, issues: 'any', say: ({ tr }) => tr.t('messages.link') },
  { path: /^organization\.country$/, issues: 'format', say: ({ tr, label }) => tr.t('messages.country', { label }) },
  { path: /^icd10_code$/, issues: 'format', say: ({ tr, label }) => tr.t('messages.icd10', { label }) },
  { path: /^tags\.\d+$/, issues: 'format', say: ({ tr, label }) => tr.t('messages.tag', { label }) },
  { path: /^criteria\.\d+\.key$/, issues: 'format', say: ({ tr, label }) => tr.t('messages.criterion_key', { label }) },
  {
    path: /^criteria\.\d+\.key$/,
    issues: 'custom',
    message: /twice/,
    say: ({ tr, label }) => tr.t('messages.criterion_key_twice', { label }),
  },
  {
    path: /^trl_max$/,
    issues: 'custom',
    say: ({ tr, label, labelOf }) => tr.t('messages.trl_order', { label, other: labelOf('trl_min') }),
  },
  {
    path: /^evaluation_deadline$/,
    issues: 'custom',
    say: ({ tr, label }) => tr.t('messages.after_deadline', { label }),
  },
  {
    path: /^(winners|shortlist)\.\d+$/,
    issues: 'custom',
    message: /twice/,
    say: ({ tr }) => tr.t('messages.named_twice'),
  },
  { path: /^funding_currency$/, issues: 'format', say: ({ tr, label }) => tr.t('coop.error.currency', { label }) },
  { path: /^time_zone$/, issues: 'custom', say: ({ tr, label }) => tr.t('messages.time_zone', { label }) },
  // Only the domain says these.
  {
    // `password` when deleting the account: the password again.
    path: /^(current_)?password$/,
    message: /not your current password/,
    say: ({ tr, label }) => tr.t('messages.wrong_password', { label }),
  },
  { path: /^email$/, message: /already your address/, say: ({ tr, label }) => tr.t('messages.same_email', { label }) },
  { path: /^email$/, message: /already registered/, say: ({ tr }) => tr.t('messages.email_taken') },
  {
    path: /^channels\.\w+$/,
    message: /always emailed/i,
    say: ({ tr, label }) => tr.t('messages.always_emailed', { label }),
  },
  // A cooperation milestone's figure of another kind (issue 15).
  {
    path: /^(kpi_|regulation|device_class|notified_body|funding_)/,
    message: /belongs to a/,
    say: ({ tr, label }) => tr.t('coop.error.wrong_kind', { label }),
  },
  // A later stage's field the solution lacks when submitted to it (issue 15).
  {
    path: /^(title|summary|trl|approach|team|ip_status|links|attachments|budget_amount_minor|work_plan|pitch_slot)$/,
    message: /^Stage \d+ asks for/,
    say: ({ tr, label }) => tr.t('stages.submit.missing', { label }),
  },
  // A call's rule the submission does not meet (issue 15): the rule by name, the notice above says more.
  {
    path: /^(trl|organization\.(countries|organization_kinds|company_sizes))$/,
    message: /^The call asks for/,
    say: ({ tr, label }) => tr.t('calls.eligibility.refused_rule', { label }),
  },
  { path: /^q$/, message: /letter or digit/, say: ({ tr, label }) => tr.t('messages.search_letters', { label }) },
  { path: /^cluster$/, message: /unknown cluster/i, say: ({ tr, label }) => tr.t('messages.choose', { label }) },
  { path: /^note$/, message: /required/i, say: ({ tr, label }) => tr.t('messages.required', { label }) },
  { path: /^deadline$/, message: /future/, say: ({ tr, label }) => tr.t('messages.date_future', { label }) },
  // An API key's last day (issue 18): the schema's refinement, not a pattern.
  { path: /^expires_at$/, issues: 'custom', say: ({ tr, label }) => tr.t('messages.date_future', { label }) },
  { path: /^cluster$/, message: /^There is no cluster/, say: ({ tr, label }) => tr.t('messages.choose', { label }) },
  { path: /^slug$/, message: /taken/i, say: ({ tr, label }) => tr.t('messages.slug_taken', { label }) },
  { path: /^sort$/, message: /relevance/, say: ({ tr }) => tr.t('messages.relevance') },
  { path: /^cursor$/, say: ({ tr }) => tr.t('messages.cursor') },
  {
    path: /^(winners|shortlist)\.\d+$/,
    message: /not a submitted solution/,
    say: ({ tr }) => tr.t('messages.not_submitted'),
  },
  { path: /^winners\.\d+$/, message: /jurors this challenge asks for/, say: ({ tr }) => tr.t('quality.error.minimum') },
  { path: /^scores\.[^.]+$/, message: /missing/i, say: ({ tr, label }) => tr.t('messages.score', { label }) },
  {
    path: /^scores\.[^.]+$/,
    message: /not a criterion/i,
    say: ({ tr, label }) => tr.t('messages.not_criterion', { label }),
  },
];

/**
 * The page's sentence for a known mistake at `path`: from the schema (`kind` says which issue:
 * `format` for a pattern, `custom` for a refinement, `other`) or from the domain (`domain`).
 */
export function knownMessage(
  path: string,
  message: string,
  kind: 'format' | 'custom' | 'other' | 'domain',
  say: Say,
): string | undefined {
  const known = KNOWN.find(
    (k) =>
      k.path.test(path) &&
      (!k.message || k.message.test(message)) &&
      (kind === 'domain' || k.issues === 'any' || k.issues === kind),
  );
  return known?.say(say);
}

/**
 * An error about the whole form, in the page's language. English pages say the domain's own
 * words; other pages say what they know in their language, and otherwise a sentence of their
 * own followed by the domain's reason, marked as English so it is read as English.
 */
export function wholeFormMessage(err: DomainError, tr: Translator): Child {
  if (tr.locale === 'en') return err.message;
  const { t } = tr;
  if (err.code === 'rate_limited') {
    return tr.plural('messages.rate_limited', Math.max(1, Math.ceil((err.retryAfterSeconds ?? 60) / 60)));
  }
  if (err.code === 'unauthorized' && /email or password is wrong/.test(err.message)) {
    return t('messages.sign_in_failed', { max: LOGIN_FAILURES_PER_ACCOUNT.max });
  }
  const full = t('notifications.saved.full', { max: SAVED_SEARCHES_PER_USER });
  // The saved-search page may have said it in the page's language already.
  if (err.code === 'invalid_state' && (/searches already/.test(err.message) || err.message === full)) return full;
  if (err.code === 'stale_version') return t('messages.stale');
  return (
    <>
      {t(`messages.refused.${err.code}`)} {t('messages.reason_in_english')} <span lang="en">{err.message}</span>
    </>
  );
}
