import type { Translator } from '../i18n';

/** A stage's name as its owner wrote it, or the default one in the reader's language ('' = default). */
export const stageName = (tr: Translator, stage: number, name = '') =>
  name ||
  (stage === 1 ? tr.t('stages.default_name.first') : tr.t('stages.default_name.later', { stage: String(stage) }));

/** "Stage 2 of 3: open to the shortlist only", once a challenge is past its first stage; null before. */
export const shortlistLine = (tr: Translator, current: number, count: number) =>
  current > 1 && count > 1 ? tr.t('stages.shortlist_only', { stage: String(current), count: String(count) }) : null;
