import { everyone, type World } from '../../helpers/actors';
import { addMilestone, freshCooperation, publishBoth } from '../../helpers/cooperations';
import { must } from '../../helpers/http';
import { type PageCase, publicPage, signedInPage } from './types';

/** The world's clinician's challenge, the world's solver's winning solution. */
const fresh = async (w: World) =>
  (await freshCooperation(w.users.clinician, w.users.moderator, w.cluster.slug, w.users.solver)).cooperation;

/** Both sides and the cluster's moderators (admins too); 404 to everyone else, as for no such cooperation. */
const takingPart = { ...signedInPage(404), clinician: 200, solver: 200, moderator: 200, admin: 200 };

export const cooperationCases: PageCase[] = [
  { page: '/cooperations', path: async () => '/cooperations', expect: signedInPage(200) },
  {
    page: '/cooperations/{id}',
    variant: 'confidential',
    path: async (w) => `/cooperations/${await fresh(w)}`,
    expect: { ...takingPart, anonymous: 404 },
  },
  {
    page: '/cooperations/{id}',
    variant: 'both sides published it',
    path: async (w) => {
      const id = await fresh(w);
      await publishBoth(w.users.clinician, w.users.solver, id);
      return `/cooperations/${id}`;
    },
    expect: everyone(200),
  },
  {
    page: '/cooperations/{id}/milestones/new',
    path: async (w) => `/cooperations/${await fresh(w)}/milestones/new`,
    expect: takingPart,
  },
  {
    page: '/cooperations/{id}/milestones/{mid}',
    path: async (w) => {
      const id = await fresh(w);
      const added = await must(addMilestone(w.users.clinician, id, { kind: 'kpi_result' }), 201);
      return `/cooperations/${id}/milestones/${added.body.milestones[0].id}`;
    },
    expect: takingPart,
  },
  {
    page: '/clusters/{slug}/impact-stories',
    path: async (w) => `/clusters/${w.cluster.slug}/impact-stories`,
    expect: publicPage(),
  },
];
