import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { page } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

// English for Europe: an English page writes dates day first, as in the UK and Ireland, and as
// every European reader of English expects; never the American "Mar 31, 2030".

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('dates on English pages', () => {
  it('read "31 Mar 2030" in the catalogue and "31 March 2030" on the challenge', async () => {
    const word = `dermatoscopy${unique()}`;
    const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      title: `Earlier melanoma triage ${word}`,
      deadline: '2030-03-31T23:59:59Z',
    });

    const catalogue = await page(`/challenges?q=${word}&lang=en`);
    expect(catalogue.status).toBe(200);
    const cards = await catalogue.text();
    expect(cards).toContain(word);
    expect(cards).toContain('31 Mar 2030');
    expect(cards).not.toContain('Mar 31, 2030');

    const detail = await (await page(`/challenges/${challenge}?lang=en`)).text();
    expect(detail).toContain('31 March 2030');
    expect(detail).not.toContain('March 31, 2030');
  });

  it('keep each language its own order: 31.03.2030 in German, 31 mar 2030 in Italian', async () => {
    const word = `capillaroscopy${unique()}`;
    await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      title: `Scleroderma follow-up ${word}`,
      deadline: '2030-03-31T23:59:59Z',
    });
    const german = await (await page(`/challenges?q=${word}&lang=de`)).text();
    expect(german).toContain('31.03.2030');
    const italian = await (await page(`/challenges?q=${word}&lang=it`)).text();
    expect(italian).toContain('31 mar 2030');
  });
});
