import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../../../web/email/render';
import { createModerator, createWorld, type TestUser, type World } from '../../helpers/actors';
import { callTransition, createCall } from '../../helpers/calls';
import { api, must } from '../../helpers/http';
import { outboxTo } from '../../helpers/mail';

// What people hear of a call's steps (issue 15), in the inbox and by email, written in the batch
// of the step: its review reaches the moderators of its clusters, the outcome its creator (with
// the reason when changes are asked), its closing both; never anyone who may not see the call.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

interface Line {
  kind: string;
  params: Record<string, unknown>;
}

const linesAbout = async (user: TestUser, callId: string): Promise<Line[]> =>
  ((await must(api('/api/v1/me/notifications', { token: user.token }))).body.data as Line[]).filter(
    (n) => n.params.call_id === callId,
  );
const kindsAbout = async (user: TestUser, callId: string) => (await linesAbout(user, callId)).map((n) => n.kind);

describe('news of a call', () => {
  it('its review reaches every moderator of its clusters but its creator, and no one else', async () => {
    const { moderator, other_moderator, solver, clinician, evaluator, admin } = world.users;
    const second = await createModerator(admin, world.cluster.slug);
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    expect(await kindsAbout(other_moderator, call.id)).toEqual(['call_submitted']);
    expect(await kindsAbout(second, call.id)).toEqual(['call_submitted']);
    for (const outsider of [moderator, solver, clinician, evaluator, admin]) {
      expect(await kindsAbout(outsider, call.id)).toEqual([]);
    }
    const [line] = await linesAbout(other_moderator, call.id);
    expect(line?.params).toMatchObject({ call_id: call.id, title: 'Precision oncology call 2027' });
    // At once by email, to each of them, once.
    const emails = (await outboxTo(second.email, 'call_submitted')).filter((r) => r.params.includes(call.id));
    expect(emails).toHaveLength(1);
  });

  it('a request for changes reaches the creator with the reason; a second review is news again; publishing tells the creator', async () => {
    const { moderator, other_moderator } = world.users;
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    await must(callTransition(other_moderator, call.id, 'request_changes', 'Name the benefits per winner.'));
    const [asked] = await linesAbout(moderator, call.id);
    expect(asked).toMatchObject({ kind: 'call_changes_requested', params: { note: 'Name the benefits per winner.' } });
    expect(await kindsAbout(other_moderator, call.id)).toEqual(['call_submitted']);
    const [email] = (await outboxTo(moderator.email, 'call_changes_requested')).filter((r) =>
      r.params.includes(call.id),
    );
    expect(JSON.parse(email?.params ?? '{}')).toMatchObject({ note: 'Name the benefits per winner.' });

    await must(callTransition(moderator, call.id, 'submit'));
    expect(await kindsAbout(other_moderator, call.id)).toEqual(['call_submitted', 'call_submitted']);
    await must(callTransition(other_moderator, call.id, 'publish'));
    expect(await kindsAbout(moderator, call.id)).toEqual(['call_published', 'call_changes_requested']);
    expect((await outboxTo(moderator.email, 'call_published')).some((r) => r.params.includes(call.id))).toBe(true);
  });

  it('closing it reaches its creator and its other managers', async () => {
    const { moderator, other_moderator, admin, solver } = world.users;
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    await must(callTransition(admin, call.id, 'publish'));
    await must(callTransition(other_moderator, call.id, 'close'));
    expect(await kindsAbout(moderator, call.id)).toEqual(['call_closed', 'call_published']);
    expect(await kindsAbout(other_moderator, call.id)).toEqual(['call_submitted']);
    expect(await kindsAbout(solver, call.id)).toEqual([]);
    // Closing comes in the daily digest by default, not at once.
    expect((await outboxTo(moderator.email, 'call_closed')).filter((r) => r.params.includes(call.id))).toEqual([]);
  });

  it('a creator who no longer moderates any of its clusters hears nothing of a call they may not see', async () => {
    const { admin, other_moderator } = world.users;
    const creator = await createModerator(admin, world.cluster.slug);
    const call = await createCall(creator, [world.cluster.slug]);
    await must(callTransition(creator, call.id, 'submit'));
    await must(
      api(`/api/v1/clusters/${world.cluster.slug}/moderators/${creator.id}`, { method: 'DELETE', token: admin.token }),
      204,
    );
    await must(callTransition(admin, call.id, 'request_changes', 'Shorten the title.'));
    // The call is its managers' alone now, and the creator is not one of them any more.
    expect(await kindsAbout(creator, call.id)).toEqual([]);
    expect((await api(`/api/v1/calls/${call.id}`, { token: creator.token })).status).toBe(404);
    expect(await kindsAbout(other_moderator, call.id)).toEqual([]);
  });

  it('a step refused (submitting a call already in review) tells no one', async () => {
    const { moderator, other_moderator } = world.users;
    const call = await createCall(moderator, [world.cluster.slug, world.otherCluster.slug]);
    await must(callTransition(moderator, call.id, 'submit'));
    const before = await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE kind LIKE 'call_%' AND json_extract(params, '$.call_id') = ?",
    )
      .bind(call.id)
      .first<{ n: number }>();
    const again = await callTransition(moderator, call.id, 'submit');
    expect(again.status).toBe(409);
    const after = await env.DB.prepare(
      "SELECT count(*) AS n FROM notifications WHERE kind LIKE 'call_%' AND json_extract(params, '$.call_id') = ?",
    )
      .bind(call.id)
      .first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
    expect(await kindsAbout(other_moderator, call.id)).toEqual(['call_submitted']);
  });
});

