import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../../../web/email/render';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import {
  addMilestone,
  decidedWithCooperations,
  freshCooperation,
  getCooperation,
  patchCooperation,
  patchMilestone,
  publishBoth,
} from '../../helpers/cooperations';
import { count } from '../../helpers/db';
import { api, isProblem, must } from '../../helpers/http';
import { outboxTo } from '../../helpers/mail';
import { joinTeam } from '../../helpers/team';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const NOT_VISIBLE = 'There is no such cooperation, or it is not visible to you.';

const fresh = () =>
  freshCooperation(world.users.clinician, world.users.moderator, world.cluster.slug, world.users.solver);

const audits = (cooperation: string, action: string) =>
  count('SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = ?', cooperation, action);

describe('the decision opens cooperations', () => {
  it('opens one per winner in the decision, audited, and tells both sides in the inbox and by email', async () => {
    const { clinician, moderator, solver } = world.users;
    const second = await registerUser('solver');
    const { solutions, cooperations } = await decidedWithCooperations(clinician, moderator, world.cluster.slug, [
      solver,
      second,
    ]);
    expect(cooperations.every((id) => id.length > 0)).toBe(true);
    expect(new Set(cooperations).size).toBe(2);
    for (const id of cooperations) expect(await audits(id, 'cooperation.open')).toBe(1);

    const opened = await must(getCooperation(clinician, cooperations[0] ?? ''));
    expect(opened.body).toMatchObject({
      status: 'active',
      public: false,
      version: 1,
      your_side: 'clinic',
      solution: { id: solutions[0] },
      milestones: [],
    });
    // The owner (who decided) hears of both; each solver of their own.
    for (const [user, expected] of [
      [clinician, 2],
      [solver, 1],
      [second, 1],
    ] as const) {
      const n = await count(
        "SELECT count(*) AS n FROM notifications WHERE user_id = ? AND kind = 'cooperation_opened' AND json_extract(params, '$.cooperation_id') IN (?, ?)",
        user.id,
        cooperations[0],
        cooperations[1],
      );
      expect(n).toBe(expected);
      const mails = await count(
        "SELECT count(*) AS n FROM email_outbox WHERE user_id = ? AND kind = 'cooperation_opened' AND json_extract(params, '$.cooperation_id') IN (?, ?)",
        user.id,
        cooperations[0],
        cooperations[1],
      );
      expect(mails).toBe(expected);
    }
  });
});

describe('the email that a cooperation opened', () => {
  it('says so in each language and links to the cooperation', async () => {
    const solver = await registerUser('solver');
    const { cooperation } = await freshCooperation(
      world.users.clinician,
      world.users.moderator,
      world.cluster.slug,
      solver,
    );
    const [row] = (await outboxTo(solver.email, 'cooperation_opened')).filter((r) => r.params.includes(cooperation));
    if (!row) throw new Error('no cooperation email');
    const expected = {
      en: 'A cooperation has started from',
      de: 'ist eine Kooperation entstanden',
      it: 'è nata una cooperazione',
      ro: 'a pornit o cooperare',
    };
    for (const [language, words] of Object.entries(expected)) {
      const email = await renderEmail(
        { kind: 'cooperation_opened', params: JSON.parse(row.params), language, to: row.to_email, user_id: solver.id },
        { origin: 'https://bedside.test', secret: env.LINK_SECRET ?? '' },
      );
      expect(email.text).toContain(words);
      expect(email.text).toContain(`https://bedside.test/cooperations/${cooperation}`);
    }
  });
});

