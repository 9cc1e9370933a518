import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { api, isProblem } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import { RACE_TIMEOUT, tally } from './tally';

const suite = tally('registration');
afterAll(() => console.info(suite.line()));

const PARALLEL = 10;

describe('registration with the same address in parallel', () => {
  it(
    `${PARALLEL} at once (the address spelt in different cases): one account, one email, the others a clear 409`,
    async () => {
      for (let round = 0; round < 2; round++) {
        const email = `same-${unique()}@test.example`;
        const organization = { name: `Juniper Labs ${unique()}`, kind: 'startup', country: 'DE' };
        // The same address as people type it: the schema trims and lowercases, the unique index sees one.
        const spellings = [email, email.toUpperCase(), ` ${email} `, email.replace('same', 'Same')];
        const answers = await suite.race(
          Array.from(
            { length: PARALLEL },
            (_, i) => () =>
              api('/api/v1/auth/register', {
                body: {
                  email: spellings[i % spellings.length],
                  password: PASSWORD,
                  name: `Parallel ${i}`,
                  kind: 'solver',
                  organization,
                },
              }),
          ),
        );
        const created = answers.filter((r) => r.status === 201);
        expect(created, JSON.stringify(answers.map((r) => [r.status, r.body?.type]))).toHaveLength(1);
        // No check comes before the batch: every loser was refused by the unique index inside it.
        suite.overlapped(answers.length - created.length);
        for (const res of answers.filter((r) => r.status !== 201)) {
          expect(isProblem(res, 409, 'duplicate')).toBe(true);
          expect(res.body.detail).toContain('Sign in instead');
          expect(res.body.errors).toEqual([expect.objectContaining({ path: 'email' })]);
          expect(res.headers.get('set-cookie')).toBeNull();
        }
        const userId = created[0]?.body.user.id as string;
        expect(created[0]?.body.user.email).toBe(email);

        // Exactly one account, one organization, one confirmation email, one audit entry, one session:
        // the losers' batches left nothing behind.
        expect(await count('SELECT count(*) AS n FROM users WHERE email = ?', email)).toBe(1);
        expect(await count('SELECT count(*) AS n FROM organizations WHERE name = ?', organization.name)).toBe(1);
        expect(
          await count("SELECT count(*) AS n FROM email_outbox WHERE to_email = ? AND kind = 'confirm_email'", email),
        ).toBe(1);
        expect(await count('SELECT count(*) AS n FROM email_tokens WHERE email = ?', email)).toBe(1);
        expect(
          await count("SELECT count(*) AS n FROM audit_log WHERE action = 'user.register' AND entity_id = ?", userId),
        ).toBe(1);
        expect(await count('SELECT count(*) AS n FROM sessions WHERE user_id = ?', userId)).toBe(1);
        suite.held(7);
      }
    },
    RACE_TIMEOUT,
  );
});
