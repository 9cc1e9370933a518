import { env } from 'cloudflare:test';
import { registerUser, type TestUser } from '../../helpers/actors';
import { profile } from '../../helpers/directory';
import { api, must } from '../../helpers/http';

/** Someone whose expert profile is public: they may be contacted. */
export async function publicPerson(): Promise<TestUser> {
  const person = await registerUser('clinician');
  await must(
    api('/api/v1/me/profile', { method: 'PATCH', token: person.token, body: { public: true, headline: 'Expert' } }),
  );
  return person;
}

/** A listed organization and `count` confirmed members (affiliation set as a confirmed claim would). */
export async function organizationWithMembers(count: number, listed = true) {
  const organization = await profile({ listed });
  const members: TestUser[] = [];
  for (let i = 0; i < count; i++) members.push(await registerUser('clinician'));
  if (members.length)
    await env.DB.batch(
      members.map((m) =>
        env.DB.prepare('UPDATE users SET organization_id = ? WHERE id = ?').bind(organization.id, m.id),
      ),
    );
  return { organization, members };
}

/** Contacts something: the API's answer. */
export const contact = (
  sender: TestUser,
  about_kind: 'organization' | 'person' | 'challenge',
  about_id: string,
  extra: Record<string, unknown> = {},
) =>
  api('/api/v1/conversations', {
    token: sender.token,
    body: { about_kind, about_id, subject: 'A pilot together?', body: 'Hello, we would like to talk.', ...extra },
  });

export const reply = (user: TestUser, id: string, body: Record<string, unknown>) =>
  api(`/api/v1/conversations/${id}/messages`, { token: user.token, body });

export const thread = (user: TestUser, id: string) =>
  api(`/api/v1/conversations/${id}/messages`, { token: user.token });
