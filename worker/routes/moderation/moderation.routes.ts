import { createRoute, z } from '@hono/zod-openapi';
import { AUDIT_ENTITY_TYPES } from '../../db/enums';
import { PurgeInputSchema } from '../../domain/moderation/audit-purge';
import { ReportInputSchema, ReportSchema, ResolutionInputSchema } from '../../domain/moderation/report.schema';
import { PageQuerySchema, pageOf } from '../../domain/paging';
import { idParam, jsonBody, jsonContent, problemResponses, SIGNED_IN } from '../../http/openapi';
import { CREATED, OK } from '../../http/status';

const QueueSchema = z
  .object({
    clusters: z
      .array(z.object({ slug: z.string(), name: z.string() }))
      .openapi({ description: 'The clusters you moderate (all for admins), by name: the values of `cluster`.' }),
    challenges_in_review: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        cluster: z.string().openapi({ description: "The cluster's slug." }),
        cluster_name: z.string(),
        owner: z.string().openapi({ description: 'Their name; empty when the account was deleted.' }),
        submitted_at: z.string().nullable(),
        deadline: z.string(),
        version: z.number().int(),
      }),
    ),
    open_reports: z.array(
      z.object({
        id: z.string(),
        entity_type: z.string(),
        entity_id: z.string(),
        reason: z.string(),
        cluster: z.string().openapi({ description: "The cluster's slug." }),
        cluster_name: z.string(),
        reporter: z.string().openapi({ description: 'Their name; empty when the account was deleted.' }),
        created_at: z.string(),
        challenge_id: z
          .string()
          .nullable()
          .openapi({ description: 'The challenge the reported challenge, question or solution belongs to.' }),
        challenge_title: z.string().nullable(),
        subject: z
          .string()
          .nullable()
          .openapi({ description: "The reported thing in a few words: a title, or a question's first sentences." }),
      }),
    ),
  })
  .openapi('ModerationQueue');

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    action: z.string(),
    entity_type: z.string(),
    entity_id: z.string(),
    cluster: z.string().nullable(),
    actor: z
      .object({ id: z.string(), name: z.string().openapi({ description: 'Empty when the account was deleted.' }) })
      .nullable()
      .openapi({ description: 'null: the system (e.g. the deadline job).' }),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable().openapi({
      description:
        "Of a solution's content (title, summary …) `before` and `after` hold only what you may read: nothing written while it was a draft. Entries about a solution you may not read are not listed.",
    }),
    created_at: z.string(),
    purged_fields: z.array(z.string()).nullable().openapi({
      description: 'Fields an admin emptied (text posted by mistake): null in `before` and `after`. null: none.',
    }),
    purged_at: z.string().nullable().openapi({ description: 'When an admin last purged text from this entry.' }),
    purged_by: z
      .string()
      .nullable()
      .openapi({ description: 'The id of the admin who did (see the `audit.purge` entry).' }),
  })
  .openapi('AuditEntry');

export const queue = createRoute({
  operationId: 'getModerationQueue',
  method: 'get',
  path: '/api/v1/moderation/queue',
  tags: ['Moderation'],
  summary: 'Challenges waiting for review and open reports in the clusters you moderate',
  security: SIGNED_IN,
  request: {
    query: z.object({
      cluster: z
        .string()
        .max(60)
        .optional()
        .openapi({ description: "Only this cluster's challenges and reports (its slug; one of `clusters`)." }),
    }),
  },
  responses: {
    [OK]: jsonContent(QueueSchema, 'Your queue.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden'),
  },
});

export const createReport = createRoute({
  operationId: 'reportContent',
  method: 'post',
  path: '/api/v1/reports',
  tags: ['Moderation'],
  summary: 'Flag a challenge, question or solution you can see for the moderators',
  security: SIGNED_IN,
  request: { body: jsonBody(ReportInputSchema) },
  responses: {
    [CREATED]: jsonContent(ReportSchema, 'The report.'),
    ...problemResponses('validation_failed', 'unauthorized', 'not_found', 'duplicate'),
  },
});

export const resolveReport = createRoute({
  operationId: 'resolveReport',
  method: 'post',
  path: '/api/v1/reports/{id}/resolution',
  tags: ['Moderation'],
  summary: 'Dismiss a report, or hide the reported content (moderators of its cluster)',
  security: SIGNED_IN,
  request: {
    params: z.object({ id: idParam('id') }),
    body: jsonBody(ResolutionInputSchema),
  },
  responses: {
    [OK]: jsonContent(ReportSchema, 'The resolved report.'),
    ...problemResponses('validation_failed', 'unauthorized', 'not_found', 'invalid_state'),
  },
});

export const audit = createRoute({
  operationId: 'listAuditEntries',
  method: 'get',
  path: '/api/v1/audit',
  tags: ['Moderation'],
  summary:
    "The audit log, newest first (moderators: their clusters; admins: everything; a challenge's owner: its trail)",
  description:
    "With `challenge`, one challenge's trail: entries about it, its questions and its solutions, for its owner and the moderators of its cluster (404 for everyone else). The owner reads no reports, and of solutions only those they may read. A moderator with a solution of their own in a challenge reads nothing of the other solutions there. Without `challenge`: moderators and admins only.",
  security: SIGNED_IN,
  request: {
    query: PageQuerySchema.extend({
      entity_type: z.enum(AUDIT_ENTITY_TYPES).optional(),
      entity_id: z.string().max(64).optional(),
      challenge: z
        .string()
        .max(64)
        .optional()
        .openapi({ description: "A challenge's id: its trail (entries about it, its questions and its solutions)." }),
      cluster: z.string().max(60).optional(),
    }),
  },
  responses: {
    [OK]: jsonContent(pageOf(AuditEntrySchema), 'A page of audit entries.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found'),
  },
});

export const purgeAudit = createRoute({
  operationId: 'purgeAuditEntry',
  method: 'post',
  path: '/api/v1/audit/{id}/purge',
  tags: ['Moderation'],
  summary: 'Remove text posted by mistake from an audit entry, leaving a record that you did (admins)',
  description:
    'Empties the chosen fields (default: every field holding text; only such fields may be named, else 400) in `before` and `after`, and writes an `audit.purge` entry on the same thing with the fields and your reason, never the text. Other entries about the same thing that repeat the purged text in those fields lose it too, and the record lists them (`after.also`). Purging fields already purged changes nothing and records nothing: the entry is returned as it is. An `audit.purge` entry itself is not purged (409).',
  security: SIGNED_IN,
  request: {
    params: z.object({ id: idParam('id') }),
    body: jsonBody(PurgeInputSchema),
  },
  responses: {
    [OK]: jsonContent(AuditEntrySchema, 'The entry, purged.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_state'),
  },
});
