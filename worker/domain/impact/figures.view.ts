import { z } from '@hono/zod-openapi';

const QuarterValue = z.object({ quarter: z.string().openapi({ example: '2024-Q1' }), value: z.number().int() });
const Series = z.array(QuarterValue).openapi({ description: 'One entry per quarter of the range, zeros included.' });
const Share = z.object({ key: z.string().openapi({ example: 'DE' }), value: z.number().int() });

const Timing = z.object({
  n: z.number().int().openapi({ description: 'Challenges decided.' }),
  median_days: z.number().nullable(),
  p90_days: z.number().nullable().openapi({ description: 'Nearest rank: the ⌈0.9·n⌉-th shortest.' }),
});
const TimingSeries = z.object({
  by_quarter: z.array(Timing.extend({ quarter: z.string() })).openapi({ description: 'By quarter of the decision.' }),
  overall: Timing,
});

export const ImpactFiguresSchema = z
  .object({
    scope: z.object({
      kind: z.enum(['cluster', 'network']),
      slug: z.string().nullable(),
      name: z.string().nullable(),
      call: z
        .object({ id: z.string(), title: z.string() })
        .optional()
        .openapi({ description: 'With `?call=` only: the call whose challenges the figures count.' }),
    }),
    audience: z.enum(['full', 'public']).openapi({
      description: "`full` for the cluster's moderators and admins; `public` for everyone else (public figures only).",
    }),
    range: z
      .object({
        from: z.string(),
        to: z.string(),
        quarters: z.array(z.string()),
        counts_from: z.string(),
        counts_to: z.string(),
      })
      .openapi({
        description:
          'Medians and p90 are exact for `from`–`to` (both included); counts, distinct SMEs among them, are kept by quarter, so they cover the whole quarters `counts_from`–`counts_to`.',
      }),
    needs: z.object({ posted: Series.nullable(), published: Series }),
    decisions: Series,
    solutions: z.object({
      by_quarter: Series.nullable(),
      total: z.number().int().nullable(),
      by_country: z.array(Share).openapi({
        description:
          'Over the counted quarters. In the public figures, countries with fewer than 5 solutions are left out (k-anonymity).',
      }),
      by_kind: z.array(Share).nullable(),
      countries_withheld: z.boolean().openapi({
        description:
          'Some countries were left out of some quarters for having fewer than 5 solutions there; the range sums only the quarters shown.',
      }),
    }),
    smes: z.object({ total: z.number().int(), by_quarter: Series }).nullable().openapi({
      description:
        'Distinct SMEs among the submitters of solutions in the whole quarters `counts_from`–`counts_to`: organizations of size micro, small or medium, or without a size of kind sme or startup.',
    }),
    time_to_decision: z
      .object({ from_posting: TimingSeries, from_publication: TimingSeries })
      .nullable()
      .openapi({ description: 'Days from a need being posted (submitted for review) or published to its decision.' }),
    jury: z
      .object({
        challenges: z.number().int(),
        jurors: z.number().int(),
        seats: z.number().int(),
        max_per_juror: z.number().int(),
        expected: z
          .number()
          .int()
          .openapi({ description: 'Jury seats × solutions in the running − declared conflicts.' }),
        evaluations: z.number().int(),
        completion: z.number().nullable().openapi({ description: 'evaluations / expected, 0–1.' }),
      })
      .nullable()
      .openapi({ description: 'Challenges decided in the range and those in evaluation now.' }),
    cooperations: z
      .object({
        started: Series,
        pilots_started: Series,
        pilots_completed: Series,
        pilots_running: z
          .number()
          .int()
          .openapi({ description: 'Now, whatever the range: a pilot start done and no pilot end done.' }),
        kpis_met: Series,
        funding: z.array(z.object({ currency: z.string(), amount_minor: z.number().int() })),
      })
      .nullable()
      .openapi({
        description:
          'Cooperation projects after decisions; zero until the first one is recorded. In the public figures, only cooperations both sides made public, and only their public milestones.',
      }),
    meetings: z
      .object({
        held: Series,
        next_steps: z.array(z.object({ key: z.string(), value: z.number().int() })),
      })
      .openapi({
        description:
          'One-to-one meetings at matchmaking events, by the quarter of the event: held (either side said they met), and the next steps named in follow-ups (none, call, nda, pilot, joint_application).',
      }),
  })
  .openapi('ImpactFigures');
export type ImpactFigures = z.output<typeof ImpactFiguresSchema>;
export type QuarterSeries = z.output<typeof Series>;
export type TimingFigures = z.output<typeof TimingSeries>;