describe('a cooperation from letter of intent to KPI result', () => {
  it('records each milestone by either side, audited with before and after, and only the clinic says a KPI was met', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();

    const loi = await must(
      addMilestone(clinician, cooperation, { kind: 'letter_of_intent', status: 'done', achieved_on: '2027-01-15' }),
      201,
    );
    expect(loi.body.milestones).toHaveLength(1);
    expect(loi.body.version).toBe(2);
    await must(
      addMilestone(solver, cooperation, { kind: 'agreement', status: 'planned', planned_on: '2027-02-01' }),
      201,
    );
    const pilot = await must(addMilestone(solver, cooperation, { kind: 'pilot_start', status: 'in_progress' }), 201);
    const pilotId = pilot.body.milestones.find((m: { kind: string }) => m.kind === 'pilot_start').id;

    // Done without a date: done today.
    const started = await must(patchMilestone(clinician, cooperation, pilotId, { status: 'done', version: 1 }));
    const pilotNow = started.body.milestones.find((m: { id: string }) => m.id === pilotId);
    expect(pilotNow).toMatchObject({ status: 'done', version: 2, achieved_on: new Date().toISOString().slice(0, 10) });

    // The solution's team records the measurement; whether it met the target is the clinic's word.
    const kpi = await must(
      addMilestone(solver, cooperation, {
        kind: 'kpi_result',
        status: 'done',
        achieved_on: '2027-06-30',
        kpi_value: 42.5,
        kpi_unit: 'minutes',
        kpi_method: 'Median time from biopsy to report over 120 consecutive cases.',
      }),
      201,
    );
    const kpiId = kpi.body.milestones.find((m: { kind: string }) => m.kind === 'kpi_result').id;
    const refused = await patchMilestone(solver, cooperation, kpiId, { kpi_met: true, version: 1 });
    expect(isProblem(refused, 403)).toBe(true);
    expect(refused.body.detail).toContain('clinic');
    const met = await must(patchMilestone(clinician, cooperation, kpiId, { kpi_met: true, version: 1 }));
    expect(met.body.milestones.find((m: { id: string }) => m.id === kpiId)).toMatchObject({
      kpi_value: 42.5,
      kpi_unit: 'minutes',
      kpi_met: true,
      version: 2,
    });

    expect(await audits(cooperation, 'cooperation.milestone_add')).toBe(4);
    expect(await audits(cooperation, 'cooperation.milestone_update')).toBe(2);
    const entry = await env.DB.prepare(
      "SELECT before, after, actor_id FROM audit_log WHERE entity_id = ? AND action = 'cooperation.milestone_update' AND json_extract(after, '$.milestone_id') = ?",
    )
      .bind(cooperation, kpiId)
      .first<{ before: string; after: string; actor_id: string }>();
    expect(entry?.actor_id).toBe(clinician.id);
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ kind: 'kpi_result', version: 1, kpi_met: null });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ version: 2, kpi_met: true });
  });

  it('refuses fields of another kind, naming them', async () => {
    const { cooperation } = await fresh();
    const res = await addMilestone(world.users.solver, cooperation, { kind: 'pilot_start', kpi_value: 3 });
    expect(isProblem(res, 400)).toBe(true);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'kpi_value' })]);
  });

  it('takes regulatory and funding milestones with their own fields', async () => {
    const { cooperation } = await fresh();
    await must(
      addMilestone(world.users.solver, cooperation, {
        kind: 'regulatory',
        regulation: 'mdr',
        device_class: 'IIa',
        notified_body: 'TÜV SÜD (0123)',
      }),
      201,
    );
    const funded = await must(
      addMilestone(world.users.moderator, cooperation, {
        kind: 'follow_on_funding',
        status: 'done',
        achieved_on: '2027-09-01',
        funding_programme: 'EIC Accelerator',
        funding_amount_minor: 25_000_000,
        funding_currency: 'EUR',
      }),
      201,
    );
    expect(funded.body.milestones.map((m: { kind: string }) => m.kind).sort()).toEqual([
      'follow_on_funding',
      'regulatory',
    ]);
  });

  it('closes an ended cooperation to new milestones', async () => {
    const { cooperation } = await fresh();
    await must(patchCooperation(world.users.clinician, cooperation, { status: 'ended', version: 1 }));
    const res = await addMilestone(world.users.solver, cooperation, { kind: 'agreement' });
    expect(isProblem(res, 409)).toBe(true);
  });
});

