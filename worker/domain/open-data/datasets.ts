import { callsDataset } from './calls';
import { challengesDataset } from './challenges';
import type { Dataset } from './dataset';
import { milestonesDataset } from './milestones';
import { resultsDataset } from './results';

/**
 * The open datasets by name. A new one is one file like `challenges.ts` and one line here, plus
 * its title and description in the open-data texts.
 */
export const DATASETS = {
  challenges: challengesDataset,
  results: resultsDataset,
  calls: callsDataset,
  cooperation_milestones: milestonesDataset,
} as const satisfies Record<string, Dataset>;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];
const FORMATS = ['csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** `challenges.csv` → the dataset and format, or null for anything else. */
export function parseFile(file: string): { name: DatasetName; format: Format } | null {
  const match = /^([a-z_]+)\.(csv|json)$/.exec(file);
  const name = match?.[1];
  const format = match?.[2] as Format | undefined;
  if (!name || !format || !Object.hasOwn(DATASETS, name)) return null;
  return { name: name as DatasetName, format };
}
