import { inDays } from './challenges';

/** Two stages: an expression of interest, then a full proposal with a budget and a work plan (issue 15). */
export const twoStages = (version: number) => ({
  version,
  stages: [
    {
      kind: 'expression_of_interest',
      deadline: inDays(30),
      evaluation_deadline: inDays(40),
      min_evaluations: 2,
      required_fields: ['title', 'summary', 'trl', 'approach'],
      criteria: [
        { label: 'Clinical fit', weight: 60 },
        { label: 'Feasibility', weight: 40 },
      ],
    },
    {
      name: 'Full proposal',
      kind: 'full_proposal',
      deadline: inDays(60),
      share_feedback: true,
      required_fields: ['budget', 'work_plan'],
      criteria: [
        { label: 'Feasibility', weight: 50 },
        { key: 'value', label: 'Value for money', weight: 50 },
      ],
    },
  ],
});
