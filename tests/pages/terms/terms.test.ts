import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { draftSolution } from '../../helpers/solutions';
import { joinTeam } from '../../helpers/team';
import { putTerms, templateBody } from '../../helpers/terms';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const MALICIOUS =
  '## Vertraulichkeit\n\nNur die Jury liest mit. <script>alert("x")</script> [Klick](javascript:alert(1))';

/** A template written on the cluster's page by its moderator, in German. */
async function templateFromPage(overrides: Record<string, string> = {}) {
  const key = `standard-${unique()}`;
  const body = templateBody({ key, language: 'de', title: 'Standardbedingungen', body_md: MALICIOUS });
  const res = await postForm(`/clusters/${world.cluster.slug}/terms?lang=de`, world.users.moderator.cookie, {
    ...(Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v ?? ''])) as Record<string, string>),
    ...overrides,
  });
  return { res, key };
}

describe('terms templates on the cluster’s page (German)', () => {
  it('its moderators write them; everyone reads them, Markdown rendered and HTML shown as text', async () => {
    const { res, key } = await templateFromPage();
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/clusters/${world.cluster.slug}/terms?saved=1#template-${key}`);

    const html = await (await page(`/clusters/${world.cluster.slug}/terms?lang=de`, world.users.solver.cookie)).text();
    expect(html).toContain(`Vorlagen für Bedingungen von Cluster ${world.cluster.slug}`);
    // Its headings sit under the template's title (an h2): a `##` becomes an h3.
    expect(html).toContain('<h3>Vertraulichkeit</h3>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('href="javascript:');
    // A solver reads them, but gets no form.
    expect(html).not.toContain('Vorlage oder neue Fassung schreiben');
    expect(await postForm(`/clusters/${world.cluster.slug}/terms`, world.users.solver.cookie, {})).toHaveProperty(
      'status',
      403,
    );

    const own = await (
      await page(`/clusters/${world.cluster.slug}/terms?lang=de`, world.users.moderator.cookie)
    ).text();
    expect(own).toContain('<label for="key">Schlüssel</label>');
  });

  it('says in German what is missing', async () => {
    const { res } = await templateFromPage({ title: '', clinic_use: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Titel');
    expect(html).toContain('Was die Klinik mit dem Erfahrenen tun darf');
  });
});

describe('a challenge’s terms and the team’s acceptance (German)', () => {
  it('the owner chooses, the page says “not confidential” before anyone writes, and every member accepts before submitting', async () => {
    const { clinician: owner, moderator, solver } = world.users;
    const { key } = await templateFromPage();
    const draft = await createDraft(owner, world.cluster.slug);
    const chosen = await postForm(`/challenges/${draft.id}/terms?lang=de`, owner.cookie, {
      template_key: key,
      not_confidential: 'on',
    });
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe(`/challenges/${draft.id}?done=terms#terms`);
    await must(transition(owner, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));

    const challenge = await (await page(`/challenges/${draft.id}?lang=de`, solver.cookie)).text();
    expect(challenge).toContain('Teilnahmebedingungen');
    expect(challenge).toContain('Nicht vertraulich');
    expect(challenge).toContain('<h4>Vertraulichkeit</h4>');
    expect(challenge).toContain('&lt;script&gt;');
    expect(challenge).not.toContain('<script>alert');
    // The solver cannot choose the terms.
    expect(challenge).not.toContain(`action="/challenges/${draft.id}/terms"`);

    // The form says it before anything is typed, and offers a draft only.
    const form = await (await page(`/challenges/${draft.id}/solutions/new?lang=de`, solver.cookie)).text();
    expect(form).toContain('Einreichungen zu dieser Challenge sind nicht vertraulich');
    expect(form).toContain('Speichern Sie Ihre Lösung als Entwurf');
    expect(form).not.toContain('value="submit"');

    const solution = await draftSolution(solver, draft.id);
    const member = await registerUser('solver');
    await joinTeam(solver, solution, member);

    const before = await (await page(`/solutions/${solution}?lang=de`, solver.cookie)).text();
    expect(before).toContain('Ich nehme diese Bedingungen an (Fassung 1)');
    expect(before).toContain(`action="/solutions/${solution}/terms"`);
    expect(before).toContain('<h5>Vertraulichkeit</h5>');
    expect(before).not.toContain(`action="/solutions/${solution}/submit"`);
    expect(before).toContain('Noch nicht:');

    // Without the tick: said in German, nothing stored.
    const unticked = await postForm(`/solutions/${solution}/terms?lang=de`, solver.cookie, { version: '1' });
    expect(unticked.status).toBe(400);
    expect(await unticked.text()).toContain(
      'Setzen Sie das Häkchen bei „Ich nehme diese Bedingungen an“, um die Bedingungen anzunehmen.',
    );

    for (const user of [solver, member]) {
      const accepted = await postForm(`/solutions/${solution}/terms?lang=de`, user.cookie, {
        version: '1',
        accept: 'on',
      });
      expect(accepted.status).toBe(303);
      expect(accepted.headers.get('location')).toBe(`/solutions/${solution}?done=accepted#terms`);
    }
    const after = await (await page(`/solutions/${solution}?lang=de&done=accepted`, solver.cookie)).text();
    expect(after).toContain('Sie haben die Bedingungen angenommen.');
    expect(after).toContain('Alle Mitglieder haben Fassung 1 angenommen.');
    expect(after).toContain('<caption>Wer im Team welche Fassung der Bedingungen angenommen hat</caption>');
    expect(after).not.toContain('Ich nehme diese Bedingungen an (Fassung 1)');
    expect(after).toContain(`action="/solutions/${solution}/submit"`);

    // Submitted: the owner reads in the audit trail who accepted which version.
    const submitted = await postForm(`/solutions/${solution}/submit`, solver.cookie, {});
    expect(submitted.headers.get('location')).toBe(`/solutions/${solution}?done=submitted`);
    const trail = await (await page(`/challenges/${draft.id}/audit?lang=de`, owner.cookie)).text();
    expect(trail).toContain('Teilnahmebedingungen von einem Teammitglied angenommen');
    expect(trail).toContain('Fassung der Bedingungen');
    expect(trail).toContain('Teilnahmebedingungen gewählt');

    // A moderator amends the open challenge: version 2 must be accepted again.
    await must(putTerms(moderator, draft.id, { template_key: key }));
    const again = await (await page(`/solutions/${solution}?lang=de`, member.cookie)).text();
    expect(again).toContain('Ich nehme diese Bedingungen an (Fassung 2)');
  });
});
