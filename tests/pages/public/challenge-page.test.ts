import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { startEvaluation } from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { submitSolution, withdrawSolution } from '../../helpers/solutions';

// The challenge page as a solver, a clinician and its owner walk it (issue 12).

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const html = async (path: string, cookie?: string) => {
  const res = await page(path, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
};

const open = (overrides: Record<string, unknown> = {}) =>
  openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, overrides);

describe('a solver who already has a solution', () => {
  it('is led to it instead of being offered "Submit a solution" again', async () => {
    const id = await open();
    const before = await html(`/challenges/${id}`, world.users.solver.cookie);
    expect(before).toContain(`href="/challenges/${id}/solutions/new"`);
    expect(before).not.toContain('You already have a solution');

    const solution = await submitSolution(world.users.solver, id, { title: 'Our first go at the need' });
    const after = await html(`/challenges/${id}`, world.users.solver.cookie);
    expect(after).toContain('You already have a solution on this challenge:');
    expect(after).toContain(`<a href="/solutions/${solution}">Our first go at the need</a>`);
    expect(after).not.toContain(`href="/challenges/${id}/solutions/new"`);

    // Another solver is still invited to submit.
    const other = await registerUser('solver');
    expect(await html(`/challenges/${id}`, other.cookie)).toContain(`href="/challenges/${id}/solutions/new"`);
  });

  it('who withdrew it sees it and may submit again', async () => {
    const id = await open();
    const solver = await registerUser('solver');
    const solution = await submitSolution(solver, id);
    await must(withdrawSolution(solver, solution));
    const text = await html(`/challenges/${id}`, solver.cookie);
    expect(text).toContain(`href="/solutions/${solution}"`);
    expect(text).toContain(`href="/challenges/${id}/solutions/new"`);
  });
});

describe('"We have this need too" is for clinicians', () => {
  it('is offered to another clinician, not to a solver', async () => {
    const id = await open();
    const button = 'We have this need too</button>';
    expect(await html(`/challenges/${id}`, world.users.evaluator.cookie)).toContain(button);
    expect(await html(`/challenges/${id}`, world.users.solver.cookie)).not.toContain(button);
  });

  it('refuses a solver clearly, on the page and in the API (403), and counts nothing', async () => {
    const id = await open();
    const posted = await postForm(`/challenges/${id}/endorsement`, world.users.solver.cookie, { endorsed: '1' });
    expect(posted.status).toBe(403);
    const res = await api(`/api/v1/challenges/${id}/endorsement`, { method: 'PUT', token: world.users.solver.token });
    expect(isProblem(res, 403, 'forbidden')).toBe(true);
    expect(res.body.detail).toBe(
      'Only clinician accounts endorse challenges: an endorsement says "we have this need too" for a clinic.',
    );
    await expect(count('SELECT count(*) AS n FROM endorsements WHERE challenge_id = ?', id)).resolves.toBe(0);
  });
});

describe('questions: the asker lands at the question form', () => {
  it('an empty or too-short question is answered at the form, by its anchor, with the message there', async () => {
    const id = await open();
    for (const body of ['', 'Why?']) {
      const res = await postForm(`/challenges/${id}/questions`, world.users.solver.cookie, { body });
      expect(res.status).toBe(400);
      const text = await res.text();
      // The form posts to its own anchor, so the re-rendered page opens at the form, not at the top.
      expect(text).toContain(`id="ask" method="post" action="/challenges/${id}/questions#ask"`);
      const form = text.slice(text.indexOf('id="ask"'));
      expect(form.slice(0, form.indexOf('</form>'))).toMatch(/id="body-error">[^<]*Your question/);
    }
    await expect(count('SELECT count(*) AS n FROM questions WHERE challenge_id = ?', id)).resolves.toBe(0);
  });

  it('asked and answered, the notice is at the questions, where the redirect lands', async () => {
    const id = await open();
    const asked = await postForm(`/challenges/${id}/questions`, world.users.solver.cookie, {
      body: 'Which laboratory information system do you run?',
    });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe(`/challenges/${id}?done=asked#questions`);
    const text = await html(`/challenges/${id}?done=asked`, world.users.solver.cookie);
    const section = text.slice(text.indexOf('id="questions"'));
    expect(section).toContain('Your question is published.');
  });

  it('an answer form posts to its question, so an error brings the owner back to it', async () => {
    const id = await open();
    const q = await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: world.users.solver.token,
        body: { body: 'Do you have a test environment for the EHR?' },
      }),
      201,
    );
    const text = await html(`/challenges/${id}`, world.users.clinician.cookie);
    expect(text).toContain(`action="/challenges/${id}/questions/${q.body.id}/answer#q-${q.body.id}"`);
    const res = await postForm(`/challenges/${id}/questions/${q.body.id}/answer`, world.users.clinician.cookie, {
      answer: '',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`id="answer-${q.body.id}-error"`);
  });
});

