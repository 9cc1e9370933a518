import type { Milestone } from '../../../worker/domain/cooperations/cooperation.schema';
import type { Translator } from '../../i18n';

/** The figures of a milestone of its kind, as sentences; nothing for kinds without any. */
export function Figures({ tr, m }: { tr: Translator; m: Milestone }) {
  const { t } = tr;
  if (m.kind === 'kpi_result' && m.kpi_value !== null) {
    return (
      <>
        <p>
          <strong>
            {tr.number(m.kpi_value)} {m.kpi_unit ?? ''}
          </strong>
          {' · '}
          {m.kpi_met === true ? t('coop.kpi.met') : m.kpi_met === false ? t('coop.kpi.not_met') : t('coop.kpi.open')}
        </p>
        {m.kpi_method && <p class="meta">{m.kpi_method}</p>}
      </>
    );
  }
  if (m.kind === 'regulatory' && m.regulation) {
    return (
      <p>
        {t('coop.regulatory_line', { regulation: m.regulation.toUpperCase(), device_class: m.device_class ?? '–' })}
        {m.notified_body && (
          <>
            {' · '}
            {t('coop.notified_body', { body: m.notified_body })}
          </>
        )}
      </p>
    );
  }
  if (m.kind === 'follow_on_funding' && m.funding_amount_minor !== null && m.funding_currency) {
    return (
      <p>
        <strong>{tr.number(m.funding_amount_minor / 100, { style: 'currency', currency: m.funding_currency })}</strong>
        {m.funding_programme && ` · ${m.funding_programme}`}
      </p>
    );
  }
  return null;
}

/** When: achieved on, or planned for. */
export function When({ tr, m }: { tr: Translator; m: Milestone }) {
  if (m.achieved_on) return <>{tr.t('coop.achieved_on', { date: tr.date(m.achieved_on) })}</>;
  if (m.planned_on) return <>{tr.t('coop.planned_on', { date: tr.date(m.planned_on) })}</>;
  return null;
}

/** The milestones as cards (they fit a phone); `editHref` gives each its update link. */
export function MilestoneCards({
  tr,
  milestones,
  editHref,
  level = 3,
}: {
  tr: Translator;
  milestones: Milestone[];
  editHref?: (m: Milestone) => string;
  level?: 3 | 4;
}) {
  const { t } = tr;
  if (milestones.length === 0) return <p>{t('coop.milestones.none')}</p>;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <ul class="cards milestones">
      {milestones.map((m) => (
        <li class="card" id={`milestone-${m.id}`}>
          <Heading>{t(`coop.kind.${m.kind}`)}</Heading>
          <p class="meta">
            {t(`coop.mstatus.${m.status}`)}
            {(m.achieved_on || m.planned_on) && ' · '}
            <When tr={tr} m={m} />
            {m.public && ` · ${t('coop.milestone.public')}`}
          </p>
          <Figures tr={tr} m={m} />
          {m.note && <p>{m.note}</p>}
          {editHref && (
            <p>
              <a href={editHref(m)} aria-label={t('coop.milestone.edit_named', { kind: t(`coop.kind.${m.kind}`) })}>
                {t('coop.milestone.edit')}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
