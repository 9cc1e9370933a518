import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../../../web/email/render';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { addMilestone, freshCooperation, patchMilestone, publishBoth } from '../../helpers/cooperations';
import { runCron } from '../../helpers/cron';
import { count } from '../../helpers/db';
import { api, must } from '../../helpers/http';
import { outboxTo } from '../../helpers/mail';
import { eventually } from '../../helpers/wait';
import { deliveries, inbox, received, subscribe } from '../../helpers/webhooks';

/**
 * Issue 18, webhooks: `milestone.reached` fires when a cooperation's milestone is done, to the
 * subscribers who may see that cooperation and that milestone (both sides and the cluster's
 * moderators all of them; anyone else a public milestone of a public cooperation), and both sides
 * hear of it in the inbox and by email.
 */

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const fresh = () =>
  freshCooperation(world.users.clinician, world.users.moderator, world.cluster.slug, world.users.solver);

/** Rows in the delivery table for this subscription: none means nothing was ever recorded for it. */
const recorded = (hookId: string) => count('SELECT count(*) AS n FROM webhook_deliveries WHERE webhook_id = ?', hookId);

/**
 * The hook's delivery, its message lost, found again by the cron: the consumer asks the access
 * layer (and whether the milestone is still reached) first, and drops it.
 */
async function refoundAndDropped(hookId: string) {
  await env.DB.prepare(
    "UPDATE webhook_deliveries SET status = 'pending', delivered_at = NULL, next_attempt_at = ? WHERE webhook_id = ?",
  )
    .bind(new Date(Date.now() - 60 * 60_000).toISOString(), hookId)
    .run();
  await runCron();
  await eventually(
    'the delivery dropped',
    () => recorded(hookId),
    (n) => n === 0,
  );
}