describe('the owner and the questions', () => {
  const ask = (id: string, body: string) =>
    must(api(`/api/v1/challenges/${id}/questions`, { token: world.users.solver.token, body: { body } }), 201);

  it('sees how many questions wait for an answer; others do not', async () => {
    const id = await open();
    const first = await ask(id, 'Is the pilot ward surgical or medical?');
    await ask(id, 'How many patients a year would the pilot cover?');
    expect(await html(`/challenges/${id}`, world.users.clinician.cookie)).toContain(
      '2 questions wait for your answer.',
    );
    expect(await html(`/challenges/${id}`, world.users.solver.cookie)).not.toContain('wait for your answer');
    await must(
      api(`/api/v1/challenges/${id}/questions/${first.body.id}/answer`, {
        token: world.users.clinician.token,
        body: { answer: 'A medical ward with 30 beds.' },
      }),
    );
    expect(await html(`/challenges/${id}`, world.users.clinician.cookie)).toContain(
      '1 question waits for your answer.',
    );
  });

  it('hides a sales pitch after confirming; it is gone for everyone, and the step is audited', async () => {
    const id = await open();
    const pitch = await ask(id, 'Have you considered our platform? Book a demo at sales.example today!');
    const kept = await ask(id, 'Which outcome measure matters most to the ward?');
    const qid = pitch.body.id as string;

    const ownerPage = await html(`/challenges/${id}`, world.users.clinician.cookie);
    expect(ownerPage).toContain(`action="/challenges/${id}/questions/${qid}/hide"`);
    expect(ownerPage).toMatch(/<button type="submit" class="danger"[^>]*>Hide this question<\/button>/);
    expect(await html(`/challenges/${id}`, world.users.solver.cookie)).not.toContain('Hide this question');

    // Without JavaScript: first the "are you sure" page, nothing hidden yet.
    const asked = await postForm(`/challenges/${id}/questions/${qid}/hide`, world.users.clinician.cookie, {});
    expect(asked.status).toBe(200);
    const confirm = await asked.text();
    expect(confirm).toContain('Hide this question?');
    expect(confirm).toContain('Yes, hide the question');
    await expect(count('SELECT count(*) AS n FROM questions WHERE id = ? AND hidden_at IS NULL', qid)).resolves.toBe(1);

    const done = await postForm(`/challenges/${id}/questions/${qid}/hide`, world.users.clinician.cookie, {
      confirmed: 'yes',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/challenges/${id}?done=hidden#questions`);
    expect(await html(`/challenges/${id}?done=hidden`, world.users.clinician.cookie)).toContain(
      'The question is hidden. No one sees it any more.',
    );

    for (const cookie of [undefined, world.users.solver.cookie, world.users.clinician.cookie]) {
      const text = await html(`/challenges/${id}`, cookie);
      expect(text).not.toContain('Book a demo');
      expect(text).toContain('Which outcome measure matters most');
    }
    const listed = await must(api(`/api/v1/challenges/${id}/questions`));
    expect(listed.body.data.map((q: { id: string }) => q.id)).toEqual([kept.body.id]);
    await expect(
      count("SELECT count(*) AS n FROM audit_log WHERE action = 'question.hide' AND entity_id = ?", qid),
    ).resolves.toBe(1);
  });

  it('a moderator of the cluster may hide a question too; a solver may not', async () => {
    const id = await open();
    const q = await ask(id, 'Our product solves this, shall we send a quote?');
    const path = `/challenges/${id}/questions/${q.body.id}/hide`;
    expect((await postForm(path, world.users.solver.cookie, { confirmed: 'yes' })).status).toBe(403);
    expect((await postForm(path, world.users.moderator.cookie, { confirmed: 'yes' })).status).toBe(303);
    await expect(
      count('SELECT count(*) AS n FROM questions WHERE id = ? AND hidden_at IS NOT NULL', q.body.id),
    ).resolves.toBe(1);
  });
});

describe('hiding a question through the API', () => {
  const hide = (id: string, qid: string, token?: string) =>
    api(`/api/v1/challenges/${id}/questions/${qid}/hide`, { method: 'POST', token });

  it('the owner hides (204), audited; hidden, it is not found again; others are refused', async () => {
    const id = await open();
    const q = await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: world.users.solver.token,
        body: { body: 'We sell exactly this, may we present it to you?' },
      }),
      201,
    );
    expect(isProblem(await hide(id, q.body.id), 401)).toBe(true);
    expect(isProblem(await hide(id, q.body.id, world.users.solver.token), 403, 'forbidden')).toBe(true);
    expect(isProblem(await hide(id, q.body.id, world.users.other_moderator.token), 403, 'forbidden')).toBe(true);
    expect((await hide(id, q.body.id, world.users.clinician.token)).status).toBe(204);
    expect(isProblem(await hide(id, q.body.id, world.users.clinician.token), 404, 'not_found')).toBe(true);
    const read = await must(api(`/api/v1/challenges/${id}`));
    expect(read.body.questions).toEqual([]);
    await expect(
      count("SELECT count(*) AS n FROM audit_log WHERE action = 'question.hide' AND entity_id = ?", q.body.id),
    ).resolves.toBe(1);
  });
});

