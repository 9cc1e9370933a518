import { z } from '@hono/zod-openapi';
import { CHALLENGE_STATUSES } from '../../db/enums';
import { OrganizationSchema } from '../accounts/account.schema';
import { AttachmentSchema } from '../attachments/store';
import { ChallengeFieldsSchema, CriterionSchema } from './challenge.schema';
import { NOTE_STANDINGS } from './lifecycle';

const ref = z.object({ slug: z.string(), name: z.string() });

export const QuestionSchema = z
  .object({
    id: z.string(),
    body: z.string(),
    answer: z.string().nullable(),
    asked_at: z.string(),
    answered_at: z.string().nullable(),
    asked_by_me: z.boolean(),
  })
  .openapi('Question');

const common = {
  id: z.string(),
  status: z.enum(CHALLENGE_STATUSES),
  cluster: ref,
  organization: OrganizationSchema.pick({ name: true, kind: true, country: true }).nullable(),
  tags: z.array(z.string()),
  endorsement_count: z.number().int(),
  created_at: z.string(),
  published_at: z.string().nullable(),
};

/** One line of a challenge list. */
export const ChallengeSummarySchema = ChallengeFieldsSchema.pick({
  title: true,
  summary: true,
  indication: true,
  care_pathway_step: true,
  trl_min: true,
  trl_max: true,
  deadline: true,
  language: true,
  visibility: true,
  reward_kind: true,
})
  .extend({
    ...common,
    stages: z
      .object({ current: z.number().int(), count: z.number().int() })
      .optional()
      .openapi({ description: 'The stage it is in and how many it has (issue 15; in the catalogue).' }),
  })
  .openapi('ChallengeSummary');
export type ChallengeSummary = z.output<typeof ChallengeSummarySchema>;

/** A challenge with its clinical need, criteria, counts and Q&A. */
export const ChallengeSchema = ChallengeFieldsSchema.omit({ tags: true, criteria: true })
  .required()
  .extend({
    ...common,
    version: z.number().int().openapi({ description: 'Send back as `version` or `If-Match` when editing.' }),
    owner: z.object({
      id: z.string(),
      name: z.string().openapi({ description: 'Empty when the account was deleted.' }),
    }),
    criteria: z.array(CriterionSchema),
    question_count: z.number().int(),
    endorsed_by_me: z.boolean(),
    moderator_note: z.string().nullable().openapi({ description: 'Shown to the owner and moderators only.' }),
    moderator_note_standing: z.enum(NOTE_STANDINGS).nullable().openapi({
      description:
        'Where the moderator note stands: pending (changes requested, the owner acts), answered (submitted again), resolved (approved since, or withdrawn), rejection (why it was rejected). Null when there is no note for this viewer.',
    }),
    decision_note: z.string().nullable(),
    call_title: z.string().nullable().openapi({ description: 'The title of the call it belongs to (issue 15).' }),
    updated_at: z.string(),
    submitted_at: z.string().nullable(),
    decided_at: z.string().nullable(),
    questions: z.array(QuestionSchema),
    attachments: z.array(AttachmentSchema),
  })
  .openapi('Challenge');
export type Challenge = z.output<typeof ChallengeSchema>;
