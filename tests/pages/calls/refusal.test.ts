import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { openChallenge } from '../../helpers/challenges';
import { api } from '../../helpers/http';
import { postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

// Issue 15: a solution refused by a call's rule says which rule on the form, in the page's
// language (not "check this field"), and nothing is written.

let world: World;
let challengeId: string;
beforeAll(async () => {
  world = await createWorld();
  const { moderator, admin, clinician } = world.users;
  const callId = await publishedCall(moderator, admin, [world.cluster.slug], {
    title: `Call for DE and AT ${unique()}`,
    rules: [
      { rule: 'trl', params: { min: 4, max: 6 } },
      { rule: 'countries', params: { countries: ['DE', 'AT'] } },
    ],
  });
  challengeId = await openChallenge(clinician, moderator, world.cluster.slug, { call_id: callId });
});

const fields = {
  intent: 'submit',
  title: 'Slide-based EGFR prediction',
  summary: 'An AI reading of EGFR from routine histology slides, no extra tissue needed.',
  approach: 'A model trained on 4 000 slides with known EGFR status, run on the hospital scanner.',
  trl: '7',
  ip_status: 'none',
};

describe('a submission refused by the rules of a call', () => {
  it('names each rule not met, in Italian and in English, and submits nothing', async () => {
    const solver = await registerUser('solver', {
      organization: { name: `Sentinella ${unique()}`, kind: 'startup', country: 'IT' },
    });
    const path = `/challenges/${challengeId}/solutions/new`;
    const italian = await postForm(`${path}?lang=it`, solver.cookie, fields);
    expect(italian.status).toBe(400);
    const html = await italian.text();
    expect(html).toContain('Paese: le regole di questo bando non ammettono il tuo dato');
    expect(html).toContain('Maturità tecnologica: le regole di questo bando non ammettono il tuo dato');
    expect(html).not.toContain('Questo campo');
    // What was typed is kept.
    expect(html).toContain('value="Slide-based EGFR prediction"');

    const english = await (await postForm(`${path}?lang=en`, solver.cookie, fields)).text();
    expect(english).toContain(
      'Country: this call’s rules do not admit yours (see them above), so nothing was submitted.',
    );
    const mine = await api(`/api/v1/challenges/${challengeId}/solutions`, { token: solver.token });
    expect(mine.body.data).toEqual([]);
  });
});