describe('milestone.reached', () => {
  it('reaches a subscriber who takes part, signed, with named fields only; an outsider’s hook records nothing', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    const insider = await subscribe(solver, ['milestone.reached']);
    const outsider = await registerUser('solver');
    const outsiders = await subscribe(outsider, ['milestone.reached']);

    // Planned first: nothing fires until it is done.
    const planned = await must(addMilestone(clinician, cooperation, { kind: 'agreement', status: 'planned' }), 201);
    const milestone = planned.body.milestones[0] as { id: string; version: number };
    expect(await recorded(insider.id)).toBe(0);

    await must(
      patchMilestone(clinician, cooperation, milestone.id, {
        status: 'done',
        achieved_on: '2027-03-01',
        note: 'Internal: the legal review is still open.',
        version: milestone.version,
      }),
    );
    const [got] = await received(insider);
    expect(got).toMatchObject({ verified: true, answered: 204 });
    expect(got?.body).toMatchObject({
      type: 'milestone.reached',
      data: {
        cooperation_id: cooperation,
        milestone_id: milestone.id,
        milestone_kind: 'agreement',
        achieved_on: '2027-03-01',
      },
    });
    expect(Object.keys(got?.body.data ?? {}).sort()).toEqual([
      'achieved_on',
      'cooperation_id',
      'milestone_id',
      'milestone_kind',
      'title',
    ]);
    // Confidential cooperation: the outsider's subscription never even logs it.
    expect(await recorded(outsiders.id)).toBe(0);
    expect(await deliveries(outsider, outsiders)).toEqual([]);
    expect(await inbox(outsiders)).toEqual([]);
  });

  it('reaches an outsider for a public milestone of a public cooperation, never for one kept to the cooperation', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    await publishBoth(clinician, solver, cooperation);
    const watcher = await registerUser('solver');
    const hook = await subscribe(watcher, ['milestone.reached']);
    const insider = await subscribe(clinician, ['milestone.reached']);

    // Kept to the cooperation (not public): the solver's news reaches the clinic's hook only.
    const kept = await must(addMilestone(solver, cooperation, { kind: 'pilot_start', status: 'done' }), 201);
    const keptId = (kept.body.milestones as { id: string; kind: string }[]).find((m) => m.kind === 'pilot_start')?.id;
    const [own] = await received(insider);
    expect(own?.body.data).toMatchObject({ milestone_id: keptId, milestone_kind: 'pilot_start' });
    expect(await recorded(hook.id)).toBe(0);

    // Public: the watcher hears, and reads the same through the public cooperation.
    const shown = await must(
      addMilestone(solver, cooperation, { kind: 'letter_of_intent', status: 'done', public: true }),
      201,
    );
    const shownId = (shown.body.milestones as { id: string; kind: string }[]).find(
      (m) => m.kind === 'letter_of_intent',
    )?.id;
    const [got] = await received(hook);
    expect(got).toMatchObject({ verified: true });
    expect(got?.body.data).toMatchObject({ cooperation_id: cooperation, milestone_id: shownId });
    expect(await inbox(hook)).toHaveLength(1);
    const seen = await must(api(`/api/v1/cooperations/${cooperation}`, { token: watcher.token }));
    expect(seen.body.milestones.map((m: { id: string }) => m.id)).toEqual([shownId]);
  });

  it('asks again at delivery: a milestone kept to the cooperation since is not sent to an outsider, and leaves its log', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    await publishBoth(clinician, solver, cooperation);
    const watcher = await registerUser('solver');
    const hook = await subscribe(watcher, ['milestone.reached']);
    const added = await must(
      addMilestone(solver, cooperation, { kind: 'letter_of_intent', status: 'done', public: true }),
      201,
    );
    const milestone = (added.body.milestones as { id: string; version: number }[])[0];
    await received(hook);
    await must(
      patchMilestone(solver, cooperation, milestone?.id ?? '', { public: false, version: milestone?.version }),
    );
    await refoundAndDropped(hook.id);
    expect(await inbox(hook)).toHaveLength(1);
  });

  it('asks again at delivery: a milestone set back from done since is not announced as reached', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    const hook = await subscribe(clinician, ['milestone.reached']);
    const added = await must(
      addMilestone(solver, cooperation, { kind: 'letter_of_intent', status: 'done', public: true }),
      201,
    );
    const milestone = (added.body.milestones as { id: string; version: number }[])[0];
    await received(hook);
    await must(
      patchMilestone(solver, cooperation, milestone?.id ?? '', { status: 'in_progress', version: milestone?.version }),
    );
    await refoundAndDropped(hook.id);
  });

  it('tells the other side in the inbox and by email, in each language, never the one who recorded it', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    await must(addMilestone(solver, cooperation, { kind: 'ethics_approval', status: 'done' }), 201);
    const lines = await must(api('/api/v1/me/notifications', { token: clinician.token }));
    const line = (lines.body.data as { kind: string; params: Record<string, unknown> }[]).find(
      (n) => n.kind === 'milestone_reached' && n.params.cooperation_id === cooperation,
    );
    expect(line).toBeDefined();
    expect(
      await count(
        "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'milestone_reached' AND json_extract(params, '$.cooperation_id') = ?",
        solver.id,
        cooperation,
      ),
    ).toBe(0);

    const [row] = (await outboxTo(clinician.email, 'milestone_reached')).filter((r) => r.params.includes(cooperation));
    if (!row) throw new Error('no milestone email');
    const expected = {
      en: 'was reached: Ethics approval',
      de: 'ist erreicht: Ethikvotum',
      it: 'è stata raggiunta',
      ro: 'a fost atinsă',
    };
    for (const [language, words] of Object.entries(expected)) {
      const email = await renderEmail(
        {
          kind: 'milestone_reached',
          params: JSON.parse(row.params),
          language,
          to: row.to_email,
          user_id: clinician.id,
        },
        { origin: 'https://bedside.test', secret: env.LINK_SECRET ?? '' },
      );
      expect(email.text).toContain(words);
      expect(email.text).toContain(`https://bedside.test/cooperations/${cooperation}`);
    }
  });

  it('is an event type of the OpenAPI document', async () => {
    const doc = await must(api('/api/v1/openapi.json'));
    const events = doc.body.components.schemas.WebhookInput.properties.events.items.enum as string[];
    expect(events).toContain('milestone.reached');
  });
});
