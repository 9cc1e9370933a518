import { env } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { findChallenge } from '../../../worker/domain/challenges/read';
import { inviteToJury } from '../../../worker/domain/invitations/invitations';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { interleaved, signedInAs } from '../../helpers/domain';
import { api, must } from '../../helpers/http';
import { RACE_TIMEOUT, tally } from './tally';

// Found by this suite: an invitation sent twice at once wrote the loser's audit entry and inbox
// line although its send never happened, and two first sends at once collided on the unique
// index of pending invitations (a 500).
const suite = tally('invitations');
afterAll(() => console.info(suite.line()));

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const invite = (inviter: TestUser, challenge: string, email: string) => () =>
  api(`/api/v1/challenges/${challenge}/invitations`, { token: inviter.token, body: { email } });

/** What one seat's invitation left: its sends, their audit entries, emails and inbox lines. */
async function traces(challenge: string, invitee: TestUser) {
  const row = await env.DB.prepare(
    "SELECT id, sent_count FROM invitations WHERE target_id = ? AND email = ? AND status = 'pending'",
  )
    .bind(challenge, invitee.email)
    .first<{ id: string; sent_count: number }>();
  const id = row?.id ?? '';
  return {
    invitations: await count(
      'SELECT count(*) AS n FROM invitations WHERE target_id = ? AND email = ?',
      challenge,
      invitee.email,
    ),
    sends: row?.sent_count ?? 0,
    audited: await count(
      "SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action IN ('invitation.create', 'invitation.resend')",
      id,
    ),
    emails: await count(
      "SELECT count(*) AS n FROM email_outbox WHERE to_email = ? AND kind = 'invitation'",
      invitee.email,
    ),
    inbox: await count(
      "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'invitation' AND challenge_id = ?",
      invitee.id,
      challenge,
    ),
  };
}

describe('the same jury invitation sent twice at once', () => {
  it(
    '5 clicks at once: every answer 202, and as many audit entries, emails and inbox lines as sends',
    async () => {
      for (let round = 0; round < 2; round++) {
        const owner = world.users.clinician;
        const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
        const invitee = await registerUser('clinician');
        const answers = await suite.race(Array.from({ length: 5 }, () => invite(owner, challenge, invitee.email)));
        for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(202);
        const t = await traces(challenge, invitee);
        expect(t.invitations).toBe(1);
        expect(t).toMatchObject({ audited: t.sends, emails: t.sends, inbox: t.sends });
        suite.held(2);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    'a first send read before another first send and written after it: no 500, and nothing of it lands',
    async () => {
      const owner = world.users.clinician;
      const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
      const invitee = await registerUser('clinician');
      const record = await findChallenge(createDb(env.DB), challenge, owner.id);
      if (!record) throw new Error('challenge not found');
      const db = interleaved(() => must(invite(owner, challenge, invitee.email)(), 202));
      await inviteToJury(db, signedInAs(owner), record, invitee.email, 'en');
      suite.overlapped();
      expect(await traces(challenge, invitee)).toEqual({ invitations: 1, sends: 1, audited: 1, emails: 1, inbox: 1 });
      suite.held();
    },
    RACE_TIMEOUT,
  );

  it(
    'a resend read before another resend and written after it: one send, one audit entry, one inbox line',
    async () => {
      const owner = world.users.clinician;
      const challenge = await openChallenge(owner, world.users.moderator, world.cluster.slug);
      const invitee = await registerUser('clinician');
      await must(invite(owner, challenge, invitee.email)(), 202);
      const record = await findChallenge(createDb(env.DB), challenge, owner.id);
      if (!record) throw new Error('challenge not found');
      const db = interleaved(() => must(invite(owner, challenge, invitee.email)(), 202));
      await inviteToJury(db, signedInAs(owner), record, invitee.email, 'en');
      suite.overlapped();
      expect(await traces(challenge, invitee)).toEqual({ invitations: 1, sends: 2, audited: 2, emails: 2, inbox: 2 });
      suite.held();
    },
    RACE_TIMEOUT,
  );
});
