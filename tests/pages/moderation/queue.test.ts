import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { askOk, reportOk } from '../../api/moderation/fixtures';
import { createAdmin } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { api, d1Stats, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { submitSolution } from '../../helpers/solutions';
import { textOf } from '../dashboard/needs';
import { agoHours, desk, html, setTime } from './desk';

/** The HTML of the `<li class="report">` whose heading links to `href`. */
function reportItem(page: string, href: string): string {
  const at = page.indexOf(`href="${href}"`);
  if (at < 0) return '';
  const start = page.lastIndexOf('<li class="report"', at);
  return page.slice(start, page.indexOf('</li>', at));
}

/** The opening tag of the button that sends `action`. */
const buttonTag = (item: string, action: string) => new RegExp(`<button[^>]*value="${action}"[^>]*>`).exec(item)?.[0];

const reportStatus = async (id: string) =>
  (await env.DB.prepare('SELECT status FROM reports WHERE id = ?').bind(id).first<{ status: string }>())?.status;

/** A desk with one open challenge in the north cluster, a question and a solution on it, and a report on each. */
async function reportedEverything() {
  const d = await desk();
  const challenge = await openChallenge(d.owner, d.moderator, d.north.slug, { title: 'Reported challenge in context' });
  const question = await askOk(d.solver, challenge, 'Would you buy our licence instead of running a pilot at all?');
  const solution = await submitSolution(d.solver, challenge, { title: 'Reported solution in context' });
  const reports = {
    challenge: await reportOk(d.solver, 'challenge', challenge, 'The reward hides a regional exclusivity clause.'),
    question: await reportOk(d.owner, 'question', question.id, 'This is a sales pitch, not a question.'),
    solution: await reportOk(d.owner, 'solution', solution, 'A link in it asks for login credentials.'),
  };
  return { ...d, challenge, question, solution, reports };
}

describe('the moderation queue: reports in context', { timeout: 20_000 }, () => {
  it('links each report to what was reported where it is seen, with the reason; hide looks dangerous, dismiss does not', async () => {
    const d = await reportedEverything();
    const { html: queue } = await html('/moderation', d.moderator);

    const onChallenge = reportItem(queue, `/challenges/${d.challenge}`);
    expect(textOf(onChallenge)).toContain('Challenge: Reported challenge in context');
    expect(textOf(onChallenge)).toContain(
      'Reason given by Sven Solver: The reward hides a regional exclusivity clause.',
    );

    const onQuestion = reportItem(queue, `/challenges/${d.challenge}#q-${d.question.id}`);
    expect(textOf(onQuestion)).toContain('Question: Would you buy our licence instead of running a pilot at all?');
    expect(textOf(onQuestion)).toContain('on “Reported challenge in context”');
    expect(textOf(onQuestion)).toContain('Reason given by Dr. Otto Owner: This is a sales pitch, not a question.');

    const onSolution = reportItem(queue, `/solutions/${d.solution}`);
    expect(textOf(onSolution)).toContain('Solution: Reported solution in context');
    expect(textOf(onSolution)).toContain('A link in it asks for login credentials.');

    for (const item of [onChallenge, onQuestion, onSolution]) {
      expect(buttonTag(item, 'hide')).toContain('class="danger"');
      expect(buttonTag(item, 'dismiss')).toContain('class="secondary"');
      expect(buttonTag(item, 'dismiss')).not.toContain('danger');
    }

    // The question's link lands on it: the challenge page has the anchor, with the question in it.
    const { html: challengePage } = await html(`/challenges/${d.challenge}`, d.moderator);
    const anchor = challengePage.indexOf(`id="q-${d.question.id}"`);
    expect(anchor).toBeGreaterThan(0);
    expect(challengePage.slice(anchor, anchor + 600)).toContain('Would you buy our licence');
    // The solution's link opens for the moderator.
    expect((await page(`/solutions/${d.solution}`, d.moderator.cookie)).status).toBe(200);
  });

  it('asks before hiding: going back changes nothing; confirming hides the question and returns to the filtered queue', async () => {
    const d = await reportedEverything();
    const id = d.reports.question.id;

    const asked = await postForm(`/moderation/reports/${id}`, d.moderator.cookie, {
      action: 'hide',
      cluster: d.north.slug,
    });
    expect(asked.status).toBe(200);
    const confirm = await asked.text();
    expect(textOf(confirm)).toContain('Hide this content?');
    expect(confirm).toContain('name="confirmed" value="yes"');
    expect(confirm).toContain(`name="cluster" value="${d.north.slug}"`);
    expect(confirm).toContain(`href="/moderation?cluster=${d.north.slug}"`);
    expect(await reportStatus(id)).toBe('open');

    const hidden = await postForm(`/moderation/reports/${id}`, d.moderator.cookie, {
      action: 'hide',
      cluster: d.north.slug,
      confirmed: 'yes',
    });
    expect(hidden.status).toBe(303);
    expect(hidden.headers.get('location')).toBe(`/moderation?cluster=${d.north.slug}&done=hide`);
    expect(await reportStatus(id)).toBe('actioned');
    const row = await env.DB.prepare('SELECT hidden_at FROM questions WHERE id = ?').bind(d.question.id).first();
    expect(row?.hidden_at).toEqual(expect.any(String));

    const { html: after } = await html(`/moderation?cluster=${d.north.slug}&done=hide`, d.moderator);
    expect(textOf(after)).toContain('The content is hidden.');
    expect(after).not.toContain(`#q-${d.question.id}"`);
    const { html: challengePage } = await html(`/challenges/${d.challenge}`, d.solver);
    expect(challengePage).not.toContain('Would you buy our licence');

    // Dismissing changes no content: it needs no confirmation.
    const dismissed = await postForm(`/moderation/reports/${d.reports.solution.id}`, d.moderator.cookie, {
      action: 'dismiss',
    });
    expect(dismissed.status).toBe(303);
    expect(dismissed.headers.get('location')).toBe('/moderation?done=dismiss');
    expect(await reportStatus(d.reports.solution.id)).toBe('dismissed');
  });
});

describe('the moderation queue: clusters by name, time waited, a filter', { timeout: 20_000 }, () => {
  /** A challenge in review in each cluster, waiting 3 days; a report in the south waiting 26 hours. */
  async function waiting() {
    const d = await desk();
    const northDraft = await createDraft(d.owner, d.north.slug, { title: 'Northern challenge waiting for review' });
    const southDraft = await createDraft(d.owner, d.south.slug, { title: 'Southern challenge waiting for review' });
    const elsewhereDraft = await createDraft(d.owner, d.elsewhere.slug, { title: 'Challenge of another moderator' });
    for (const draft of [northDraft, southDraft, elsewhereDraft]) {
      await must(transition(d.owner, draft.id, 'submit'));
      await setTime('challenges', 'submitted_at', draft.id, agoHours(3 * 24 + 2));
    }
    const southOpen = await openChallenge(d.owner, d.moderator, d.south.slug, { title: 'Southern open challenge' });
    const report = await reportOk(d.solver, 'challenge', southOpen, 'The deadline contradicts the summary.');
    await setTime('reports', 'created_at', report.id, agoHours(26));
    return { ...d, northDraft, southDraft, elsewhereDraft, southOpen, report };
  }

  it('names each cluster and says how long each item has waited, in the page language', async () => {
    const d = await waiting();
    const en = textOf((await html('/moderation', d.moderator)).html);
    expect(en).toContain(`Northern challenge waiting for review Dr. Otto Owner · ${d.north.name} · waiting 3 days`);
    expect(en).toContain(`${d.south.name} · waiting 1 day`);
    expect(en).not.toContain(d.north.slug);
    expect(en).not.toContain(d.south.slug);

    const de = textOf((await html('/moderation?lang=de', d.moderator)).html);
    expect(de).toContain(`Dr. Otto Owner · ${d.north.name} · wartet seit 3 Tagen`);
    expect(de).toContain(`${d.south.name} · wartet seit 1 Tag`);
    expect(de).toContain('Begründung von Sven Solver:');

    const ro = textOf((await html('/moderation?lang=ro', d.moderator)).html);
    expect(ro).toContain(`${d.north.name} · așteaptă de 3 zile`);
    expect(ro).toContain(`${d.south.name} · așteaptă de 1 zi`);

    // Something submitted a moment ago waits "less than an hour", not "0 days".
    await setTime('challenges', 'submitted_at', d.northDraft.id, agoHours(0.2));
    const fresh = textOf((await html('/moderation', d.moderator)).html);
    expect(fresh).toContain(`${d.north.name} · waiting less than an hour`);
  });

  it('filters by cluster with a GET form offering only the clusters this moderator moderates', async () => {
    const d = await waiting();
    const { html: all } = await html('/moderation', d.moderator);
    const start = all.indexOf('<form method="get" action="/moderation"');
    const form = all.slice(start, all.indexOf('</form>', start));
    expect(form).toContain('name="cluster"');
    expect(form).toContain(`<option value="${d.north.slug}">${d.north.name}</option>`);
    expect(form).toContain(`<option value="${d.south.slug}">${d.south.name}</option>`);
    expect(form).not.toContain(d.elsewhere.slug);
    expect(textOf(all)).toContain('Northern challenge waiting for review');
    expect(textOf(all)).toContain('Southern challenge waiting for review');
    expect(textOf(all)).not.toContain('Challenge of another moderator');

    const { html: south } = await html(`/moderation?cluster=${d.south.slug}`, d.moderator);
    expect(textOf(south)).toContain('Southern challenge waiting for review');
    expect(textOf(south)).toContain('Southern open challenge');
    expect(textOf(south)).not.toContain('Northern challenge waiting for review');
    expect(south).toContain(`<option value="${d.south.slug}" selected="">`);
    // Resolving from the filtered queue keeps the filter.
    expect(south).toContain(`<input type="hidden" name="cluster" value="${d.south.slug}"/>`);

    // A cluster they do not moderate: said next to the field, and nothing of that cluster shown.
    const { html: foreign } = await html(`/moderation?cluster=${d.elsewhere.slug}`, d.moderator, 400);
    expect(foreign).toContain('<p class="field-error" id="cluster-error">Choose one of the clusters you moderate.</p>');
    expect(foreign).toContain('aria-invalid="true"');
    expect(textOf(foreign)).not.toContain('Challenge of another moderator');
    const { html: foreignDe } = await html(`/moderation?cluster=${d.elsewhere.slug}&lang=de`, d.moderator, 400);
    expect(textOf(foreignDe)).toContain('Wählen Sie einen der Cluster, die Sie moderieren.');
  });

  it('offers the same filter and names through the API', async () => {
    const d = await waiting();
    const all = await must(api('/api/v1/moderation/queue', { token: d.moderator.token }));
    expect(all.body.clusters.map((c: { slug: string }) => c.slug).sort()).toEqual([d.north.slug, d.south.slug].sort());
    const south = await must(api(`/api/v1/moderation/queue?cluster=${d.south.slug}`, { token: d.moderator.token }));
    expect(south.body.challenges_in_review).toEqual([
      expect.objectContaining({ id: d.southDraft.id, cluster: d.south.slug, cluster_name: d.south.name }),
    ]);
    expect(south.body.open_reports).toEqual([
      expect.objectContaining({
        id: d.report.id,
        cluster_name: d.south.name,
        challenge_id: d.southOpen,
        subject: 'Southern open challenge',
      }),
    ]);
    // Another moderator's cluster: nothing of it.
    const foreign = await must(
      api(`/api/v1/moderation/queue?cluster=${d.elsewhere.slug}`, { token: d.moderator.token }),
    );
    expect(foreign.body.challenges_in_review).toEqual([]);
    expect(foreign.body.open_reports).toEqual([]);
  });

  it('takes one round trip after the session, for a moderator and an admin, filtered or not', async () => {
    const d = await waiting();
    const admin = await createAdmin();
    for (const [who, path] of [
      [d.moderator, '/moderation'],
      [d.moderator, `/moderation?cluster=${d.south.slug}`],
      [admin, '/moderation'],
      [admin, `/moderation?cluster=${d.elsewhere.slug}`],
    ] as const) {
      const res = await page(path, who.cookie);
      expect(res.status, path).toBe(200);
      expect(d1Stats(res).calls, path).toBeLessThanOrEqual(2);
    }
  });
});
