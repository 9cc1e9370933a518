import { z } from '@hono/zod-openapi';
import { createSelectSchema } from 'drizzle-zod';
import { REPORT_ENTITY_TYPES } from '../../db/enums';
import { reports } from '../../db/schema';

export const ReportInputSchema = z
  .object({
    entity_type: z.enum(REPORT_ENTITY_TYPES),
    entity_id: z.string().min(1).max(64),
    reason: z.string().trim().min(10, 'Say in a sentence what is wrong (at least 10 characters).').max(2000),
  })
  .strict()
  .openapi('ReportInput');
export type ReportInput = z.output<typeof ReportInputSchema>;

export const ResolutionInputSchema = z
  .object({
    action: z.enum(['dismiss', 'hide']).openapi({ description: '`hide` takes the reported content out of view.' }),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi('ReportResolution');

export const ReportSchema = createSelectSchema(reports)
  .pick({
    id: true,
    entity_type: true,
    entity_id: true,
    reason: true,
    status: true,
    resolution_note: true,
    resolved_at: true,
    created_at: true,
  })
  .openapi('Report');
export type Report = z.output<typeof ReportSchema>;
