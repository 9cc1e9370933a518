import { CALL_RULES, type ORGANIZATION_KINDS, type ORGANIZATION_SIZES } from '../../db/enums';
import { DomainError } from '../errors';

type Kind = (typeof ORGANIZATION_KINDS)[number];
type Size = (typeof ORGANIZATION_SIZES)[number];

/** A call's rule as stored (`call_rules.params`), one per kind of rule. */
export type CallRule =
  | { rule: 'trl'; params: { min: number; max: number } }
  | { rule: 'organization_kinds'; params: { kinds: Kind[] } }
  | { rule: 'countries'; params: { countries: string[] } }
  | { rule: 'company_sizes'; params: { sizes: Size[] } };

/** What the rules are checked against: the solution's TRL and the submitter's organization. */
export interface Applicant {
  /** Left out before the solver has written one (the form's notice): the TRL rule is then not judged. */
  trl?: number;
  organization: { kind: Kind | null; country: string | null; size: Size | null } | null;
}

/** A rule the applicant does not meet, saying what it asks and what it found ('unknown' when nothing was told). */
export interface UnmetRule {
  rule: (typeof CALL_RULES)[number];
  expected: string;
  actual: string;
}

const UNKNOWN = 'unknown';
const listed = (values: readonly string[]) => values.join(', ');

/**
 * The rules an applicant does not meet, in the order given; empty when eligible. Pure: the
 * submission (422 `not-eligible`) and the solution form's notice use the same answer.
 */
export function unmetRules(rules: readonly CallRule[], applicant: Applicant): UnmetRule[] {
  const org = applicant.organization;
  const unmet: UnmetRule[] = [];
  for (const r of rules) {
    switch (r.rule) {
      case 'trl': {
        if (applicant.trl === undefined) break;
        if (applicant.trl < r.params.min || applicant.trl > r.params.max)
          unmet.push({ rule: 'trl', expected: `${r.params.min}-${r.params.max}`, actual: String(applicant.trl) });
        break;
      }
      case 'organization_kinds': {
        const kind = org?.kind ?? null;
        if (!kind || !r.params.kinds.includes(kind))
          unmet.push({ rule: r.rule, expected: listed(r.params.kinds), actual: kind ?? UNKNOWN });
        break;
      }
      case 'countries': {
        const country = org?.country || null;
        if (!country || !r.params.countries.includes(country))
          unmet.push({ rule: r.rule, expected: listed(r.params.countries), actual: country ?? UNKNOWN });
        break;
      }
      case 'company_sizes': {
        const size = org?.size ?? null;
        if (!size || !r.params.sizes.includes(size))
          unmet.push({ rule: r.rule, expected: listed(r.params.sizes), actual: size ?? UNKNOWN });
        break;
      }
    }
  }
  return unmet;
}

const RULE_NAMES: Record<UnmetRule['rule'], string> = {
  trl: "the solution's TRL",
  organization_kinds: "your organization's kind",
  countries: "your organization's country",
  company_sizes: "your organization's company size",
};

/** The refusal of a submission that breaks the call's rules: each unmet rule named, with what it asks and found. */
export function notEligible(unmet: readonly UnmetRule[]): DomainError {
  return new DomainError(
    'not_eligible',
    `This challenge belongs to a call whose rules you do not meet: ${unmet
      .map((u) => `${RULE_NAMES[u.rule]} must be ${u.expected} (it is ${u.actual})`)
      .join(
        '; ',
      )}. Nothing was submitted. Change the TRL, or complete your organization's details, where that is the reason.`,
    {
      errors: unmet.map((u) => ({
        path: u.rule === 'trl' ? 'trl' : `organization.${u.rule}`,
        message: `The call asks for ${u.expected}; found ${u.actual}.`,
        ...u,
      })),
    },
  );
}

/** Throws `not_eligible` unless the applicant meets every rule. */
export function assertEligible(rules: readonly CallRule[], applicant: Applicant): void {
  const unmet = unmetRules(rules, applicant);
  if (unmet.length) throw notEligible(unmet);
}

/** `call_rules` of a call as JSON in a query (null when none), read back by `parseRules`. */
export const parseRules = (json: string | null | undefined): CallRule[] =>
  json ? sortRules(JSON.parse(json) as CallRule[]) : [];

/** Rules in one order everywhere: TRL, kinds, countries, sizes. */
export const sortRules = (rules: CallRule[]) =>
  rules.sort((a, b) => CALL_RULES.indexOf(a.rule) - CALL_RULES.indexOf(b.rule));

/** The rules in one canonical spelling (rules, keys and lists sorted), to tell a real change from a resend. */
const canonical = (rules: readonly CallRule[]) =>
  JSON.stringify(
    sortRules([...rules]).map(({ rule, params }) => [
      rule,
      Object.entries(params)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value]),
    ]),
  );

export const sameRules = (a: readonly CallRule[], b: readonly CallRule[]) => canonical(a) === canonical(b);
