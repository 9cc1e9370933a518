import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PASSWORD, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, BASE, must } from '../../helpers/http';
import { translator } from '../../helpers/translator';
import { textOf } from '../dashboard/needs';
import { desk, html } from './desk';

/** A challenge of the desk's north cluster, opened by its moderator, and its first audit entry (which holds the title). */
async function trail() {
  const d = await desk();
  const id = await openChallenge(d.owner, d.moderator, d.north.slug);
  const res = await must(api(`/api/v1/audit?entity_type=challenge&entity_id=${id}`, { token: d.admin.token }));
  const entries = res.body.data as { id: string; action: string; after: { title?: string } | null }[];
  const created = entries.find((e) => e.action === 'challenge.create');
  if (!created?.after?.title) throw new Error('no create entry with a title');
  return { ...d, id, entryId: created.id, title: created.after.title, entries };
}

/** The purge form posted as a browser posts it: a ticked checkbox per field, under one repeated name. */
const postPurge = (path: string, user: TestUser, fields: [string, string][]) =>
  SELF.fetch(BASE + path, {
    method: 'POST',
    headers: {
      accept: 'text/html',
      cookie: user.cookie,
      origin: BASE,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

const storedAfter = async (entryId: string) =>
  env.DB.prepare('SELECT after, purged_at FROM audit_log WHERE id = ?')
    .bind(entryId)
    .first<{ after: string; purged_at: string | null }>();

describe('an admin removes text from the audit trail on the page', { timeout: 20_000 }, () => {
  it('offers "Remove text…" on entries with text, asks which fields and why, and shows the purge on the trail (en)', async () => {
    const t = await trail();
    const purgePath = `/challenges/${t.id}/audit/${t.entryId}/purge`;

    const { html: trailPage } = await html(`/challenges/${t.id}/audit?lang=en`, t.admin);
    // Only the entry holding text offers it (approve and submit record states alone).
    expect(trailPage.match(/>Remove text…/g)).toHaveLength(1);
    expect(trailPage).toContain(`href="${purgePath}"`);

    const { html: form } = await html(`${purgePath}?lang=en`, t.admin);
    const seen = textOf(form);
    expect(seen).toContain('Remove text from the audit trail');
    expect(seen).toContain('Created as a draft');
    expect(seen).toContain(t.title);
    expect(form).toMatch(/<legend>Fields to empty<\/legend>/);
    expect(form).toMatch(/<input type="checkbox" name="fields" value="title" checked=""\s*\/?>\s*<span>Title<\/span>/);
    expect(form).not.toContain('value="status"');
    expect(form).toMatch(/<label for="reason">Reason<\/label>/);
    expect(form).toMatch(/<textarea id="reason" name="reason" rows="4" required=""/);
    expect(form).toContain('<button type="submit" class="danger">Remove for good</button>');

    // A reason is required, and at least one field; nothing is written meanwhile.
    const noReason = await postPurge(`${purgePath}?lang=en`, t.admin, [['fields', 'title']]);
    expect(noReason.status).toBe(400);
    expect(textOf(await noReason.text())).toMatch(/Reason/);
    const noField = await postPurge(`${purgePath}?lang=en`, t.admin, [['reason', 'A patient’s name.']]);
    expect(noField.status).toBe(400);
    expect(textOf(await noField.text())).toContain('Choose at least one field to empty.');
    expect((await storedAfter(t.entryId))?.after).toContain(t.title);

    const done = await postPurge(`${purgePath}?lang=en`, t.admin, [
      ['fields', 'title'],
      ['reason', 'A patient’s name in the title.'],
    ]);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/challenges/${t.id}/audit?done=purged`);
    const stored = await storedAfter(t.entryId);
    expect(stored?.after).not.toContain(t.title);

    const { html: after } = await html(`/challenges/${t.id}/audit?done=purged&lang=en`, t.admin);
    const read = textOf(after);
    // The challenge keeps its title (its heading says it); the trail no longer does.
    expect(after.match(/<table class="audit-trail">[\s\S]*<\/table>/)?.[0]).not.toContain(t.title);
    expect(read).toContain('The text was removed. The trail now records that you removed it.');
    expect(read).toContain(`Text removed by an admin on ${translator('en').date(stored?.purged_at ?? '')}`);
    expect(read).toContain('Title: [removed]');
    expect(read).toContain('Purged text from an entry');
    expect(read).toContain('Text removed from: Title');
    expect(read).toContain('Reason: “A patient’s name in the title.”');
    // Nothing left to remove: no more offer on that entry (the purge entry's own reason may be purged).
    expect(after).not.toContain(`href="${purgePath}"`);
  });

  it('speaks German: the form, its messages and the trail', async () => {
    const t = await trail();
    const purgePath = `/challenges/${t.id}/audit/${t.entryId}/purge`;
    const { html: form } = await html(`${purgePath}?lang=de`, t.admin);
    const seen = textOf(form);
    expect(seen).toContain('Text aus dem Änderungsprotokoll entfernen');
    expect(seen).toContain('Zu leerende Felder');
    expect(seen).toContain('Als Entwurf angelegt');
    expect(form).toMatch(/<span>Titel<\/span>/);
    expect(form).toContain('<button type="submit" class="danger">Endgültig entfernen</button>');
    expect(seen).toContain('Zurück zum Änderungsprotokoll');

    const noField = await postPurge(`${purgePath}?lang=de`, t.admin, [['reason', 'Ein Patientenname.']]);
    expect(noField.status).toBe(400);
    expect(textOf(await noField.text())).toContain('Wählen Sie mindestens ein Feld, das geleert werden soll.');

    const done = await postPurge(`${purgePath}?lang=de`, t.admin, [
      ['fields', 'title'],
      ['reason', 'Ein Patientenname im Titel.'],
    ]);
    expect(done.status).toBe(303);
    const stored = await storedAfter(t.entryId);
    const { html: after } = await html(`/challenges/${t.id}/audit?done=purged&lang=de`, t.admin);
    const read = textOf(after);
    expect(read).toContain('Der Text wurde entfernt.');
    expect(read).toContain(`Text am ${translator('de').date(stored?.purged_at ?? '')} von einem Admin entfernt`);
    expect(read).toContain('Text aus einem Eintrag entfernt');
    expect(read).toContain('Text entfernt aus: Titel');
    expect(read).toContain('Grund: „Ein Patientenname im Titel.“');
  });

  it('does not offer it to a moderator, and refuses them the form and the post', async () => {
    const t = await trail();
    const purgePath = `/challenges/${t.id}/audit/${t.entryId}/purge`;
    const { html: trailPage } = await html(`/challenges/${t.id}/audit?lang=en`, t.moderator);
    expect(trailPage).toContain('Created as a draft');
    expect(trailPage).not.toContain('Remove text');
    expect(trailPage).not.toContain('/purge');

    const { html: refused } = await html(`${purgePath}?lang=en`, t.moderator, 403);
    expect(textOf(refused)).toContain('Only admins purge text from the audit trail');
    const posted = await postPurge(purgePath, t.moderator, [
      ['fields', 'title'],
      ['reason', 'Trying anyway.'],
    ]);
    expect(posted.status).toBe(403);
    expect((await storedAfter(t.entryId))?.after).toContain(t.title);

    // An entry of another challenge is not found under this one.
    const other = await trail();
    await html(`/challenges/${t.id}/audit/${other.entryId}/purge`, t.admin, 404);
  });
});

describe('the purge pages after the security review', { timeout: 20_000 }, () => {
  it('calls a deleted actor a former member on the purge form, as the trail does', async () => {
    const t = await trail();
    const approved = t.entries.find((e) => e.action === 'challenge.approve');
    if (!approved) throw new Error('no approve entry');
    const purgePath = `/challenges/${t.id}/audit/${approved.id}/purge?lang=en`;
    expect(textOf((await html(purgePath, t.admin)).html)).toContain('Dr. Mara Moderator');

    await must(api('/api/v1/me/deletion', { token: t.moderator.token, body: { password: PASSWORD } }), 204);
    const seen = textOf((await html(purgePath, t.admin)).html);
    expect(seen).toContain('Former member');
    expect(seen).not.toContain('Dr. Mara Moderator');
    const { html: de } = await html(purgePath.replace('lang=en', 'lang=de'), t.admin);
    expect(textOf(de)).toContain(translator('de').t('deletion.former_member'));
  });

  it('shows the text a purge emptied in a later entry as removed, and that entry’s own text as written', async () => {
    const t = await trail();
    const asked = await must(
      api(`/api/v1/challenges/${t.id}/questions`, {
        token: t.solver.token,
        body: { body: 'Is the imaging data anonymised?' },
      }),
      201,
    );
    const answer = (text: string) =>
      must(
        api(`/api/v1/challenges/${t.id}/questions/${asked.body.id}/answer`, {
          token: t.owner.token,
          body: { answer: text },
        }),
      );
    await answer('Call me on +49 170 5550123.');
    await answer('Yes, fully anonymised.');
    const res = await must(
      api(`/api/v1/audit?entity_type=question&entity_id=${asked.body.id}`, { token: t.admin.token }),
    );
    const first = (res.body.data as { id: string; before: unknown }[]).find((e) => e.before === null);
    await must(api(`/api/v1/audit/${first?.id}/purge`, { token: t.admin.token, body: { reason: 'A phone number.' } }));
    const { html: after } = await html(`/challenges/${t.id}/audit?lang=en`, t.admin);
    const read = textOf(after);
    expect(read).not.toContain('5550123');
    expect(read).toContain('Answer: [removed] → “Yes, fully anonymised.”');
    expect(read).toContain('Same text also removed from other entries: 1');
    const { html: it } = await html(`/challenges/${t.id}/audit?lang=it`, t.admin);
    expect(textOf(it)).toContain('Stesso testo rimosso anche da altre voci: 1');
  });
});