describe('a hidden question is gone from notifications and unsent emails too', () => {
  it("the owner's inbox line and the pending email lose its text; the line says it was hidden", async () => {
    const id = await open();
    const pitch = 'Buy AcmeAI today, call our sales desk for a quote';
    const q = await must(
      api(`/api/v1/challenges/${id}/questions`, { token: world.users.solver.token, body: { body: pitch } }),
      201,
    );
    const quoting = (table: string) =>
      count(
        `SELECT count(*) AS n FROM ${table} WHERE json_extract(params, '$.question_id') = ? AND json_extract(params, '$.question') LIKE 'Buy AcmeAI%'`,
        q.body.id,
      );
    await expect(quoting('notifications')).resolves.toBe(1);
    // Unsent: the test world has no queue consumer draining it in between.
    await env.DB.prepare("UPDATE email_outbox SET status = 'pending' WHERE json_extract(params, '$.question_id') = ?")
      .bind(q.body.id)
      .run();
    const emails = await count(
      "SELECT count(*) AS n FROM email_outbox WHERE json_extract(params, '$.question_id') = ?",
      q.body.id,
    );
    expect(emails).toBe(1);
    await expect(quoting('email_outbox')).resolves.toBe(1);

    expect(
      (
        await api(`/api/v1/challenges/${id}/questions/${q.body.id}/hide`, {
          method: 'POST',
          token: world.users.clinician.token,
        })
      ).status,
    ).toBe(204);
    await expect(quoting('notifications')).resolves.toBe(0);
    await expect(quoting('email_outbox')).resolves.toBe(0);
    // The rows themselves stay (counts and links unchanged), without the words.
    await expect(
      count("SELECT count(*) AS n FROM email_outbox WHERE json_extract(params, '$.question_id') = ?", q.body.id),
    ).resolves.toBe(emails);
    const inbox = await html('/me/notifications', world.users.clinician.cookie);
    expect(inbox).not.toContain('Buy AcmeAI');
    expect(inbox).toContain('(a question since hidden)');
  });
});

