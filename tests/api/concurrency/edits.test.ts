import { env } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import type { SignedIn } from '../../../worker/domain/actor';
import { findChallenge } from '../../../worker/domain/challenges/read';
import { updateChallenge } from '../../../worker/domain/challenges/update';
import { DomainError } from '../../../worker/domain/errors';
import { createWorld, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { interleaved } from '../../helpers/domain';
import { api, isProblem, must } from '../../helpers/http';
import { patchSolution, solutionRow, submitSolution } from '../../helpers/solutions';
import { RACE_TIMEOUT, tally } from './tally';

const suite = tally('edits');
afterAll(() => console.info(suite.line()));

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const EDITORS = 4;

const tagsOf = async (id: string) =>
  (
    await env.DB.prepare('SELECT tag FROM challenge_tags WHERE challenge_id = ? ORDER BY tag')
      .bind(id)
      .all<{ tag: string }>()
  ).results.map((t) => t.tag);

describe('owners saving edits made from the same version at once', () => {
  it(
    'a challenge draft: one edit wins whole (title, tags, audit), the others 412 and change nothing',
    async () => {
      for (let round = 0; round < 3; round++) {
        const draft = await createDraft(world.users.clinician, world.cluster.slug);
        // Half send the version in the body, half as If-Match: both are the same guard.
        const answers = await suite.race(
          Array.from(
            { length: EDITORS },
            (_, i) => () =>
              api(`/api/v1/challenges/${draft.id}`, {
                method: 'PATCH',
                token: world.users.clinician.token,
                body: {
                  title: `Edited in tab ${i} of the same draft`,
                  tags: [`tab-${i}`, `shared-${i}`],
                  ...(i % 2 ? {} : { version: draft.version }),
                },
                headers: i % 2 ? { 'if-match': `"${draft.version}"` } : {},
              }),
          ),
        );
        const won = answers.flatMap((r, i) => (r.status === 200 ? [i] : []));
        expect(won, JSON.stringify(answers.map((r) => [r.status, r.body?.type]))).toHaveLength(1);
        for (const res of answers.filter((r) => r.status !== 200)) {
          expect(isProblem(res, 412, 'stale_version')).toBe(true);
          // Read at the same version and refused by the batch's guard, not by the check before it.
          if (String(res.body.detail).includes('has just been changed')) suite.overlapped();
        }
        const winner = won[0] ?? -1;

        const row = await env.DB.prepare('SELECT title, version FROM challenges WHERE id = ?')
          .bind(draft.id)
          .first<{ title: string; version: number }>();
        expect(row).toEqual({ title: `Edited in tab ${winner} of the same draft`, version: draft.version + 1 });
        // The tags are the winner's alone: no loser's guarded delete or insert landed.
        expect(await tagsOf(draft.id)).toEqual([`shared-${winner}`, `tab-${winner}`]);
        expect(
          await count(
            "SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.edit'",
            draft.id,
          ),
        ).toBe(1);
        suite.held(3);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    'an edit read before another save and written after it is 412 inside the batch: its tags and audit entry never land',
    async () => {
      const owner = world.users.clinician;
      const draft = await createDraft(owner, world.cluster.slug);
      const record = await findChallenge(createDb(env.DB), draft.id, owner.id);
      if (!record) throw new Error('challenge not found');
      const actor: SignedIn = {
        type: 'user',
        id: owner.id,
        email: owner.email,
        name: 'Test clinician',
        kind: 'clinician',
        isAdmin: false,
        organizationId: null,
        moderates: [],
        emailConfirmed: true,
        unread: 0,
        locale: null,
        sessionId: 'test',
        via: 'bearer',
      };
      // The other tab's save lands after this one passed the version check, before its batch.
      const db = interleaved(() =>
        must(
          api(`/api/v1/challenges/${draft.id}`, {
            method: 'PATCH',
            token: owner.token,
            body: { title: 'Saved first in the other tab', tags: ['other-tab'], version: draft.version },
          }),
        ),
      );
      const err = await updateChallenge(db, actor, record, draft.version, {
        title: 'Saved second, from the same version',
        tags: ['this-tab'],
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('stale_version');
      expect((err as DomainError).message).toContain('has just been changed by someone else');
      suite.overlapped();

      expect(await tagsOf(draft.id)).toEqual(['other-tab']);
      expect(await env.DB.prepare('SELECT title, version FROM challenges WHERE id = ?').bind(draft.id).first()).toEqual(
        { title: 'Saved first in the other tab', version: draft.version + 1 },
      );
      expect(
        await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.edit'", draft.id),
      ).toBe(1);
      suite.held(3);
    },
    RACE_TIMEOUT,
  );

  it(
    'a submitted solution: one edit wins, the others 412; one audit entry',
    async () => {
      for (let round = 0; round < 3; round++) {
        const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
        const id = await submitSolution(world.users.solver, challenge);
        const before = await solutionRow(id);
        const version = before?.version ?? 0;
        const answers = await suite.race(
          Array.from(
            { length: EDITORS },
            (_, i) => () => patchSolution(world.users.solver, id, { title: `Solution edited in tab ${i}`, version }),
          ),
        );
        const won = answers.flatMap((r, i) => (r.status === 200 ? [i] : []));
        expect(won, JSON.stringify(answers.map((r) => [r.status, r.body?.type]))).toHaveLength(1);
        for (const res of answers.filter((r) => r.status !== 200))
          expect(isProblem(res, 412, 'stale_version')).toBe(true);
        expect(await solutionRow(id)).toMatchObject({
          title: `Solution edited in tab ${won[0]}`,
          version: version + 1,
        });
        expect(
          await count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'solution.edit'", id),
        ).toBe(1);
        suite.held(2);
      }
    },
    RACE_TIMEOUT,
  );
});
