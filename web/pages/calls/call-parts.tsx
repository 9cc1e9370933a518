import type { CallRule, UnmetRule } from '../../../worker/domain/calls/eligibility';
import type { CallRecord } from '../../../worker/domain/calls/read';
import type { Translator } from '../../i18n';

/** A rule of a call as a sentence in the page language. */
export function ruleSentence(tr: Translator, rule: CallRule): string {
  switch (rule.rule) {
    case 'trl':
      return tr.t('calls.rule.trl', { min: tr.number(rule.params.min), max: tr.number(rule.params.max) });
    case 'organization_kinds':
      return tr.t('calls.rule.organization_kinds', { values: tr.list(rule.params.kinds.map((k) => tr.t(`org.${k}`))) });
    case 'countries':
      return tr.t('calls.rule.countries', { values: tr.list(rule.params.countries) });
    case 'company_sizes':
      return tr.t('calls.rule.company_sizes', {
        values: tr.list(rule.params.sizes.map((s) => tr.t(`organizations.size.${s}`))),
      });
  }
}

/** The rules of a call as a list, or that anyone may submit. */
export function CallRules({ tr, rules }: { tr: Translator; rules: readonly CallRule[] }) {
  if (rules.length === 0) return <p>{tr.t('calls.no_rules')}</p>;
  return (
    <ul>
      {rules.map((rule) => (
        <li>{ruleSentence(tr, rule)}</li>
      ))}
    </ul>
  );
}

/** What a rule found, in words: a kind or size translated, a country or TRL as it is, "not stated" for unknown. */
function actualWords(tr: Translator, unmet: UnmetRule): string {
  if (unmet.actual === 'unknown') return tr.t('calls.eligibility.unknown');
  if (unmet.rule === 'organization_kinds') return tr.t(`org.${unmet.actual}` as 'org.clinic');
  if (unmet.rule === 'company_sizes') return tr.t(`organizations.size.${unmet.actual}` as 'organizations.size.micro');
  return unmet.actual;
}

/** What a rule asks, in words. */
function expectedWords(tr: Translator, rule: CallRule): string {
  switch (rule.rule) {
    case 'trl':
      return `${tr.number(rule.params.min)}–${tr.number(rule.params.max)}`;
    case 'organization_kinds':
      return tr.list(
        rule.params.kinds.map((k) => tr.t(`org.${k}`)),
        'disjunction',
      );
    case 'countries':
      return tr.list(rule.params.countries, 'disjunction');
    case 'company_sizes':
      return tr.list(
        rule.params.sizes.map((s) => tr.t(`organizations.size.${s}`)),
        'disjunction',
      );
  }
}

/**
 * The solution form's notice for a challenge in a call: its rules, and those the solver's
 * organization does not meet, before they start writing (the submission refuses them the same way).
 */
export function EligibilityNotice({
  tr,
  call,
  rules,
  unmet,
}: {
  tr: Translator;
  call: { id: string; title: string };
  rules: readonly CallRule[];
  unmet: readonly UnmetRule[];
}) {
  const { t } = tr;
  return (
    <section class={unmet.length ? 'notice notice-warning' : 'notice'} aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">
        {t('calls.eligibility.title', { title: '' })}
        <a href={`/calls/${call.id}`}>{call.title}</a>
      </h2>
      <CallRules tr={tr} rules={rules} />
      {unmet.length > 0 ? (
        <>
          <p>
            <strong>{t('calls.eligibility.unmet')}</strong>
          </p>
          <ul>
            {unmet.map((u) => {
              const rule = rules.find((r) => r.rule === u.rule);
              return (
                <li>
                  {t('calls.eligibility.item', {
                    rule: t(`calls.eligibility.rule.${u.rule}`),
                    expected: rule ? expectedWords(tr, rule) : u.expected,
                    actual: actualWords(tr, u),
                  })}
                </li>
              );
            })}
          </ul>
          <p>{t('calls.eligibility.fix')}</p>
        </>
      ) : (
        rules.length > 0 && <p>{t('calls.eligibility.met')}</p>
      )}
    </section>
  );
}

/** Benefits of a call: kind, amount in its own currency (never converted), details. */
export function CallBenefits({ tr, benefits }: { tr: Translator; benefits: CallRecord['benefits'] }) {
  if (benefits.length === 0) return <p>{tr.t('calls.no_benefits')}</p>;
  return (
    <ul>
      {benefits.map((b) => (
        <li>
          <strong>{tr.t(`calls.benefit.${b.kind}`)}</strong>
          {b.amount_minor !== null && b.currency && (
            <> · {tr.number(b.amount_minor / 100, { style: 'currency', currency: b.currency })}</>
          )}
          {b.details && <> · {b.details}</>}
        </li>
      ))}
    </ul>
  );
}
