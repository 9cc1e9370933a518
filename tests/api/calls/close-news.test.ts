import { expect, it } from 'vitest';
import { createWorld, type TestUser } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { inDays } from '../../helpers/challenges';
import { runCron } from '../../helpers/cron';
import { api, must } from '../../helpers/http';

// Its own file: a cron run days ahead ends every session of the file's world.
it('a call the cron closes is news to its creator and every moderator of its clusters, from no one', async () => {
  const world = await createWorld();
  const { moderator, other_moderator, admin, solver } = world.users;
  const call = await publishedCall(moderator, admin, [world.cluster.slug, world.otherCluster.slug], {
    closes_at: inDays(2),
  });
  await runCron(new Date(Date.now() + 3 * 86_400_000));
  const kinds = async (user: TestUser) =>
    (
      (await must(api('/api/v1/me/notifications', { token: user.token }))).body.data as {
        kind: string;
        params: Record<string, unknown>;
      }[]
    )
      .filter((n) => n.params.call_id === call)
      .map((n) => n.kind);
  expect((await must(api(`/api/v1/calls/${call}`))).body.status).toBe('closed');
  expect(await kinds(moderator)).toEqual(['call_closed', 'call_published']);
  expect(await kinds(other_moderator)).toEqual(['call_closed', 'call_submitted']);
  expect(await kinds(solver)).toEqual([]);
});