describe('an ended cooperation', () => {
  it('is closed for good: no side reopens it, and it says why', async () => {
    const { clinician, solver, moderator } = world.users;
    const { cooperation } = await fresh();
    await must(patchCooperation(clinician, cooperation, { status: 'completed', version: 1 }));
    // A completed one may be reopened (a slip of the hand is undone).
    await must(patchCooperation(solver, cooperation, { status: 'active', version: 2 }));
    await must(patchCooperation(clinician, cooperation, { status: 'ended', version: 3 }));
    for (const [who, status] of [
      [solver, 'active'],
      [moderator, 'completed'],
    ] as const) {
      const res = await patchCooperation(who, cooperation, { status, version: 4 });
      expect(isProblem(res, 409)).toBe(true);
      expect(res.body.detail).toContain('closes it for good');
    }
    expect((await must(getCooperation(clinician, cooperation))).body).toMatchObject({ status: 'ended', version: 4 });
    expect(await audits(cooperation, 'cooperation.update')).toBe(3);
    // Consent to publish its record is still each side's to give.
    await must(patchCooperation(clinician, cooperation, { public_clinic: true, version: 4 }));
  });
});

describe('a milestone is the statement of the side that recorded it', () => {
  it('only that side makes it public; the other side corrects it but cannot publish it', async () => {
    const { clinician, solver, moderator } = world.users;
    const { cooperation } = await fresh();
    await publishBoth(clinician, solver, cooperation);
    const added = await must(
      addMilestone(clinician, cooperation, { kind: 'agreement', status: 'done', note: 'Price 1.2M EUR, confidential' }),
      201,
    );
    const agreement = added.body.milestones.find((m: { kind: string }) => m.kind === 'agreement');
    expect(agreement).toMatchObject({ recorded_by: 'clinic', public: false });

    for (const who of [solver, moderator]) {
      const res = await patchMilestone(who, cooperation, agreement.id, { public: true, version: 1 });
      expect(isProblem(res, 403)).toBe(true);
      expect(res.body.detail).toContain('recorded this milestone');
    }
    const anonymous = await must(getCooperation(undefined, cooperation));
    expect(JSON.stringify(anonymous.body)).not.toContain('Price 1.2M');
    // Sending the flag unchanged with a correction is fine: only a change is asked.
    await must(
      patchMilestone(solver, cooperation, agreement.id, { public: false, planned_on: '2027-01-01', version: 1 }),
    );

    const funding = await must(
      addMilestone(solver, cooperation, {
        kind: 'follow_on_funding',
        status: 'done',
        funding_programme: 'EIC Accelerator',
        funding_amount_minor: 250_000_000,
        funding_currency: 'EUR',
      }),
      201,
    );
    const raised = funding.body.milestones.find((m: { kind: string }) => m.kind === 'follow_on_funding');
    expect(raised.recorded_by).toBe('solver');
    expect(isProblem(await patchMilestone(clinician, cooperation, raised.id, { public: true, version: 1 }), 403)).toBe(
      true,
    );
    await must(patchMilestone(solver, cooperation, raised.id, { public: true, version: 1 }));
    const seen = await must(getCooperation(undefined, cooperation));
    expect(seen.body.milestones.map((m: { kind: string }) => m.kind)).toEqual(['follow_on_funding']);
    // The clinic may still make its own record public.
    await must(patchMilestone(clinician, cooperation, agreement.id, { public: true, version: 2 }));
    expect((await must(getCooperation(undefined, cooperation))).body.milestones).toHaveLength(2);
  });

  it('withdraws the clinic’s verdict on a KPI when the other side changes the measurement', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    const added = await must(
      addMilestone(clinician, cooperation, {
        kind: 'kpi_result',
        status: 'done',
        kpi_value: 10,
        kpi_unit: '%',
        kpi_method: 'Readmissions within 30 days',
        kpi_met: true,
      }),
      201,
    );
    const kpi = added.body.milestones[0];
    // A note changes nothing the verdict covers.
    const noted = await must(patchMilestone(solver, cooperation, kpi.id, { note: 'Thanks to ward 4', version: 1 }));
    expect(noted.body.milestones[0]).toMatchObject({ kpi_met: true, version: 2 });
    const remeasured = await must(
      patchMilestone(solver, cooperation, kpi.id, { kpi_value: 99, kpi_method: 'made up', version: 2 }),
    );
    expect(remeasured.body.milestones[0]).toMatchObject({ kpi_value: 99, kpi_met: null, version: 3 });
    const entry = await env.DB.prepare(
      "SELECT after FROM audit_log WHERE entity_id = ? AND action = 'cooperation.milestone_update' ORDER BY rowid DESC LIMIT 1",
    )
      .bind(cooperation)
      .first<{ after: string }>();
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ kpi_value: 99, kpi_met: null });
    // The clinic changing its own measurement keeps its verdict.
    const own = await must(
      patchMilestone(clinician, cooperation, kpi.id, { kpi_value: 12, kpi_met: true, version: 3 }),
    );
    expect(own.body.milestones[0]).toMatchObject({ kpi_value: 12, kpi_met: true });
    const again = await must(patchMilestone(clinician, cooperation, kpi.id, { kpi_value: 11, version: 4 }));
    expect(again.body.milestones[0]).toMatchObject({ kpi_value: 11, kpi_met: true });
  });
});

