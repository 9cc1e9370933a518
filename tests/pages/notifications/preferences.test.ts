import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

const PATH = '/me/notifications/preferences';

const preferences = async (user: TestUser) =>
  (await must(api('/api/v1/me/notification-preferences', { token: user.token }))).body as {
    channels: Record<string, string>;
    time_zone: string;
  };

/** The options of one select, and which is selected. */
function select(html: string, id: string) {
  const body = new RegExp(`<select id="${id.replace('.', '\\.')}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1];
  if (body === undefined) throw new Error(`no select #${id}`);
  return {
    selected: /<option value="([^"]*)" selected/.exec(body)?.[1],
    values: [...body.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]),
  };
}

describe('notification preferences page', () => {
  it('offers a channel per kind (the invitation shown, not offered) and the time zone, with the current choices', async () => {
    const user = await registerUser('clinician');
    const res = await page(PATH, user.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(select(html, 'channels.question_asked')).toEqual({
      selected: 'instant',
      values: ['off', 'instant', 'daily', 'weekly'],
    });
    expect(select(html, 'channels.saved_search_match').selected).toBe('weekly');
    expect(html).not.toContain('<select id="channels.invitation"');
    expect(html).toContain('Always emailed at once');
    const zones = select(html, 'time_zone');
    expect(zones.selected).toBe('Europe/Berlin');
    expect(zones.values).toContain('Europe/Bucharest');
    expect(zones.values.length).toBeGreaterThan(300);
    expect(html).toContain('<optgroup label="Europe">');
  });

  it('saves the choices and shows them again', async () => {
    const user = await registerUser('clinician');
    const res = await postForm(PATH, user.cookie, {
      'channels.question_asked': 'daily',
      'channels.saved_search_match': 'off',
      time_zone: 'Europe/Bucharest',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${PATH}?done=saved`);
    const html = await (await page(`${PATH}?done=saved`, user.cookie)).text();
    expect(html).toContain('Your preferences are saved.');
    expect(select(html, 'channels.question_asked').selected).toBe('daily');
    expect(select(html, 'channels.saved_search_match').selected).toBe('off');
    expect(select(html, 'time_zone').selected).toBe('Europe/Bucharest');
    expect(await preferences(user)).toMatchObject({
      channels: { question_asked: 'daily', saved_search_match: 'off', challenge_approved: 'instant' },
      time_zone: 'Europe/Bucharest',
    });
  });

  it('answers a bad time zone next to its field, in the page language, and writes nothing', async () => {
    const user = await registerUser('clinician');
    const res = await postForm(`${PATH}?lang=de`, user.cookie, {
      'channels.question_asked': 'weekly',
      time_zone: 'Mars/Olympus_Mons',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(
      /<p class="field-error" id="time_zone-error">Wählen Sie „Zeitzone“ aus der Liste, z\. B\. Europe\/Berlin\.<\/p>/,
    );
    expect(html).toMatch(/<select id="time_zone"[^>]*aria-invalid="true"/);
    expect(html).toContain('aria-describedby="time_zone-hint time_zone-error"');
    // What was typed elsewhere stays; the select shows the saved zone, not the unknown one.
    expect(select(html, 'channels.question_asked').selected).toBe('weekly');
    expect(select(html, 'time_zone').selected).toBe('Europe/Berlin');
    expect(await preferences(user)).toMatchObject({
      channels: { question_asked: 'instant' },
      time_zone: 'Europe/Berlin',
    });
  });

  it('refuses to switch off the invitation email, and a channel that does not exist', async () => {
    const user = await registerUser('clinician');
    const invitation = await postForm(PATH, user.cookie, { 'channels.invitation': 'off', time_zone: 'UTC' });
    expect(invitation.status).toBe(400);
    expect(await invitation.text()).toContain(
      'An invitation always arrives by email: the email carries the link to accept.',
    );
    const bogus = await postForm(PATH, user.cookie, { 'channels.question_asked': 'pigeon' });
    expect(bogus.status).toBe(400);
    expect(await bogus.text()).toContain('id="channels.question_asked-error"');
    expect(await preferences(user)).toMatchObject({
      channels: { invitation: 'instant', question_asked: 'instant' },
      time_zone: 'Europe/Berlin',
    });
  });
});
