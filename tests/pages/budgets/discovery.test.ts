import { describe, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { openChallenge } from '../../helpers/challenges';
import { profile } from '../../helpers/directory';
import { type Cost, expectPinned, measure } from './measure';

/** `n` public challenges, listed calls and listed organizations around two fresh clusters. */
async function world(n: number) {
  const admin = await createAdmin();
  const [cluster, other] = [await createCluster(admin), await createCluster(admin)];
  const moderator = await createModerator(admin, cluster.slug);
  const reviewer = await createModerator(admin, other.slug);
  const owner = await registerUser('clinician');
  let challenge = '';
  for (let i = 0; i < n; i++) {
    challenge = await openChallenge(owner, moderator, cluster.slug);
    await publishedCall(moderator, reviewer, [cluster.slug, other.slug]);
    await profile();
  }
  return measure([
    { name: 'sitemap index', path: '/sitemap.xml' },
    { name: 'sitemap of challenges', path: `/sitemaps/challenges.xml?from=${challenge}` },
    { name: 'sitemap of organizations', path: '/sitemaps/organizations.xml' },
  ]);
}

const PINS: Record<string, Cost> = {
  // Each kind's first key of every file, a window over its index: one batch.
  'sitemap index': { calls: 1, statements: 4 },
  // One keyset read.
  'sitemap of challenges': { calls: 1, statements: 1 },
  'sitemap of organizations': { calls: 1, statements: 1 },
};

describe('round trips of the sitemaps', { timeout: 120_000 }, () => {
  it('cost the same for 2 and for 6 of what they list, and exactly the pinned cost', async () => {
    const small = await world(2);
    const large = await world(6);
    expectPinned(small, large, PINS);
  });
});
