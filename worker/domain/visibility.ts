import type { CHALLENGE_STATUSES } from '../db/enums';

type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** States in which a challenge has been approved and is readable beyond its owner and moderators. */
export const PUBLISHED_STATUSES = ['open', 'evaluation', 'decided', 'archived'] as const satisfies ChallengeStatus[];
