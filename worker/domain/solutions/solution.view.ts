import { z } from '@hono/zod-openapi';
import { SOLUTION_STATUSES } from '../../db/enums';
import { AttachmentSchema } from '../attachments/store';
import { FeedbackSchema } from '../evaluation/evaluation.view';
import { SolutionTermsSchema } from '../terms/terms.schema';
import { SolutionFieldsSchema } from './solution.schema';

const status = z.enum(SOLUTION_STATUSES);

/** A solution as its submitter, the challenge owner, moderators and cleared jury members see it. */
export const SolutionSchema = SolutionFieldsSchema.required()
  .extend({
    id: z.string(),
    challenge_id: z.string(),
    status,
    version: z.number().int(),
    submitter: z
      .object({
        id: z.string(),
        name: z.string().openapi({ description: 'Empty when the account was deleted.' }),
      })
      .nullable()
      .openapi({ description: 'Null for a jury member of a challenge reviewed blind (see `blind`).' }),
    organization: z.object({ name: z.string(), kind: z.string(), country: z.string() }).nullable(),
    blind: z.boolean().openapi({
      description:
        'The challenge is reviewed blind and you are on its jury: the submitter, team, organization and links are withheld from you (team empty, links empty, submitter and organization null).',
    }),
    created_at: z.string(),
    updated_at: z.string(),
    submitted_at: z.string().nullable(),
    my_evaluation: z
      .object({ scores: z.record(z.string(), z.number()), comment: z.string().nullable(), updated_at: z.string() })
      .nullable()
      .openapi({ description: 'Your own scores, when you are on the jury. Never anyone else’s.' }),
    attachments: z.array(AttachmentSchema),
    terms: SolutionTermsSchema.openapi({
      description: "The challenge's terms in force and the team's acceptances (who, which version, when).",
    }),
    feedback: FeedbackSchema.nullable().openapi({
      description: "For the submitter after the decision, when the owner shares the jury's feedback.",
    }),
  })
  .openapi('Solution');
export type Solution = z.output<typeof SolutionSchema>;

/** A line of the solution list; a jury member sees only title and organization until they declare. */
export const SolutionListItemSchema = z
  .object({
    id: z.string(),
    status,
    title: z.string(),
    organization: z.string().nullable(),
    blind: z.boolean().openapi({
      description: 'Reviewed blind and you are on the jury: the organization is withheld (null), not missing.',
    }),
    trl: z.number().int().nullable(),
    summary: z.string().nullable(),
    submitted_at: z.string().nullable(),
    mine: z.boolean(),
    my_conflict: z
      .boolean()
      .nullable()
      .openapi({ description: 'Jury only: your declaration (null: not yet declared).' }),
    my_scored: z.boolean().openapi({ description: 'Jury only: whether you have scored it.' }),
  })
  .openapi('SolutionListItem');
export type SolutionListItem = z.output<typeof SolutionListItemSchema>;
