import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineForm, validate } from '../../../web/pipeline/forms';
import { createWorld, PASSWORD, registerUser, type World } from '../../helpers/actors';
import { postForm } from '../../helpers/pages';
import { translator } from '../../helpers/translator';

// The sentences people read, word for word: by the kind of mistake, with the field's label, in
// the page's language; what only the server knows, in their language too.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** The messages of a page as text, in the order the page shows them. */
async function said(res: Response) {
  const html = await res.text();
  return [...html.matchAll(/<p class="field-error"[^>]*>([\s\S]*?)<\/p>/g)].map(([, text]) => text);
}

describe('a form that comes back says what is wrong in the page language', () => {
  it('registering with a short password and an unknown kind: German, Italian, Romanian, English', async () => {
    const fields = { name: 'Dr. Anna Weber', email: 'anna@klinik.example', password: 'kurz', kind: 'astronaut' };
    expect(await said(await postForm('/register?lang=de', '', fields))).toEqual([
      'Geben Sie bei „Passwort“ mindestens 12 Zeichen ein.',
      'Bitte wählen Sie bei „Ich nehme teil als“ eine der Möglichkeiten.',
    ]);
    expect(await said(await postForm('/register?lang=it', '', fields))).toEqual([
      '«Password» deve avere almeno 12 caratteri.',
      'Scegli una delle opzioni per «Partecipo come».',
    ]);
    expect(await said(await postForm('/register?lang=ro', '', { ...fields, password: '' }))).toEqual([
      'Completați „Parola”.',
      'Alegeți una dintre opțiuni pentru „Mă alătur ca”.',
    ]);
    expect(await said(await postForm('/register?lang=en', '', fields))).toEqual([
      'Password needs at least 12 characters.',
      'Choose one of the options for “I am joining as”.',
    ]);
  });

  it('the summary at the top lists the mistakes in the order the page shows the fields', async () => {
    const res = await postForm('/register?lang=de', '', { name: 'X', email: 'keine-adresse', password: 'kurz' });
    const html = await res.text();
    const summary = html.match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0] ?? '';
    const links = [...summary.matchAll(/<a href="#([^"]+)">/g)].map(([, field]) => field);
    // Name, email and password, as on the page; not the schema's order (email, password, name).
    expect(links.slice(0, 4)).toEqual(['name', 'email', 'password', 'kind']);
  });

  it('a number out of range names both ends; a filter that is no date asks for a day', async () => {
    const user = await registerUser('solver');
    const res = await postForm('/me/saved-searches?lang=de', user.cookie, { trl: '12', deadline_before: 'bald' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('„TRL Ihrer Lösung“ muss zwischen 1 und 9 liegen.');
    expect(html).toContain(
      'Wählen Sie bei „Einreichungsschluss vor“ einen Tag, oder schreiben Sie ihn als 2027-03-31.',
    );
  });

  it('a wrong current password, said by the server, is said in Italian next to the field', async () => {
    const user = await registerUser('clinician');
    const res = await postForm('/me/account/password?lang=it', user.cookie, {
      current_password: `${PASSWORD}!`,
      password: 'una password nuova e lunga',
    });
    expect(res.status).toBe(400);
    expect(await said(res)).toEqual(['«Password attuale» non corrisponde. Non è stato cambiato nulla.']);
  });

  it('a wrong password at sign-in, and then too many, in Romanian', async () => {
    const user = await registerUser('solver');
    const wrong = { email: user.email, password: `${PASSWORD}!` };
    const first = await (await postForm('/signin?lang=ro', '', wrong)).text();
    expect(first).toContain('Adresa de e-mail sau parola este greșită.');
    for (let i = 0; i < 4; i++) await postForm('/signin?lang=ro', '', wrong);
    const paused = await postForm('/signin?lang=ro', '', wrong);
    expect(paused.status).toBe(400);
    expect(await paused.text()).toMatch(/Prea multe încercări\. Încercați din nou peste \d+ (de )?minut/);
  });

  it('a refusal the page has no words for: a sentence in German, and the reason marked as English', async () => {
    // Inviting the same address a sixth time: the domain refuses, in English.
    const invite = () =>
      postForm(`/clusters/${world.cluster.slug}/moderators?lang=de`, world.users.admin.cookie, {
        email: 'moderator-to-be@klinik.example',
      });
    for (let i = 0; i < 5; i++) expect((await invite()).status).toBe(303);
    const res = await invite();
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(
      /<p>Das ist gerade nicht möglich\. Der Grund, auf Englisch: <span lang="en">This invitation was sent 5 times already\.[^<]*<\/span><\/p>/,
    );
  });
});

describe('the pipeline names entries of a list by their place', () => {
  const criteria = defineForm({
    schema: z.object({
      criteria: z.array(z.object({ label: z.string().min(2), weight: z.number().int().min(1).max(100) })),
      tags: z.array(z.string().regex(/^[a-z-]+$/)),
    }),
    decode: () => ({
      criteria: [
        { label: 'Clinical impact', weight: 30 },
        { label: 'Feasibility', weight: 20 },
        { label: 'X', weight: 500 },
      ],
      tags: ['oncology', 'imaging', 'Bad Tag'],
    }),
    labels: ({ t }) => ({
      'criteria.#.label': t('form.criterion_label'),
      'criteria.#.weight': t('form.criterion_weight'),
      tags: t('challenge.tags'),
    }),
  });

  it('"Criterion 3: weight must be between 1 and 100", "Tags, entry 3", never a path', () => {
    const en = validate(criteria, {}, translator('en'));
    expect(en.ok).toBe(false);
    expect(!en.ok && en.form.errors).toEqual({
      'criteria.2.label': 'Criterion 3 needs at least 2 characters.',
      'criteria.2.weight': 'Criterion 3: weight must be between 1 and 100.',
      'tags.2': 'Tags, entry 3 is not a tag: use lower-case words joined by hyphens, e.g. multi-omics.',
    });
    const de = validate(criteria, {}, translator('de'));
    expect(!de.ok && de.form.errors['criteria.2.weight']).toBe(
      '„Kriterium 3: Gewichtung“ muss zwischen 1 und 100 liegen.',
    );
  });
});
