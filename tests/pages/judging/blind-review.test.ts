import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { freshCast, jurors } from '../../api/evaluation/fixtures';
import { registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, BASE, isProblem, must } from '../../helpers/http';
import { multipartBody, pdfBytes, postUpload } from '../../helpers/multipart';
import { page, postForm } from '../../helpers/pages';
import { draftSolution } from '../../helpers/solutions';
import { joinTeam } from '../../helpers/team';
import { acceptTerms, createTemplate, putTerms, submitDraft } from '../../helpers/terms';
import { unique } from '../../helpers/unique';
import { challengeFields } from '../authoring/fixtures';

// Blind review (issue 14): a jury member of a challenge reviewed blind reads no one behind a
// solution — not in any API answer, not on any page they can reach. The test gives the solver
// a name, an email, an organization, a team and a link host found nowhere else, then reads every
// GET route of the OpenAPI document and crawls every page the jury member can reach, and looks
// for each of them in every body. The owner reads them all (so they are there to be found).

const SECRETS = (tag: string) => ({
  name: `Zephyrine Quokkaberg ${tag}`,
  organization: `Quokka Diagnostics ${tag}`,
  team: `Dr. Ottoline Wombatt ${tag} leads the wet lab`,
  host: `quokka-${tag}.example`,
  member: `Gismonda Tapirelli ${tag}`,
  memberOrganization: `Istituto Tapiro ${tag}`,
});

async function blindWorld() {
  const { moderator, owner, cluster } = await freshCast();
  const tag = unique();
  const secret = SECRETS(tag);
  const solver = await registerUser('solver', {
    name: secret.name,
    organization: { name: secret.organization, kind: 'startup', country: 'AT' },
  });
  const id = await openChallenge(owner, moderator, cluster.slug, { blind_review: true });
  // Participation terms (slice B), which the whole team accepts: who accepted is not for the jury either.
  const template = await createTemplate(moderator, cluster.slug);
  await must(putTerms(moderator, id, { template_key: template.key }));
  const solutionId = await draftSolution(solver, id, {
    title: `Anonymous pharmacogenomic dosing aid ${tag}`,
    team: secret.team,
    links: [`https://${secret.host}/preprint`],
  });
  // A co-applicant from another organization joins the team (slice A): nobody of it may show either.
  const member = await registerUser('solver', {
    name: secret.member,
    organization: { name: secret.memberOrganization, kind: 'university', country: 'IT' },
  });
  await joinTeam(solver, solutionId, member, 'clinical_lead');
  for (const person of [solver, member]) await must(acceptTerms(person, solutionId, 1));
  await must(submitDraft(solver, solutionId));
  // And a PDF whose name carries the organization (slice C): the jury gets a neutral name.
  const uploaded = await postUpload(
    `/api/v1/solutions/${solutionId}/attachments`,
    multipartBody([{ name: 'file', filename: `${secret.organization} whitepaper.pdf`, data: pdfBytes() }]),
    { token: solver.token },
  );
  expect(uploaded.status).toBe(201);
  const [juror] = (await jurors(1)) as [TestUser];
  await assignJury(owner, id, juror);
  await startEvaluation(owner, id);
  await declare(juror, solutionId, false);
  await evaluate(juror, solutionId, scoresOf([4]), 'Convincing validation plan.');
  return {
    owner,
    moderator,
    solver,
    member,
    juror,
    id,
    solutionId,
    attachmentId: uploaded.body.id as string,
    secret: { ...secret, email: solver.email },
  };
}

/** Every GET path of the OpenAPI document, its parameters filled in where this world has a value. */
async function apiPaths(values: Record<string, string>) {
  const doc = await must(api('/api/v1/openapi.json'));
  const paths: string[] = [];
  for (const [template, operations] of Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)) {
    if (!operations.get) continue;
    const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const filled = template.replace(
      /\{(\w+)\}/g,
      (_, name: string) => values[`${template}:${name}`] ?? values[name] ?? '',
    );
    if (params.every((p) => values[`${template}:${p}`] ?? values[p])) paths.push(filled);
  }
  return paths;
}