describe('steps that end something look dangerous; review is explained', () => {
  it('the owner of a draft sees "Submit for review" plain and "Withdraw" as danger', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    const text = await html(`/challenges/${draft.id}`, world.users.clinician.cookie);
    expect(text).toContain('<button type="submit">Submit for review</button>');
    expect(text).toContain('<button type="submit" class="danger">Withdraw</button>');
  });

  it('a moderator reviewing sees "Reject" as danger, "Request changes" plain', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    await must(transition(world.users.clinician, draft.id, 'submit'));
    const text = await html(`/challenges/${draft.id}`, world.users.moderator.cookie);
    expect(text).toContain('<button type="submit" name="action" value="reject" class="danger">Reject</button>');
    expect(text).toContain('<button type="submit" name="action" value="request_changes">Request changes</button>');
  });

  it('after "Submit for review" the owner is told who reviews it and how long it usually takes', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    const res = await postForm(`/challenges/${draft.id}/transitions`, world.users.clinician.cookie, {
      action: 'submit',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/challenges/${draft.id}?done=submit`);
    const review = `The moderators of Cluster ${world.cluster.slug} review it, usually within 5 working days.`;
    expect(await html(`/challenges/${draft.id}?done=submit`, world.users.clinician.cookie)).toContain(review);
    // In German too.
    expect(await html(`/challenges/${draft.id}?lang=de`, world.users.clinician.cookie)).toContain(
      `Die Moderatorinnen und Moderatoren von Cluster ${world.cluster.slug} prüfen sie, meist innerhalb von 5 Arbeitstagen.`,
    );
    // Moderators are not told about themselves.
    expect(await html(`/challenges/${draft.id}`, world.users.moderator.cookie)).not.toContain(review);
  });
});

describe('when submissions closed', () => {
  it('closed early, the page and the cards say "Submissions closed on …" instead of the old deadline', async () => {
    const title = `Closed early ${crypto.randomUUID().slice(0, 8)}`;
    const id = await open({ title });
    const before = await html(`/challenges/${id}`);
    expect(before).toContain('Submissions close:');
    await startEvaluation(world.users.clinician, id);
    const row = await env.DB.prepare('SELECT submissions_closed_at AS closed, deadline FROM challenges WHERE id = ?')
      .bind(id)
      .first<{ closed: string; deadline: string }>();
    expect(row?.closed && row.closed < row.deadline).toBe(true);
    const text = await html(`/challenges/${id}`);
    expect(text).not.toContain('Submissions close:');
    expect(text).toContain(`Submissions closed on <time datetime="${row?.closed}">`);
    expect(text).not.toContain('calendar.ics');

    const cards = await html(`/challenges?cluster=${world.cluster.slug}&status=evaluation`);
    const card = cards.slice(cards.indexOf(title));
    expect(card.slice(0, card.indexOf('</li>'))).toContain('Submissions closed');
  });
});

describe('what a solver reads of the need', () => {
  it('tags as words, and what a good answer looks like under each criterion', async () => {
    const id = await open({
      tags: ['remote-monitoring'],
      criteria: [
        { label: 'Clinical impact', weight: 60, description: 'Fewer missed follow-ups, shown on real data.' },
        { label: 'Workflow fit', weight: 40 },
      ],
    });
    const body = await html(`/challenges/${id}`, world.users.solver.cookie);
    expect(body).toContain('<a class="tag" href="/challenges?tag=remote-monitoring">remote monitoring</a>');
    expect(body).toContain('Clinical impact<p class="hint">Fewer missed follow-ups, shown on real data.</p>');
    expect(body).toMatch(/<section class="table-scroll"[^>]*aria-label="[^"]+"/);
  });

  it('the owner reads the moderators’ note as a request to act on, then as resolved after approval', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    await must(transition(world.users.clinician, draft.id, 'submit'), 200);
    await must(transition(world.users.moderator, draft.id, 'request_changes', 'Please add the KPI baseline.'), 200);
    const pending = await html(`/challenges/${draft.id}`, world.users.clinician.cookie);
    expect(pending).toContain('Please add the KPI baseline.');
    expect(pending).toContain('class="notice moderator-note pending"');
    await must(transition(world.users.clinician, draft.id, 'submit'), 200);
    await must(transition(world.users.moderator, draft.id, 'approve'), 200);
    const resolved = await html(`/challenges/${draft.id}`, world.users.clinician.cookie);
    expect(resolved).toContain('Please add the KPI baseline.');
    expect(resolved).toContain('class="notice moderator-note"');
    // The public never reads it.
    expect(await html(`/challenges/${draft.id}`)).not.toContain('Please add the KPI baseline.');
  });
});
