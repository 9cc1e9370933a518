import { z } from 'zod';
import { EmailSchema } from '../../worker/domain/accounts/account.schema';
import {
  ConflictAnswersSchema,
  ConflictInputSchema,
  DecisionInputSchema,
  EvaluationInputSchema,
} from '../../worker/domain/evaluation/evaluation.schema';
import { chosen, number, prefixed, text, yesNo } from '../pipeline/decoders';
import { defineForm } from '../pipeline/forms';

/** Invite a jury member by email (the same answer whether or not an account uses the address). */
export const juryForm = defineForm({
  schema: z.object({ email: EmailSchema }),
  decode: (values) => ({ email: values.email }),
  labels: ({ t }) => ({ email: t('jury.invite_email') }),
});

/** Only an explicit answer counts: a post without one must never read as "no conflict". */
export const declareForm = defineForm({
  schema: ConflictInputSchema,
  decode: (values) => ({ conflict: yesNo(values.conflict), note: text(values.note) }),
  labels: ({ t }) => ({ note: t('declare.note'), conflict: t('declare.title') }),
  messages: ({ t }) => ({ conflict: t('declare.choose') }),
});

/**
 * Declarations for several solutions at once: `conflicts.<id>` "yes" or "no" (a solution without
 * an answer is left undeclared, never read as "no conflict") and an optional `notes.<id>`.
 */
export const declareAllForm = (solutions: readonly { id: string; title: string }[]) =>
  defineForm({
    schema: ConflictAnswersSchema,
    decode: (values) => ({
      conflicts: Object.fromEntries(
        Object.entries(prefixed(values, 'conflicts.'))
          .map(([id, v]) => [id, yesNo(v)] as const)
          .filter(([, answer]) => answer !== undefined),
      ),
      notes: Object.fromEntries(
        Object.entries(prefixed(values, 'notes.'))
          .map(([id, v]) => [id, text(v)] as const)
          .filter(([, note]) => note !== undefined),
      ),
    }),
    labels: ({ t }) => ({
      conflicts: t('judging.declare.answers'),
      ...Object.fromEntries(
        solutions.map((s) => [`conflicts.${s.id}`, t('judging.declare.answer_for', { title: s.title })]),
      ),
      ...Object.fromEntries(solutions.map((s) => [`notes.${s.id}`, t('judging.declare.note_for', { title: s.title })])),
    }),
    messages: ({ t }) => ({ conflicts: t('judging.declare.choose_one') }),
  });

/**
 * One 1–5 choice per criterion (`scores.<key>`), labelled by the challenge's own criteria, and a
 * comment. The button pressed says whether it is the score (`intent=score`) or a draft to finish
 * later (`intent=draft`); Enter in a field sends the score, the first button.
 */
export const scoreForm = (criteria: readonly { key: string; label: string }[]) =>
  defineForm({
    schema: EvaluationInputSchema,
    decode: (values) => ({
      scores: Object.fromEntries(Object.entries(prefixed(values, 'scores.')).map(([key, v]) => [key, number(v)])),
      comment: text(values.comment),
      ...(values.intent === 'draft' ? { draft: true } : {}),
    }),
    labels: ({ t }) => ({
      ...Object.fromEntries(criteria.map((c) => [`scores.${c.key}`, c.label])),
      comment: t('score.comment'),
    }),
  });

/** One outcome per solution (`outcome.<id>`: winner, shortlisted or not selected) and a note to all solvers. */
export const decisionForm = defineForm({
  schema: DecisionInputSchema,
  decode: (values) => {
    const winners = chosen(values, 'outcome.', 'winner');
    // A note written for a solution that is not named a winner is not sent: it would not apply.
    const overrides = winners.flatMap((id) => {
      const note = text(values[`override.${id}`]);
      return note ? [{ solution_id: id, note }] : [];
    });
    return { winners, shortlist: chosen(values, 'outcome.', 'shortlisted'), note: text(values.note), overrides };
  },
  labels: ({ t }) => ({
    winners: t('ranking.winners'),
    shortlist: t('ranking.winners'),
    note: t('ranking.note'),
    overrides: t('quality.override.generic'),
  }),
  collapse: ['winners', 'shortlist', 'overrides'],
  messages: ({ t }) => ({ winners: t('ranking.no_winner'), overrides: t('quality.error.override_note') }),
});
