import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator } from '../../helpers/actors';
import { profile } from '../../helpers/directory';
import { api, isProblem, must } from '../../helpers/http';

const memberships = (organizationId: string, userId: string) =>
  env.DB.prepare('SELECT status, role FROM organization_memberships WHERE organization_id = ? AND user_id = ?')
    .bind(organizationId, userId)
    .first<{ status: string; role: string }>();

// Found by the review of issue 16: a moderator of the home cluster confirmed their own claim, as
// the organization's administrator.
describe('nobody confirms their own claim', () => {
  it('a moderator of the home cluster waits for another to confirm, and may still withdraw it', async () => {
    const admin = await createAdmin();
    const cluster = await createCluster(admin);
    const moderator = await createModerator(admin, cluster.slug);
    const colleague = await createModerator(admin, cluster.slug);
    const hospital = await profile({ listed: true });
    await env.DB.prepare('UPDATE organizations SET cluster_id = ? WHERE id = ?').bind(cluster.id, hospital.id).run();
    const base = `/api/v1/organizations/${hospital.id}/memberships`;

    await must(api(base, { method: 'POST', token: moderator.token }), 201);
    const self = await api(`${base}/${moderator.id}/confirm?role=admin`, { method: 'POST', token: moderator.token });
    expect(isProblem(self, 403)).toBe(true);
    expect(self.body.detail).toContain('Nobody confirms their own claim');
    expect(await memberships(hospital.id, moderator.id)).toEqual({ status: 'claimed', role: 'member' });

    // Another moderator of the cluster decides it.
    await must(api(`${base}/${moderator.id}/confirm`, { method: 'POST', token: colleague.token }));
    expect(await memberships(hospital.id, moderator.id)).toEqual({ status: 'confirmed', role: 'member' });
    // Leaving is one's own to do.
    await must(api(`${base}/${moderator.id}/decline`, { method: 'POST', token: moderator.token }));
    expect((await memberships(hospital.id, moderator.id))?.status).toBe('declined');
  });
});
