import { env } from 'cloudflare:test';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../web/i18n';
import { reportOk, resolve } from '../../api/moderation/fixtures';
import { registerUser } from '../../helpers/actors';
import { inDays, openChallenge } from '../../helpers/challenges';
import { assignJury } from '../../helpers/evaluation';
import { api, d1Stats, must } from '../../helpers/http';
import { translator } from '../../helpers/translator';
import { textOf } from '../dashboard/needs';
import { desk, html } from './desk';

/** The page without its `<details>` parts: what a reader sees before opening any. */
const withoutDetails = (page: string) => page.replace(/<details[\s\S]*?<\/details>/g, '');
/** The `<details>` parts alone. */
const details = (page: string) => (page.match(/<details[\s\S]*?<\/details>/g) ?? []).join('\n');

/** A date as the page formats it in `locale`. */
const day = (locale: Locale, iso: string) => translator(locale).date(iso);

/**
 * A challenge approved by the moderator, its deadline then amended by them, a jury member added
 * and a report on it upheld: the history a moderator reads back.
 */
async function history() {
  const d = await desk();
  const firstDeadline = inDays(30);
  const secondDeadline = inDays(61);
  const id = await openChallenge(d.owner, d.moderator, d.north.slug, { deadline: firstDeadline });
  await must(
    api(`/api/v1/challenges/${id}`, {
      method: 'PATCH',
      token: d.moderator.token,
      body: { version: 3, deadline: secondDeadline, share_feedback: true },
    }),
  );
  const juror = await registerUser('clinician', { name: 'Dr. Ada Juror' });
  await assignJury(d.moderator, id, juror);
  const report = await reportOk(d.solver, 'challenge', id, 'The summary leaves out the exclusivity clause.');
  await must(resolve(d.moderator, report.id, { action: 'hide', note: 'Hidden until the summary is fixed.' }));
  return { ...d, id, firstDeadline, secondDeadline, juror };
}

describe('the audit trail reads as what changed', { timeout: 20_000 }, () => {
  it('names fields by their label and formats values, in English, German and Romanian', async () => {
    const h = await history();

    const { html: en } = await html(`/challenges/${h.id}/audit?lang=en`, h.moderator);
    const seen = textOf(withoutDetails(en));
    expect(seen).toContain('Approved and published');
    expect(seen).toContain('Status: In review → Open');
    expect(seen).toContain('Submitted for review');
    expect(seen).toContain('Status: Draft → In review');
    expect(seen).toContain('Amended after publication');
    expect(seen).toContain(`Submissions close: ${day('en', h.firstDeadline)} → ${day('en', h.secondDeadline)}`);
    expect(seen).toContain('Jury member added');
    expect(seen).toContain('Jury: added Dr. Ada Juror');
    expect(seen).toContain('Report upheld: the content is hidden');
    expect(seen).toContain('Note: “Hidden until the summary is fixed.”');
    expect(seen).toContain('Dr. Mara Moderator');
    // No event codes, ids or JSON outside the recorded data.
    for (const raw of ['challenge.approve', 'jury.assign', '"status"', h.juror.id, 'in_review', 'version']) {
      expect(seen).not.toContain(raw);
    }

    const { html: de } = await html(`/challenges/${h.id}/audit?lang=de`, h.moderator);
    const gelesen = textOf(withoutDetails(de));
    expect(gelesen).toContain('Freigegeben und veröffentlicht');
    expect(gelesen).toContain('Status: In Prüfung → Offen');
    expect(gelesen).toContain(`Einreichungsschluss: ${day('de', h.firstDeadline)} → ${day('de', h.secondDeadline)}`);
    expect(gelesen).toContain('Jury: Dr. Ada Juror hinzugefügt');
    expect(gelesen).toContain('Notiz: „Hidden until the summary is fixed.“');
    expect(gelesen).toContain('Was sich geändert hat');

    const { html: ro } = await html(`/challenges/${h.id}/audit?lang=ro`, h.moderator);
    const citit = textOf(withoutDetails(ro));
    expect(citit).toContain('Aprobată și publicată');
    expect(citit).toContain(`${day('ro', h.firstDeadline)} → ${day('ro', h.secondDeadline)}`);
    expect(citit).toContain('Juriu: s-a adăugat Dr. Ada Juror');
  });

  it('keeps the recorded data one click away, and the API exactly as it was', async () => {
    const h = await history();
    const { res, html: page } = await html(`/challenges/${h.id}/audit`, h.moderator);
    expect(d1Stats(res).calls).toBeLessThanOrEqual(2);
    const raw = details(page);
    expect(raw).toContain('<summary>Recorded data</summary>');
    for (const action of ['challenge.create', 'challenge.submit', 'challenge.approve', 'challenge.amend']) {
      expect(raw).toContain(`<code>${action}</code>`);
    }
    expect(raw).toContain('jury.assign');
    expect(raw).toContain(h.juror.id);
    expect(raw).toContain('&quot;status&quot;: &quot;open&quot;');

    const api1 = await api(`/api/v1/audit?entity_type=challenge&entity_id=${h.id}`, { token: h.moderator.token });
    expect(api1.status).toBe(200);
    for (const entry of api1.body.data) {
      expect(Object.keys(entry).sort()).toEqual(
        [
          'action',
          'actor',
          'after',
          'before',
          'cluster',
          'created_at',
          'entity_id',
          'entity_type',
          'id',
          // Whether an admin purged text from the entry (issue 13), for every reader.
          'purged_at',
          'purged_by',
          'purged_fields',
        ].sort(),
      );
    }
    const assigned = api1.body.data.find((e: { action: string }) => e.action === 'jury.assign');
    expect(assigned).toMatchObject({ after: { evaluator: h.juror.id }, cluster: h.north.slug });
  });

  it('says the system did what no person did', async () => {
    const d = await desk();
    const id = await openChallenge(d.owner, d.moderator, d.north.slug);
    // The deadline job's entry, as it writes it: no actor, a reason in English.
    await env.DB.prepare(
      `INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, cluster_id, before, after, created_at)
       VALUES (?, NULL, 'challenge.start_evaluation', 'challenge', ?, ?, ?, ?, ?)`,
    )
      .bind(
        uuidv7(),
        id,
        d.north.id,
        JSON.stringify({ status: 'open', version: 3 }),
        JSON.stringify({ status: 'evaluation', version: 4, reason: 'submission deadline passed' }),
        new Date().toISOString(),
      )
      .run();
    const seen = textOf(withoutDetails((await html(`/challenges/${id}/audit?lang=de`, d.moderator)).html));
    expect(seen).toContain('Bedside (automatisch)');
    expect(seen).toContain('Einreichung geschlossen, Bewertung gestartet');
    expect(seen).toContain('Status: Offen → In Bewertung');
    expect(seen).toContain('Grund: der Einreichungsschluss ist verstrichen');
  });
});
