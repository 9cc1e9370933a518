import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft } from '../../helpers/challenges';
import { page } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const FIRST = '<a class="button" href="/challenges/new">Post your first challenge</a>';

describe('after registering, my page offers the first challenge', () => {
  it('offers a clinician with no challenge "Post your first challenge", and stops once she has one', async () => {
    const anna = await registerUser('clinician');
    const before = await (await page('/me', anna.cookie)).text();
    expect(before).toContain(FIRST);
    expect(before).toContain('It stays a draft that only you can see until you submit it for review.');

    await createDraft(anna, world.cluster.slug);
    const after = await (await page('/me', anna.cookie)).text();
    expect(after).not.toContain('Post your first challenge');
  });

  it('right after registering (address not confirmed yet) says what comes first, without a form that would refuse', async () => {
    const anna = await registerUser('clinician', {}, { confirmed: false });
    const html = await (await page('/me?welcome=1', anna.cookie)).text();
    expect(html).not.toContain(FIRST);
    expect(html).toContain('Once you have confirmed your email address, you can post your first challenge from here.');
  });

  it('in the page language', async () => {
    const anna = await registerUser('clinician');
    const html = await (await page('/me?lang=ro', anna.cookie)).text();
    expect(html).toContain('<a class="button" href="/challenges/new">Publicați prima dumneavoastră provocare</a>');
  });

  it('offers nothing of the kind to a solver', async () => {
    const html = await (await page('/me', world.users.solver.cookie)).text();
    expect(html).not.toContain('first challenge');
  });
});
