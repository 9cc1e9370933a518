import { everyone, type Role, type World } from '../../helpers/actors';
import { addMilestone, freshCooperation, publishBoth } from '../../helpers/cooperations';
import { must } from '../../helpers/http';
import type { MatrixCase } from './types';

/** The world's clinician owns the challenge, the world's solver's solution won. */
const fresh = async (world: World) =>
  (await freshCooperation(world.users.clinician, world.users.moderator, world.cluster.slug, world.users.solver))
    .cooperation;

async function freshPublic(world: World) {
  const id = await fresh(world);
  await publishBoth(world.users.clinician, world.users.solver, id);
  return id;
}

/** Both sides and the cluster's moderators (admins moderate every cluster); 404 to everyone else. */
const takingPart = (status: number): Record<Role, number> => ({
  ...everyone(404),
  clinician: status,
  solver: status,
  moderator: status,
  admin: status,
});

export const cooperationCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/cooperations',
    request: (world) => ({ path: `/api/v1/cooperations?cluster=${world.cluster.slug}` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/cooperations/{id}',
    variant: 'confidential',
    request: async (world) => ({ path: `/api/v1/cooperations/${await fresh(world)}` }),
    expect: takingPart(200),
  },
  {
    route: 'GET /api/v1/cooperations/{id}',
    variant: 'both sides published it',
    request: async (world) => ({ path: `/api/v1/cooperations/${await freshPublic(world)}` }),
    expect: everyone(200),
  },
  {
    route: 'PATCH /api/v1/cooperations/{id}',
    variant: 'status',
    request: async (world) => ({
      path: `/api/v1/cooperations/${await fresh(world)}`,
      method: 'PATCH',
      body: { status: 'completed', version: 1 },
    }),
    expect: takingPart(200),
  },
  {
    route: 'PATCH /api/v1/cooperations/{id}',
    variant: "the clinic's consent",
    request: async (world) => ({
      path: `/api/v1/cooperations/${await fresh(world)}`,
      method: 'PATCH',
      body: { public_clinic: true, version: 1 },
    }),
    expect: { ...takingPart(403), clinician: 200 },
  },
  {
    route: 'PATCH /api/v1/cooperations/{id}',
    variant: 'public: readers change nothing',
    request: async (world) => ({
      path: `/api/v1/cooperations/${await freshPublic(world)}`,
      method: 'PATCH',
      body: { status: 'completed', version: 3 },
    }),
    expect: { ...everyone(403), anonymous: 401, clinician: 200, solver: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/cooperations/{id}/milestones',
    request: async (world) => ({
      path: `/api/v1/cooperations/${await fresh(world)}/milestones`,
      method: 'POST',
      body: { kind: 'letter_of_intent', status: 'done', achieved_on: '2027-01-15' },
    }),
    expect: takingPart(201),
  },
  {
    route: 'PATCH /api/v1/cooperations/{id}/milestones/{mid}',
    variant: 'a KPI verdict is the clinic’s',
    request: async (world) => {
      const id = await fresh(world);
      const added = await must(
        addMilestone(world.users.solver, id, { kind: 'kpi_result', kpi_value: 12, kpi_unit: '%' }),
        201,
      );
      return {
        path: `/api/v1/cooperations/${id}/milestones/${added.body.milestones[0].id}`,
        method: 'PATCH',
        body: { kpi_met: true, version: 1 },
      };
    },
    expect: { ...takingPart(403), clinician: 200 },
  },
  {
    route: 'PATCH /api/v1/cooperations/{id}/milestones/{mid}',
    variant: 'status',
    request: async (world) => {
      const id = await fresh(world);
      const added = await must(addMilestone(world.users.clinician, id, { kind: 'pilot_start' }), 201);
      return {
        path: `/api/v1/cooperations/${id}/milestones/${added.body.milestones[0].id}`,
        method: 'PATCH',
        body: { status: 'in_progress', version: 1 },
      };
    },
    expect: takingPart(200),
  },
];
