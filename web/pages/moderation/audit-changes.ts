import {
  CARE_PATHWAY_STEPS,
  CHALLENGE_STATUSES,
  DATA_ON_OFFER,
  REGULATIONS,
  REWARD_KINDS,
  SOLUTION_STATUSES,
  VISIBILITIES,
} from '../../../worker/db/enums';
import { personName } from '../../components/person-name';
import { editChallengeForm } from '../../forms/challenges';
import { solutionLabels } from '../../forms/solutions';
import { isLocale, LOCALE_NAMES, type Translator } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { enModeration } from '../../i18n/moderation/en';

/** One line of what an entry changed: a field by its label, and its value(s) in words ("31 Mar → 30 Apr"). */
export interface Change {
  label: string;
  text: string;
}

/** An audit entry as stored (before/after are the domain's JSON) with the name of the person it is about. */
interface Entry {
  action: string;
  /** What the entry is about: a solution's fields are labelled as the solution form labels them. */
  entity_type?: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  subject_name: string | null;
  /** Fields an admin emptied (text posted by mistake): they read as removed, not as empty. */
  purged_fields?: string[] | null;
}

/** Long texts (a problem statement, a note) are quoted this far in the line; the recorded data keeps all. */
const EXCERPT = 120;
/** Bookkeeping, not something a reader asks about: the version counter, the report's and attachment's own ids. */
const SKIPPED = new Set(['version', 'report', 'attachment_id']);
const DATES = new Set(['deadline', 'evaluation_deadline']);
/** Short codes shown as they are. */
const CODES = new Set(['icd10_code', 'device_class', 'content_type']);

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const has = (key: string): key is MessageKey => key in enModeration;

/** The entry's title in words ("Approved and published"), or null for an event without one. */
export function actionTitle(tr: Translator, action: string): string | null {
  const key = `moderation.audit.action.${action}`;
  return has(key) ? tr.t(key) : null;
}

/** A field's name as the thing's form labels it, else as the trail names it, else its code. */
export function labeller(tr: Translator, entityType?: string) {
  const form = entityType === 'solution' ? solutionLabels(tr) : editChallengeForm.labels(tr);
  return (field: string) => {
    const own = `moderation.audit.field.${field}`;
    return form[field] ?? (has(own) ? tr.t(own) : field);
  };
}

/**
 * A value in words in the page's language: dates, states and choices translated, texts quoted;
 * scores by the criteria's names when `criteria` knows them.
 */
function valueText(tr: Translator, field: string, value: unknown, criteria: Record<string, string> = {}): string {
  const { t } = tr;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return tr.number(value);
  if (field === 'status' && (oneOf(CHALLENGE_STATUSES, value) || oneOf(SOLUTION_STATUSES, value))) {
    return t(`status.${value}`);
  }
  if (field === 'care_pathway_step' && oneOf(CARE_PATHWAY_STEPS, value)) return t(`pathway.${value}`);
  if (field === 'regulation' && oneOf(REGULATIONS, value)) return t(`regulation.${value}`);
  if (field === 'data_on_offer' && oneOf(DATA_ON_OFFER, value)) return t(`data.${value}`);
  if (field === 'reward_kind' && oneOf(REWARD_KINDS, value)) return t(`reward.${value}`);
  if (field === 'visibility' && oneOf(VISIBILITIES, value)) return t(`visibility.${value}`);
  if (field === 'language' && isLocale(value)) return LOCALE_NAMES[value];
  if (DATES.has(field) && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return tr.date(value);
  if (field === 'reason' && value === 'submission deadline passed') return t('moderation.audit.deadline_passed');
  if ((field === 'winners' || field === 'shortlist') && Array.isArray(value)) {
    return tr.plural('moderation.audit.solutions', value.length);
  }
  if (field === 'criteria' && Array.isArray(value)) {
    return value
      .map((c: { label?: unknown; weight?: unknown }) =>
        t('moderation.audit.criterion', { label: String(c.label ?? ''), weight: String(c.weight ?? '') }),
      )
      .join('; ');
  }
  // A jury member's scores by criterion ("Clinical impact 4, Feasibility 3"; the key of one since removed).
  if (field === 'scores' && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value)
      .map(([key, score]) => `${criteria[key] ?? key} ${tr.number(Number(score))}`)
      .join(', ');
  }
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string') {
    if (CODES.has(field) || field === 'status') return value;
    const text = value.length > EXCERPT ? `${value.slice(0, EXCERPT).trimEnd()}…` : value;
    return t('moderation.audit.quoted', { text });
  }
  return JSON.stringify(value);
}

/**
 * What an entry changed, one line per field: "Deadline: 31 Mar 2027 → 30 Apr 2027", "Status: In
 * review → Open", "Jury: added Dr. X". A field the entry has no "before" for reads as its new value.
 */
export function describeChanges(tr: Translator, entry: Entry, criteria: Record<string, string> = {}): Change[] {
  const label = labeller(tr, entry.entity_type);
  const { before, after } = entry;
  if (entry.action === 'jury.assign' || entry.action === 'jury.remove') {
    const name = entry.subject_name === null ? tr.t('moderation.audit.someone') : personName(tr, entry.subject_name);
    const key = entry.action === 'jury.assign' ? 'moderation.audit.jury_added' : 'moderation.audit.jury_removed';
    return [{ label: label('jury'), text: tr.t(key, { name }) }];
  }
  // A purge names the fields it emptied (by their labels) and why; which entry is said by the trail around it.
  if (entry.action === 'audit.purge') {
    const fields = Array.isArray(after?.fields) ? after.fields.map((field) => label(String(field))) : [];
    const also = Array.isArray(after?.also) ? after.also.length : 0;
    return [
      { label: label('fields'), text: tr.list(fields) },
      ...(also ? [{ label: label('also'), text: tr.number(also) }] : []),
      { label: label('reason'), text: valueText(tr, 'reason', after?.reason) },
    ];
  }
  // A report's own states (open → actioned) are said by the entry's title; its note is worth a line.
  const fields = entry.action.startsWith('report.')
    ? ['note']
    : [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const ordered = fields.includes('status') ? ['status', ...fields.filter((f) => f !== 'status')] : fields;
  const changes: Change[] = [];
  for (const field of ordered) {
    if (SKIPPED.has(field)) continue;
    const now = after?.[field];
    const was = before?.[field];
    const purged = entry.purged_fields?.includes(field) ?? false;
    const gone = (value: unknown) => value === null || value === undefined;
    // Emptied on both sides: removed. Emptied on one side only (it repeated text purged from another
    // entry, e.g. the previous answer): that side reads as removed, the other as it was written.
    if (purged && gone(now) && gone(was)) {
      changes.push({ label: label(field), text: tr.t('moderation.audit.removed') });
      continue;
    }
    const shown = (value: unknown) =>
      purged && gone(value) ? tr.t('moderation.audit.removed') : valueText(tr, field, value, criteria);
    if (field === 'note' && gone(now) && !purged) continue;
    const text =
      before && field in before && after && field in after
        ? `${shown(was)} → ${shown(now)}`
        : shown(after && field in after ? now : was);
    changes.push({ label: label(field), text });
  }
  return changes;
}
