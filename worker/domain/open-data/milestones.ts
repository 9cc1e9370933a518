import { sql } from 'drizzle-orm';
import type { Dataset } from './dataset';

interface MilestoneRow {
  kpi_met: number | null;
  [column: string]: string | number | null;
}

/**
 * The public milestones of public cooperations, as the cooperation's public page shows them to an
 * anonymous visitor: a cooperation is public only when both sides agreed (`cooperations.public`),
 * and of its milestones only those marked public. Never a confidential cooperation or milestone,
 * never who recorded a milestone. Money in minor units of its currency, never converted. Keyset
 * over the milestones' primary key (at most a few per cooperation).
 */
export const milestonesDataset: Dataset = {
  columns: [
    'id',
    'cooperation_id',
    'cooperation_status',
    'cooperation_started_at',
    'cluster',
    'challenge_id',
    'challenge_title',
    'solution_id',
    'solution_title',
    'clinic_organization',
    'solver_organization',
    'kind',
    'status',
    'planned_on',
    'achieved_on',
    'kpi_value',
    'kpi_unit',
    'kpi_method',
    'kpi_met',
    'regulation',
    'device_class',
    'notified_body',
    'funding_programme',
    'funding_amount_minor',
    'funding_currency',
    'note',
  ],
  key: 'id',
  async page(db, after, asOf, limit) {
    const rows = await db.all<MilestoneRow>(sql`
      SELECT m.id, co.id AS cooperation_id, co.status AS cooperation_status, co.started_at AS cooperation_started_at,
        cl.slug AS cluster, co.challenge_id, c.title AS challenge_title, co.solution_id, s.title AS solution_title,
        clinic.name AS clinic_organization, solver.name AS solver_organization, m.kind, m.status, m.planned_on,
        m.achieved_on, m.kpi_value, m.kpi_unit, m.kpi_method, m.kpi_met, m.regulation, m.device_class,
        m.notified_body, m.funding_programme, m.funding_amount_minor, m.funding_currency, m.note
      FROM cooperation_milestones m
      CROSS JOIN cooperations co ON co.id = m.cooperation_id
      JOIN clusters cl ON cl.id = co.cluster_id
      JOIN challenges c ON c.id = co.challenge_id
      JOIN solutions s ON s.id = co.solution_id
      LEFT JOIN organizations clinic ON clinic.id = co.clinic_organization_id
      LEFT JOIN organizations solver ON solver.id = co.solver_organization_id
      WHERE m.public = 1 AND co.public = 1 AND m.id > ${after} AND m.created_at <= ${asOf}
      ORDER BY m.id
      LIMIT ${limit}`);
    return rows.map((r) => ({ ...r, kpi_met: r.kpi_met === null ? null : r.kpi_met === 1 }));
  },
};