describe('a stale version', () => {
  it('is 412 for the cooperation and for a milestone, and nothing lands', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    const read = await must(getCooperation(clinician, cooperation));
    const etag = read.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"v1-/);
    await must(patchCooperation(solver, cooperation, { public_solver: true }, { 'if-match': etag }));
    const stale = await patchCooperation(clinician, cooperation, { status: 'completed' }, { 'if-match': etag });
    expect(isProblem(stale, 412)).toBe(true);
    expect(stale.body.current_version).toBe(2);
    expect((await must(getCooperation(clinician, cooperation))).body.status).toBe('active');
    expect(await audits(cooperation, 'cooperation.update')).toBe(1);

    const added = await must(addMilestone(solver, cooperation, { kind: 'ethics_approval' }), 201);
    const mid = added.body.milestones[0].id;
    await must(patchMilestone(clinician, cooperation, mid, { status: 'in_progress' }, { 'if-match': '"1"' }));
    const late = await patchMilestone(solver, cooperation, mid, { status: 'cancelled' }, { 'if-match': '"1"' });
    expect(isProblem(late, 412)).toBe(true);
    const now = await must(getCooperation(solver, cooperation));
    expect(now.body.milestones[0]).toMatchObject({ status: 'in_progress', version: 2 });
  });

  it('needs a version at all', async () => {
    const { cooperation } = await fresh();
    const res = await patchCooperation(world.users.clinician, cooperation, { status: 'completed' });
    expect(isProblem(res, 400)).toBe(true);
    const empty = await patchCooperation(world.users.clinician, cooperation, { version: 1 });
    expect(isProblem(empty, 400)).toBe(true);
    expect(empty.body.detail).toContain('Nothing to change');
  });
});

describe('publication needs both sides', () => {
  it('stays confidential until both agree, then shows the public milestones only', async () => {
    const { clinician, solver, moderator } = world.users;
    const { cooperation } = await fresh();
    await must(addMilestone(clinician, cooperation, { kind: 'letter_of_intent', status: 'done', public: true }), 201);
    await must(addMilestone(solver, cooperation, { kind: 'agreement', note: 'Price not yet agreed.' }), 201);

    // Nobody speaks for the other side, a moderator neither.
    expect(isProblem(await patchCooperation(solver, cooperation, { public_clinic: true, version: 3 }), 403)).toBe(true);
    expect(isProblem(await patchCooperation(moderator, cooperation, { public_solver: true, version: 3 }), 403)).toBe(
      true,
    );

    await must(patchCooperation(clinician, cooperation, { public_clinic: true, version: 3 }));
    const half = await must(getCooperation(clinician, cooperation));
    expect(half.body).toMatchObject({ public_clinic: true, public_solver: false, public: false });
    const anonymous = await getCooperation(undefined, cooperation);
    expect(anonymous.status).toBe(404);
    expect(anonymous.body.detail).toBe(NOT_VISIBLE);

    await must(patchCooperation(solver, cooperation, { public_solver: true, version: 4 }));
    const seen = await must(getCooperation(undefined, cooperation));
    expect(seen.body.public).toBe(true);
    expect(seen.body.your_side).toBeNull();
    expect(seen.body.milestones.map((m: { kind: string }) => m.kind)).toEqual(['letter_of_intent']);
    const listed = await must(api(`/api/v1/cooperations?cluster=${world.cluster.slug}`));
    expect(listed.body.data.map((c: { id: string }) => c.id)).toContain(cooperation);

    // Either side withdrawing its consent takes it out of view again.
    await must(patchCooperation(solver, cooperation, { public_solver: false, version: 5 }));
    expect((await getCooperation(undefined, cooperation)).status).toBe(404);
  });

  it('lets a reader of a public cooperation change nothing', async () => {
    const { cooperation } = await fresh();
    await publishBoth(world.users.clinician, world.users.solver, cooperation);
    const outsider = await registerUser('solver');
    expect(isProblem(await addMilestone(outsider, cooperation, { kind: 'agreement' }), 403)).toBe(true);
    expect(isProblem(await addMilestone(undefined, cooperation, { kind: 'agreement' }), 401)).toBe(true);
  });
});