/** The pages a signed-in person reaches by following links from `starts` (same origin, GET), at most `limit`. */
async function crawl(cookie: string, starts: string[], limit = 80) {
  const seen = new Set<string>();
  const bodies: { path: string; body: string }[] = [];
  const queue = [...starts];
  while (queue.length && bodies.length < limit) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await page(path, cookie, { redirect: 'manual' });
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('text/html')) {
      await res.arrayBuffer();
      continue;
    }
    const body = await res.text();
    bodies.push({ path, body });
    for (const [, href] of body.matchAll(/href="([^"]+)"/g)) {
      const url = new URL((href as string).replaceAll('&amp;', '&'), BASE + path);
      if (url.origin !== BASE) continue;
      // Assets, feeds and other languages of the same page add nothing a person reads anew.
      if (/\.(css|js|svg|ico|ics|xml|json)$|^\/(assets|vendor|signout|dev\/)/.test(url.pathname)) continue;
      if (url.searchParams.has('lang')) continue;
      queue.push(url.pathname + url.search);
    }
  }
  return bodies;
}

const leaks = (body: string, secret: Record<string, string>) =>
  Object.entries(secret)
    .filter(([, value]) => body.toLowerCase().includes(value.toLowerCase()))
    .map(([what]) => what);

describe('blind review', () => {
  it('shows a jury member no one behind a solution, in any API answer or page they can reach', async () => {
    const w = await blindWorld();
    const values = {
      id: w.id,
      '/api/v1/attachments/{id}:id': w.attachmentId,
      'solutions/{id}': w.solutionId,
      ...Object.fromEntries(
        ['/api/v1/solutions/{id}', '/api/v1/solutions/{id}/evaluation', '/api/v1/solutions/{id}/conflict'].map((t) => [
          `${t}:id`,
          w.solutionId,
        ]),
      ),
    };
    const paths = await apiPaths(values);
    expect(paths).toEqual(
      expect.arrayContaining([
        `/api/v1/solutions/${w.solutionId}`,
        `/api/v1/challenges/${w.id}/solutions`,
        `/api/v1/challenges/${w.id}/ranking`,
        '/api/v1/me/export',
      ]),
    );
    let read = 0;
    for (const path of paths) {
      const res = await api(path, { token: w.juror.token });
      if (res.status !== 200) continue;
      read++;
      expect(leaks(JSON.stringify(res.body), w.secret), path).toEqual([]);
    }
    expect(read).toBeGreaterThanOrEqual(8);

    const pages = await crawl(w.juror.cookie, [
      '/me',
      `/challenges/${w.id}`,
      `/challenges/${w.id}/solutions`,
      `/challenges/${w.id}/conflicts`,
      `/challenges/${w.id}/ranking`,
      `/solutions/${w.solutionId}`,
    ]);
    const visited = pages.map((p) => p.path);
    expect(visited).toEqual(expect.arrayContaining([`/solutions/${w.solutionId}`, `/challenges/${w.id}/ranking`]));
    for (const { path, body } of pages) expect(leaks(body, w.secret), path).toEqual([]);
    console.info(
      `[blind] a jury member read ${read} API routes (of ${paths.length} GET routes) and ${pages.length} pages: nobody behind the solution in any`,
    );
    // What they read instead: why they see no one.
    const solutionPage = pages.find((p) => p.path === `/solutions/${w.solutionId}`)?.body ?? '';
    expect(solutionPage).toContain('Blind review: who is behind this solution is withheld from you.');

    // The owner reads everything, so the test above looked for something that is there.
    const owned = await must(api(`/api/v1/solutions/${w.solutionId}`, { token: w.owner.token }));
    // (The team's member appears too: among those who accepted the terms.)
    expect(leaks(JSON.stringify(owned.body), w.secret).sort()).toEqual([
      'host',
      'member',
      'name',
      'organization',
      'team',
    ]);
    const team = await must(api(`/api/v1/solutions/${w.solutionId}/team`, { token: w.owner.token }));
    expect(leaks(JSON.stringify(team.body), w.secret).sort()).toEqual([
      'member',
      'memberOrganization',
      'name',
      'organization',
    ]);
    // The jury member asking for the team is told why not.
    const refusedTeam = await api(`/api/v1/solutions/${w.solutionId}/team`, { token: w.juror.token });
    expect(isProblem(refusedTeam, 403)).toBe(true);
    expect(refusedTeam.body.detail).toMatch(/reviewed blind/);
    expect(owned.body.blind).toBe(false);
    const ownerPage = await (await page(`/solutions/${w.solutionId}`, w.owner.cookie)).text();
    expect(leaks(ownerPage, w.secret).sort()).toEqual([
      'host',
      'member',
      'memberOrganization',
      'name',
      'organization',
      'team',
    ]);
    // The file itself, downloaded by the jury member, goes by a neutral name.
    const file = await SELF.fetch(`${BASE}/api/v1/attachments/${w.attachmentId}`, {
      headers: { authorization: `Bearer ${w.juror.token}` },
    });
    expect(file.status).toBe(200);
    await file.arrayBuffer();
    expect(leaks(file.headers.get('content-disposition') ?? '', w.secret)).toEqual([]);
    expect(file.headers.get('content-disposition')).toMatch(/filename="attachment-\w{6}\.pdf"/);
    // The team itself is never blind to itself.
    const asMember = await must(api(`/api/v1/solutions/${w.solutionId}`, { token: w.member.token }));
    expect(asMember.body).toMatchObject({ blind: false, submitter: { name: w.secret.name } });
    const juror = await must(api(`/api/v1/solutions/${w.solutionId}`, { token: w.juror.token }));
    expect(juror.body).toMatchObject({ blind: true, submitter: null, organization: null, team: '', links: [] });
  });

  it('tells solvers before they write, in their language, and is fixed once the challenge is approved', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug, { blind_review: true });
    const solver = await registerUser('solver');
    const form = await (await page(`/challenges/${id}/solutions/new?lang=de`, solver.cookie)).text();
    expect(form).toContain('Diese Challenge wird anonym begutachtet. Nennen Sie weder sich');
    const challengePage = await (await page(`/challenges/${id}?lang=it`, solver.cookie)).text();
    expect(challengePage).toContain('Questa sfida è valutata in forma anonima');
    const view = await must(api(`/api/v1/challenges/${id}`, { token: solver.token }));
    expect(view.body.blind_review).toBe(true);

    // A moderator's amendment after approval cannot switch it off (nor on): 409, nothing changed.
    const refused = await api(`/api/v1/challenges/${id}`, {
      method: 'PATCH',
      token: moderator.token,
      body: { blind_review: false },
      headers: { 'If-Match': `"${view.body.version}"` },
    });
    expect(isProblem(refused, 409, 'invalid_state')).toBe(true);
    expect(refused.body.detail).toMatch(/fixed once a challenge is approved/);
    expect((await must(api(`/api/v1/challenges/${id}`, { token: owner.token }))).body.blind_review).toBe(true);
    // The amend form states it instead of offering the checkbox.
    const amend = await (await page(`/challenges/${id}/edit`, moderator.cookie)).text();
    expect(amend).not.toContain('name="blind_review"');
    expect(amend).toContain('This challenge is reviewed blind');
  });

  it('is set by the owner on the draft form, without JavaScript, and cleared the same way', async () => {
    const { owner, cluster } = await freshCast();
    const created = await postForm(
      '/challenges/new',
      owner.cookie,
      challengeFields(cluster.slug, { blind_review: 'on' }),
    );
    expect(created.status).toBe(303);
    const id = (created.headers.get('location') ?? '').match(/\/challenges\/([0-9a-f-]{36})/)?.[1] ?? '';
    expect((await must(api(`/api/v1/challenges/${id}`, { token: owner.token }))).body.blind_review).toBe(true);
    const edit = await (await page(`/challenges/${id}/edit?lang=ro`, owner.cookie)).text();
    expect(edit).toMatch(/<input id="blind_review" name="blind_review" type="checkbox" checked/);
    expect(edit).toContain('Evaluare anonimă: juriul nu vede cine a depus o soluție');
    // An unticked box is a "no": the draft is not reviewed blind any more.
    const saved = await postForm(`/challenges/${id}/edit`, owner.cookie, challengeFields('', { version: '1' }));
    expect(saved.status).toBe(303);
    expect((await must(api(`/api/v1/challenges/${id}`, { token: owner.token }))).body.blind_review).toBe(false);
  });
});
