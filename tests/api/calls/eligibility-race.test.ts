import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bindings } from '../../../worker/env';
import worker from '../../../worker/index';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { api, BASE, freshClient, must } from '../../helpers/http';
import { racingEnv } from '../../helpers/race-d1';
import { unique } from '../../helpers/unique';

// Eligibility is checked before the write (to name each rule) and again inside the batch that
// writes the submission (issue 15): an organization edited, or a call's rules amended, between the
// two must stop the submission. `racingEnv` lets the other writer in at exactly that moment.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const solution = (trl: number, submit: boolean) => ({
  title: 'Point-of-care NGS panel with same-day reporting',
  summary: 'A cartridge-based NGS panel that reports EGFR, ALK, ROS1 and KRAS within 24 hours of biopsy.',
  approach: 'Amplicon panel on a benchtop sequencer, automated variant calling, FHIR report to the HIS.',
  trl,
  team: 'Molecular biologists',
  ip_status: 'none',
  links: [],
  summary_public: true,
  submit,
});

async function post(racing: Bindings, path: string, token: string, body?: unknown) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`${BASE}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'cf-connecting-ip': freshClient(),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    racing,
    ctx,
  );
  const json = (await res.json()) as { type: string; detail: string; errors?: Record<string, string>[] };
  await waitOnExecutionContext(ctx);
  return { status: res.status, body: json };
}

async function challengeInCall(rules: unknown[]) {
  const { moderator, clinician, admin } = world.users;
  const callId = await publishedCall(moderator, admin, [world.cluster.slug], { rules });
  const challenge = await openChallenge(clinician, moderator, world.cluster.slug, { call_id: callId });
  return { callId, challenge };
}

const organizationOf = async (userId: string) =>
  (await env.DB.prepare('SELECT organization_id AS id FROM users WHERE id = ?').bind(userId).first<{ id: string }>())
    ?.id ?? '';

/** The cluster's submitted solutions as the impact tallies count them. */
const submittedTally = () =>
  count(
    "SELECT coalesce(sum(value), 0) AS n FROM impact_tallies WHERE cluster_id = ? AND metric = 'solutions_submitted' AND dimension = ''",
    world.cluster.id,
  );

describe('eligibility inside the submission batch', () => {
  it('an organization that moves country between the check and the write submits nothing', async () => {
    const { challenge } = await challengeInCall([{ rule: 'countries', params: { countries: ['DE', 'AT'] } }]);
    const solver = await registerUser('solver', {
      organization: { name: `Org ${unique()}`, kind: 'sme', country: 'DE', size: 'small' },
    });
    const org = await organizationOf(solver.id);
    const racing = racingEnv(/insert into "solutions"/, () =>
      env.DB.prepare("UPDATE organizations SET country = 'IT' WHERE id = ?").bind(org).run(),
    );
    const res = await post(racing, `/api/v1/challenges/${challenge}/solutions`, solver.token, solution(5, true));
    expect(racing.raced()).toBe(true);
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/not[-_]eligible/);
    expect(res.body.errors?.map((e) => [e.rule, e.expected, e.actual])).toEqual([['countries', 'DE, AT', 'IT']]);
    expect(await count('SELECT count(*) AS n FROM solutions WHERE challenge_id = ?', challenge)).toBe(0);
    expect(
      await count("SELECT count(*) AS n FROM audit_log WHERE action = 'solution.submit' AND actor_id = ?", solver.id),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) AS n FROM notifications WHERE challenge_id = ? AND kind = 'solution_submitted'",
        challenge,
      ),
    ).toBe(0);
  });

  it('a company size changed to large between the check and the write submits nothing', async () => {
    const { challenge } = await challengeInCall([{ rule: 'company_sizes', params: { sizes: ['micro', 'small'] } }]);
    const solver = await registerUser('solver', {
      organization: { name: `Org ${unique()}`, kind: 'sme', country: 'DE', size: 'micro' },
    });
    const org = await organizationOf(solver.id);
    const racing = racingEnv(/insert into "solutions"/, () =>
      env.DB.prepare("UPDATE organizations SET size = 'large' WHERE id = ?").bind(org).run(),
    );
    const res = await post(racing, `/api/v1/challenges/${challenge}/solutions`, solver.token, solution(5, true));
    expect(racing.raced()).toBe(true);
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => [e.rule, e.actual])).toEqual([['company_sizes', 'large']]);
    expect(await count('SELECT count(*) AS n FROM solutions WHERE challenge_id = ?', challenge)).toBe(0);
  });

  it("a call's rules changed between the check and the write stop a draft's submission", async () => {
    const { callId, challenge } = await challengeInCall([{ rule: 'trl', params: { min: 4, max: 6 } }]);
    const solver = await registerUser('solver', {
      organization: { name: `Org ${unique()}`, kind: 'startup', country: 'AT' },
    });
    const draft = await must(
      api(`/api/v1/challenges/${challenge}/solutions`, { token: solver.token, body: solution(5, false) }),
      201,
    );
    // Written straight into D1: whatever changes the rules the submission is judged by (an amended
    // call, the challenge moved into another), the batch reads them as they are when it runs.
    const racing = racingEnv(/update "solutions" set "status"/, () =>
      env.DB.prepare(`UPDATE call_rules SET params = '{"min":6,"max":9}' WHERE call_id = ? AND rule = 'trl'`)
        .bind(callId)
        .run(),
    );
    const tallyBefore = await submittedTally();
    const res = await post(racing, `/api/v1/solutions/${draft.body.id}/submit`, solver.token);
    expect(racing.raced()).toBe(true);
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => [e.rule, e.expected, e.actual])).toEqual([['trl', '6-9', '5']]);
    const row = await env.DB.prepare('SELECT status, submitted_at, version FROM solutions WHERE id = ?')
      .bind(draft.body.id)
      .first<{ status: string; submitted_at: string | null; version: number }>();
    expect(row).toEqual({ status: 'draft', submitted_at: null, version: draft.body.version });
    expect(await count('SELECT count(*) AS n FROM solution_stages WHERE solution_id = ?', draft.body.id)).toBe(0);
    expect(await submittedTally()).toBe(tallyBefore);
  });

  it('without a race the guard admits an eligible submission (every kind of rule met)', async () => {
    const { challenge } = await challengeInCall([
      { rule: 'trl', params: { min: 4, max: 6 } },
      { rule: 'organization_kinds', params: { kinds: ['sme', 'startup'] } },
      { rule: 'countries', params: { countries: ['DE', 'AT'] } },
      { rule: 'company_sizes', params: { sizes: ['micro', 'small', 'medium'] } },
    ]);
    const solver = await registerUser('solver', {
      organization: { name: `Org ${unique()}`, kind: 'startup', country: 'AT', size: 'medium' },
    });
    const created = await must(
      api(`/api/v1/challenges/${challenge}/solutions`, { token: solver.token, body: solution(6, true) }),
      201,
    );
    expect(created.body.status).toBe('submitted');
  });
});
