import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';

const affiliation = async (token: string) =>
  (await must(api('/api/v1/me', { token }))).body.organization as { id: string } | null;
const claims = async (userId: string) =>
  (
    await env.DB.prepare('SELECT organization_id, status FROM organization_memberships WHERE user_id = ?')
      .bind(userId)
      .all<{ organization_id: string; status: string }>()
  ).results;

// Found by the review of issue 16: SQLite's lower() folds ASCII only and names were not normalised,
// so a look-alike of an existing organization's name founded a copy its typist administered.
describe('an organization named at registration is found however its name is written', () => {
  it.each([
    ['with a combining accent (NFD)', (name: string) => name.normalize('NFD')],
    ['in capitals, accents included', (name: string) => name.toUpperCase()],
    ['with doubled and surrounding spaces', (name: string) => `  ${name.replace(' ', '   ')} `],
  ])('%s: a claim to the existing one, not a new organization', async (_how, spell) => {
    const name = `Charit\u00e9 Klinikum ${unique()}`;
    const founder = await registerUser('clinician', { organization: { name, kind: 'hospital', country: 'DE' } });
    const real = (await affiliation(founder.token))!;
    const typist = await registerUser(
      'solver',
      { organization: { name: spell(name), kind: 'hospital', country: 'DE' } },
      { claim: 'pending' },
    );
    expect(await affiliation(typist.token)).toBeNull();
    expect(await claims(typist.id)).toEqual([{ organization_id: real.id, status: 'claimed' }]);
    const copies = await env.DB.prepare(
      "SELECT count(*) AS n FROM organizations WHERE name LIKE 'Charit%' AND name LIKE ?",
    )
      .bind(`%${name.slice(-8)}`)
      .first<{ n: number }>();
    expect(copies?.n).toBe(1);
  });
});
