import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { addMilestone, freshCooperation, getCooperation, publishBoth } from '../../helpers/cooperations';
import { d1Stats, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const fresh = () =>
  freshCooperation(world.users.clinician, world.users.moderator, world.cluster.slug, world.users.solver);

const milestonesOf = async (id: string) =>
  (await must(getCooperation(world.users.clinician, id))).body.milestones as {
    id: string;
    kind: string;
    kpi_met: boolean | null;
    public: boolean;
  }[];

describe('a cooperation on pages, without JavaScript', () => {
  it('goes from a letter of intent to a met KPI, is published by both sides and read by anyone', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();

    // The clinic records the letter of intent, in German, public.
    const loi = await postForm(`/cooperations/${cooperation}/milestones?lang=de`, clinician.cookie, {
      kind: 'letter_of_intent',
      status: 'done',
      achieved_on: '2027-01-15',
      public: 'on',
    });
    expect(loi.status).toBe(303);
    expect(loi.headers.get('location')).toBe(`/cooperations/${cooperation}?done=recorded#milestones-title`);
    // The team records a KPI result in Italian, kept confidential… and a public one.
    for (const [publicToo, value] of [
      [false, '30'],
      [true, '42.5'],
    ] as const) {
      const kpi = await postForm(`/cooperations/${cooperation}/milestones?lang=it`, solver.cookie, {
        kind: 'kpi_result',
        status: 'done',
        achieved_on: '2027-06-30',
        kpi_value: value,
        kpi_unit: 'min',
        kpi_method: 'Mediana dalla biopsia al referto su 120 casi consecutivi.',
        ...(publicToo ? { public: 'on' } : {}),
      });
      expect(kpi.status).toBe(303);
    }
    const kpis = (await milestonesOf(cooperation)).filter((m) => m.kind === 'kpi_result');
    const shown = kpis.find((m) => m.public);
    expect(shown).toBeDefined();

    // The team's update page offers no verdict; the clinic's does, and records it.
    const teamPage = await (await page(`/cooperations/${cooperation}/milestones/${shown?.id}`, solver.cookie)).text();
    expect(teamPage).not.toContain('name="kpi_met"');
    const clinicPage = await (
      await page(`/cooperations/${cooperation}/milestones/${shown?.id}?lang=de`, clinician.cookie)
    ).text();
    expect(clinicPage).toContain('<label for="kpi_met">Wurde das Ziel erreicht? (Sache der Klinik)</label>');
    // Whether the team's milestone is public is the team's word: the clinic's page says so, without the box.
    expect(teamPage).toContain('name="public"');
    expect(clinicPage).not.toContain('name="public"');
    expect(clinicPage).toContain('entscheidet die Seite, die diesen Meilenstein erfasst hat');
    expect(teamPage).toContain('Changing the measurement of a KPI the clinic marked as met withdraws that verdict');
    const verdict = await postForm(`/cooperations/${cooperation}/milestones/${shown?.id}`, clinician.cookie, {
      status: 'done',
      achieved_on: '2027-06-30',
      kpi_value: '42.5',
      kpi_unit: 'min',
      kpi_method: 'Mediana dalla biopsia al referto su 120 casi consecutivi.',
      kpi_met: 'yes',
      public: 'on',
      note: '',
      version: '1',
    });
    expect(verdict.status).toBe(303);
    expect((await milestonesOf(cooperation)).find((m) => m.id === shown?.id)?.kpi_met).toBe(true);

    // Still confidential: a visitor gets the not-found page.
    expect((await page(`/cooperations/${cooperation}`)).status).toBe(404);
    const read = async (user: typeof clinician) =>
      (await must(getCooperation(user, cooperation))).body.version as number;
    for (const user of [clinician, solver]) {
      const res = await postForm(`/cooperations/${cooperation}/publication`, user.cookie, {
        public: 'on',
        version: String(await read(user)),
      });
      expect(res.status).toBe(303);
    }

    // Anyone reads it now (Romanian), with the public milestones only; and on the cluster's stories page.
    const html = await (await page(`/cooperations/${cooperation}?lang=ro`)).text();
    expect(html).toContain('Scrisoare de intenție');
    expect(html).toContain('42,5 min');
    expect(html).toContain('Țintă atinsă');
    expect(html).not.toContain('30 min');
    expect(html).not.toContain('name="status"');
    const stories = await (await page(`/clusters/${world.cluster.slug}/impact-stories?lang=ro`)).text();
    expect(stories).toContain('Ce a ieșit din provocările clusterului');
    expect(stories).toContain('42,5 min');
    expect(stories).not.toContain('30 min');
    expect(stories).toContain(`href="/cooperations/${cooperation}"`);
  });

  it('names a field of the wrong kind in the page language', async () => {
    const { cooperation } = await fresh();
    const res = await postForm(`/cooperations/${cooperation}/milestones?lang=de`, world.users.solver.cookie, {
      kind: 'pilot_start',
      status: 'planned',
      kpi_unit: 'min',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Einheit, z. B. % oder Minuten (nur KPI-Ergebnisse)');
    expect(html).toContain('value="min"');
    expect(await milestonesOf(cooperation)).toEqual([]);
  });

  it('keeps what was typed on a stale version and says so', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    const first = await postForm(`/cooperations/${cooperation}/status`, solver.cookie, {
      status: 'completed',
      version: '1',
    });
    expect(first.status).toBe(303);
    const stale = await postForm(`/cooperations/${cooperation}/status?lang=de`, clinician.cookie, {
      status: 'ended',
      version: '1',
    });
    expect(stale.status).toBe(400);
    const html = await stale.text();
    expect(html).toContain('Jemand hat dies geändert, während Sie es bearbeitet haben.');
    expect(html).toContain('name="version" value="2"');
    expect((await must(getCooperation(clinician, cooperation))).body.status).toBe('completed');
  });

  it('is not found for someone outside it, whatever they post', async () => {
    const { cooperation } = await fresh();
    const outsider = await registerUser('solver');
    expect((await page(`/cooperations/${cooperation}`, outsider.cookie)).status).toBe(404);
    const posted = await postForm(`/cooperations/${cooperation}/milestones`, outsider.cookie, { kind: 'agreement' });
    expect(posted.status).toBe(404);
    expect(await milestonesOf(cooperation)).toEqual([]);
    const list = await (await page('/cooperations', outsider.cookie)).text();
    expect(list).not.toContain(cooperation);
    const own = await (await page('/cooperations', world.users.solver.cookie)).text();
    expect(own).toContain(`/cooperations/${cooperation}`);
    // Their page leads there.
    expect(await (await page('/me', world.users.solver.cookie)).text()).toContain('href="/cooperations"');
  });

  it('takes the session lookup and one batch, however many milestones', async () => {
    const { clinician, solver } = world.users;
    const { cooperation } = await fresh();
    const paths = [
      [`/cooperations/${cooperation}`, clinician.cookie],
      ['/cooperations', solver.cookie],
      [`/clusters/${world.cluster.slug}/impact-stories`, undefined],
    ] as const;
    const calls = async () => {
      const out: number[] = [];
      for (const [path, cookie] of paths) {
        const res = await page(path, cookie);
        expect(res.status, path).toBe(200);
        out.push(d1Stats(res).calls);
      }
      return out;
    };
    await must(addMilestone(clinician, cooperation, { kind: 'letter_of_intent', public: true }), 201);
    await publishBoth(clinician, solver, cooperation);
    const few = await calls();
    for (const kind of ['agreement', 'ethics_approval', 'pilot_start', 'pilot_end', 'kpi_result']) {
      await must(addMilestone(solver, cooperation, { kind, public: true }), 201);
    }
    const many = await calls();
    expect(many).toEqual(few);
    for (const n of many) expect(n).toBeLessThanOrEqual(2);
  });
});
