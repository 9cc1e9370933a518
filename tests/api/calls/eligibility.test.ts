import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '../../../worker/db/enums';
import { type Applicant, type CallRule, unmetRules } from '../../../worker/domain/calls/eligibility';

// The pure rule check that submission (422 not_eligible) and the solution form's notice share.

const COUNTRIES = ['DE', 'AT', 'IT', 'RO', 'CH'] as const;

const trlRule = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }))
  .map(([a, b]): CallRule => ({ rule: 'trl', params: { min: Math.min(a, b), max: Math.max(a, b) } }));
const kindsRule = fc
  .subarray([...ORGANIZATION_KINDS], { minLength: 1 })
  .map((kinds): CallRule => ({ rule: 'organization_kinds', params: { kinds } }));
const countriesRule = fc
  .subarray([...COUNTRIES], { minLength: 1 })
  .map((countries): CallRule => ({ rule: 'countries', params: { countries } }));
const sizesRule = fc
  .subarray([...ORGANIZATION_SIZES], { minLength: 1 })
  .map((sizes): CallRule => ({ rule: 'company_sizes', params: { sizes } }));

/** At most one rule of each kind, as a call stores them. */
const rules = fc
  .record({
    trl: fc.option(trlRule, { nil: undefined }),
    kinds: fc.option(kindsRule, { nil: undefined }),
    countries: fc.option(countriesRule, { nil: undefined }),
    sizes: fc.option(sizesRule, { nil: undefined }),
  })
  .map((r) => [r.trl, r.kinds, r.countries, r.sizes].filter((x): x is CallRule => x !== undefined));

const applicant: fc.Arbitrary<Applicant> = fc.record({
  trl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  organization: fc.option(
    fc.record({
      kind: fc.option(fc.constantFrom(...ORGANIZATION_KINDS), { nil: null }),
      country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
      size: fc.option(fc.constantFrom(...ORGANIZATION_SIZES), { nil: null }),
    }),
    { nil: null },
  ),
});

/** Whether one rule admits the applicant, written out independently of the implementation. */
function admits(rule: CallRule, a: Applicant): boolean {
  const org = a.organization;
  switch (rule.rule) {
    case 'trl':
      return a.trl === undefined || (a.trl >= rule.params.min && a.trl <= rule.params.max);
    case 'organization_kinds':
      return !!org?.kind && rule.params.kinds.includes(org.kind);
    case 'countries':
      return !!org?.country && rule.params.countries.includes(org.country);
    case 'company_sizes':
      return !!org?.size && rule.params.sizes.includes(org.size);
  }
}

describe('unmetRules', () => {
  test.prop([rules, applicant])(
    'names exactly the rules that do not admit the applicant, once each, in order',
    (rs, a) => {
      const unmet = unmetRules(rs, a);
      expect(unmet.map((u) => u.rule)).toEqual(rs.filter((r) => !admits(r, a)).map((r) => r.rule));
    },
  );

  test.prop([rules, applicant])('an unmet rule says what it found, "unknown" when nothing was told', (rs, a) => {
    for (const u of unmetRules(rs, a)) {
      const found =
        u.rule === 'trl'
          ? String(a.trl)
          : u.rule === 'organization_kinds'
            ? a.organization?.kind
            : u.rule === 'countries'
              ? a.organization?.country
              : a.organization?.size;
      expect(u.actual).toBe(found ?? 'unknown');
      expect(u.expected.length).toBeGreaterThan(0);
    }
  });

  test.prop([applicant])('a call without rules admits everyone', (a) => {
    expect(unmetRules([], a)).toEqual([]);
  });

  test.prop([rules, applicant])('more rules never admit more applicants', (rs, a) => {
    const fewer = rs.slice(1);
    expect(unmetRules(fewer, a).length).toBeLessThanOrEqual(unmetRules(rs, a).length);
  });
});
