import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { postForm } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('page forms: bad input is answered on the page, next to the field, and nothing is written', () => {
  it('a question that is too short', async () => {
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const res = await postForm(`/challenges/${challenge}/questions`, world.users.solver.cookie, { body: 'Why?' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="body-error"');
    await expect(count('SELECT count(*) AS n FROM questions WHERE challenge_id = ?', challenge)).resolves.toBe(0);
  });
});
