import { env } from 'cloudflare:test';
import { expect, it } from 'vitest';
import { createWorld } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { inDays } from '../../helpers/challenges';
import { runCron } from '../../helpers/cron';
import { api, must } from '../../helpers/http';

// Its own file: a cron run weeks ahead ends every session of the file's world.
it('the cron closes a published call at closes_at, with an audit entry by the system, and not before', async () => {
  const world = await createWorld();
  const { moderator, other_moderator } = world.users;
  const soon = await publishedCall(moderator, other_moderator, [world.cluster.slug, world.otherCluster.slug], {
    closes_at: inDays(2),
  });
  const later = await publishedCall(moderator, world.users.admin, [world.cluster.slug], { closes_at: inDays(30) });
  await runCron(new Date(Date.now() + 3 * 86_400_000));
  expect((await must(api(`/api/v1/calls/${soon}`))).body.status).toBe('closed');
  expect((await must(api(`/api/v1/calls/${later}`))).body.status).toBe('published');
  const entry = await env.DB.prepare("SELECT actor_id FROM audit_log WHERE entity_id = ? AND action = 'call.close'")
    .bind(soon)
    .first<{ actor_id: string | null }>();
  expect(entry).toEqual({ actor_id: null });
});
