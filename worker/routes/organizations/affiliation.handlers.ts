import type { RouteHandler } from '@hono/zod-openapi';
import { authorizeConfirm, authorizePatch, loadMemberships, loadOrganizationFor } from '../../access/organizations';
import * as affiliation from '../../domain/organizations/affiliation';
import { updateOrganization } from '../../domain/organizations/manage';
import type { AppEnv } from '../../env';
import { expectedVersion } from '../../http/etag';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import type * as routes from './affiliation.routes';

export const claim: RouteHandler<typeof routes.claimMembership, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const access = await loadOrganizationFor(c.var.db, c.var.actor, id, 'organization.claim');
  return c.json(
    await affiliation.claimMembership(c.var.db, access.actor, access.organization, access.membership),
    CREATED,
  );
};

export const list: RouteHandler<typeof routes.listMemberships, AppEnv> = async (c) => {
  const { members } = await loadMemberships(c.var.db, c.var.actor, c.req.valid('param').id);
  c.header('Cache-Control', 'no-store');
  return c.json({ data: members }, OK);
};

export const confirm: RouteHandler<typeof routes.confirmMembership, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const access = await loadOrganizationFor(c.var.db, c.var.actor, id, 'organization.manage');
  authorizeConfirm(access, userId);
  const { role } = c.req.valid('query');
  return c.json(
    await affiliation.confirmMembership(c.var.db, access.actor, access.organization, userId, role, access.via),
    OK,
  );
};

export const decline: RouteHandler<typeof routes.declineMembership, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const access = await loadOrganizationFor(c.var.db, c.var.actor, id, 'organization.manage');
  return c.json(
    await affiliation.declineMembership(c.var.db, access.actor, access.organization, userId, access.via),
    OK,
  );
};

export const verifyDomain: RouteHandler<typeof routes.verifyDomain, AppEnv> = async (c) => {
  const { id, domain } = c.req.valid('param');
  const access = await loadOrganizationFor(c.var.db, c.var.actor, id, 'organization.govern');
  return c.json(await affiliation.verifyDomain(c.var.db, access.actor, access.organization, domain), OK);
};

export const removeDomain: RouteHandler<typeof routes.removeDomain, AppEnv> = async (c) => {
  const { id, domain } = c.req.valid('param');
  const access = await loadOrganizationFor(c.var.db, c.var.actor, id, 'organization.govern');
  await affiliation.removeDomain(c.var.db, access.actor, access.organization, domain);
  return c.body(null, NO_CONTENT);
};

export const patch: RouteHandler<typeof routes.patchOrganization, AppEnv> = async (c) => {
  const access = await loadOrganizationFor(c.var.db, c.var.actor, c.req.valid('param').id, 'organization.manage');
  const body = c.req.valid('json');
  authorizePatch(access, body);
  const version = expectedVersion(c, body.version);
  c.header('Cache-Control', 'no-store');
  return c.json(await updateOrganization(c.var.db, access.actor, access.organization, { ...body, version }), OK);
};