describe('the emails of a call’s steps', () => {
  const ctx = { origin: 'https://bedside.test', secret: env.LINK_SECRET ?? '' };
  const params = { call_id: 'c-1', title: 'Sepsis 2027', note: 'Add the dates.', challenge_id: null };
  const EXPECTED: Record<string, Record<string, string>> = {
    en: {
      call_submitted: 'The call “Sepsis 2027” was submitted for review',
      call_published: 'Your call “Sepsis 2027” is published',
      call_changes_requested: 'A moderator asks for changes to your call “Sepsis 2027”: Add the dates.',
      call_closed: 'The call “Sepsis 2027” is closed',
    },
    de: {
      call_submitted: 'Die Ausschreibung „Sepsis 2027“ wurde zur Prüfung eingereicht',
      call_published: 'Ihre Ausschreibung „Sepsis 2027“ ist veröffentlicht',
      call_changes_requested:
        'Die Moderation bittet um Änderungen an Ihrer Ausschreibung „Sepsis 2027“: Add the dates.',
      call_closed: 'Die Ausschreibung „Sepsis 2027“ ist geschlossen',
    },
    it: {
      call_submitted: 'Il bando «Sepsis 2027» è stato inviato per la revisione',
      call_published: 'Il tuo bando «Sepsis 2027» è pubblicato',
      call_changes_requested: 'Un moderatore chiede modifiche al tuo bando «Sepsis 2027»: Add the dates.',
      call_closed: 'Il bando «Sepsis 2027» è chiuso',
    },
    ro: {
      call_submitted: 'Apelul „Sepsis 2027” a fost trimis spre revizuire',
      call_published: 'Apelul dumneavoastră „Sepsis 2027” este publicat',
      call_changes_requested: 'Un moderator solicită modificări la apelul dumneavoastră „Sepsis 2027”: Add the dates.',
      call_closed: 'Apelul „Sepsis 2027” este închis',
    },
  };

  for (const [language, subjects] of Object.entries(EXPECTED)) {
    it(`are written in ${language}, each linking to the call`, async () => {
      for (const [kind, subject] of Object.entries(subjects)) {
        const email = await renderEmail(
          { kind: kind as 'call_submitted', params, language, to: 'someone@test.example', user_id: null },
          ctx,
        );
        expect(email.subject, kind).toContain(subject);
        expect(email.text, kind).toContain('https://bedside.test/calls/c-1');
        expect(email.html, kind).toContain(`lang="${language}"`);
      }
    });
  }
});
