import { Hono } from 'hono';
import { z } from 'zod';
import {
  authorizeConfirm,
  authorizePatch,
  loadMemberships,
  loadOrganizationFor,
} from '../../../worker/access/organizations';
import type { SignedIn } from '../../../worker/domain/actor';
import {
  claimMembership,
  confirmMembership,
  declineMembership,
} from '../../../worker/domain/organizations/affiliation';
import { readManaged, updateOrganization } from '../../../worker/domain/organizations/manage';
import type { AppEnv } from '../../../worker/env';
import { can } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { buttonForm } from '../../forms/dashboard';
import { organizationForm, organizationValues } from '../../forms/organizations';
import { pageContext } from '../../page';
import { OrganizationEditPage } from '../../pages/organizations/edit';
import { MembersPage } from '../../pages/organizations/members';
import { defineForm, emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { ID, USER_ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** Confirm as a member or as an administrator: the button pressed says which. */
const decisionForm = defineForm({
  schema: z.object({ role: z.enum(['member', 'admin']).default('member') }),
  decode: (values) => ({ role: values.role || undefined }),
  labels: () => ({}),
});

const DONE = ['confirmed', 'declined', 'claimed', 'saved'] as const;
const doneNotice = (c: Ctx, organization: string) => {
  const done = DONE.find((d) => d === c.req.query('done'));
  return done ? pageContext(c).tr.t(`affiliation.done.${done}`, { organization }) : undefined;
};

async function showMembers(c: Ctx, actor: SignedIn) {
  const { access, members } = await loadMemberships(c.var.db, actor, c.req.param('id') ?? '');
  // The buttons a decider sees follow the policy: nobody decides their own claim.
  const decidable = new Set(
    members.filter((m) => can(actor, 'organization.confirm', { claimant: m.user_id })).map((m) => m.user_id),
  );
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    <MembersPage
      page={pageContext(c)}
      organization={access.organization}
      members={members}
      decidable={decidable}
      listed={access.facts.listed}
      notice={doneNotice(c, access.organization.name)}
    />,
  );
}

async function showEdit(c: Ctx, actor: SignedIn, form?: FormState, status: 200 | 400 = 200) {
  const access = await loadOrganizationFor(c.var.db, actor, c.req.param('id') ?? '', 'organization.manage');
  const organization = await readManaged(c.var.db, access.organization.id);
  if (!organization) throw new Error('The organization went away between two reads.');
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    <OrganizationEditPage
      page={pageContext(c)}
      organization={organization}
      form={form ?? emptyForm(organizationValues(organization))}
      notice={doneNotice(c, organization.name)}
    />,
    status,
  );
}

/**
 * Verified affiliation on the site (issue 16): an organization's claims and members for those who
 * decide them, its profile's edit page, and "I work here" from its profile.
 */
export const affiliationPages = new Hono<AppEnv>()
  .get(`/organizations/${ID}/members`, signedIn, (c) => showMembers(c, c.var.user))
  .post(`/organizations/${ID}/members/${USER_ID}/confirm`, signedIn, (c) =>
    submitForm(c, decisionForm, {
      run: async ({ role }) => {
        const access = await loadOrganizationFor(c.var.db, c.var.user, c.req.param('id'), 'organization.manage');
        authorizeConfirm(access, c.req.param('userId'));
        await confirmMembership(c.var.db, access.actor, access.organization, c.req.param('userId'), role, access.via);
        return c.redirect(`/organizations/${access.organization.id}/members?done=confirmed`, 303);
      },
      rerender: () => showMembers(c, c.var.user),
    }),
  )
  .post(`/organizations/${ID}/members/${USER_ID}/decline`, signedIn, (c) =>
    submitForm(c, buttonForm, {
      run: async () => {
        const access = await loadOrganizationFor(c.var.db, c.var.user, c.req.param('id'), 'organization.manage');
        await declineMembership(c.var.db, access.actor, access.organization, c.req.param('userId'), access.via);
        return c.redirect(`/organizations/${access.organization.id}/members?done=declined`, 303);
      },
      rerender: () => showMembers(c, c.var.user),
    }),
  )
  .get(`/organizations/${ID}/edit`, signedIn, (c) => showEdit(c, c.var.user))
  .post(`/organizations/${ID}/edit`, signedIn, (c) =>
    submitForm(c, organizationForm, {
      run: async (data) => {
        const access = await loadOrganizationFor(c.var.db, c.var.user, c.req.param('id'), 'organization.manage');
        authorizePatch(access, data);
        await updateOrganization(c.var.db, access.actor, access.organization, data);
        return c.redirect(`/organizations/${access.organization.id}/edit?done=saved`, 303);
      },
      rerender: (form) => showEdit(c, c.var.user, form, 400),
      wholeForm: true,
    }),
  )
  .post(`/organizations/${ID}/claim`, signedIn, (c) =>
    submitForm(c, buttonForm, {
      run: async () => {
        const access = await loadOrganizationFor(c.var.db, c.var.user, c.req.param('id'), 'organization.claim');
        await claimMembership(c.var.db, access.actor, access.organization, access.membership);
        return c.redirect(`/organizations/${access.organization.id}?done=claimed`, 303);
      },
      rerender: () => c.redirect(`/organizations/${c.req.param('id')}`, 303),
    }),
  );