describe('confidentiality', () => {
  it('is 404 to everyone but both sides and the cluster moderators, in lists too', async () => {
    const { clinician, solver, moderator, other_moderator: otherModerator, evaluator, admin } = world.users;
    const teammate = await registerUser('solver');
    const { cooperations } = await decidedWithCooperations(clinician, moderator, world.cluster.slug, [solver], ([s]) =>
      joinTeam(solver, s ?? '', teammate),
    );
    const cooperation = cooperations[0] ?? '';

    for (const user of [clinician, solver, teammate, moderator, admin]) {
      await must(getCooperation(user, cooperation));
    }
    for (const user of [evaluator, otherModerator, undefined]) {
      const res = await getCooperation(user, cooperation);
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe(NOT_VISIBLE);
      expect((await addMilestone(user, cooperation, { kind: 'agreement' })).status).toBe(404);
      expect((await patchCooperation(user, cooperation, { status: 'ended', version: 1 })).status).toBe(404);
    }

    const ids = async (user: typeof clinician | undefined, query = '') =>
      (await must(api(`/api/v1/cooperations${query}`, { token: user?.token }))).body.data.map(
        (c: { id: string }) => c.id,
      ) as string[];
    for (const user of [clinician, solver, teammate, moderator, admin]) expect(await ids(user)).toContain(cooperation);
    for (const user of [evaluator, otherModerator, undefined]) expect(await ids(user)).not.toContain(cooperation);
    expect(await ids(moderator, `?cluster=${world.otherCluster.slug}`)).not.toContain(cooperation);
    expect(await ids(moderator, `?cluster=${world.cluster.slug}&status=active`)).toContain(cooperation);
    expect(await ids(moderator, `?cluster=${world.cluster.slug}&status=ended`)).not.toContain(cooperation);
  });

  it('pages with a cursor, without repeats', async () => {
    const { clinician, moderator } = world.users;
    const solvers = await Promise.all([registerUser('solver'), registerUser('solver'), registerUser('solver')]);
    const { cooperations } = await decidedWithCooperations(clinician, moderator, world.cluster.slug, solvers);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await must(
        api(`/api/v1/cooperations?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: solvers[0]?.token }),
      );
      seen.push(...page.body.data.map((c: { id: string }) => c.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    // Each solver sees only their own (and any public ones).
    expect(seen).toContain(cooperations[0]);
    expect(seen).not.toContain(cooperations[1]);
    expect(new Set(seen).size).toBe(seen.length);
    const all: string[] = [];
    cursor = null;
    do {
      const page = await must(
        api(`/api/v1/cooperations?limit=1&cluster=${world.cluster.slug}${cursor ? `&cursor=${cursor}` : ''}`, {
          token: clinician.token,
        }),
      );
      all.push(...page.body.data.map((c: { id: string }) => c.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(all).toEqual(expect.arrayContaining(cooperations));
    expect(new Set(all).size).toBe(all.length);
  });
});
