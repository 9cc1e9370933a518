import { everyone, signedIn, type World } from '../../helpers/actors';
import { transition } from '../../helpers/challenges';
import { assignJury, declare } from '../../helpers/evaluation';
import { freshDraft, freshOpen } from '../../helpers/fixtures';
import { must } from '../../helpers/http';
import { BOUNDARY, multipartBody, pdfBytes, uploadFile } from '../../helpers/multipart';
import { freshOpenWithSolution } from '../../helpers/solution-fixtures';
import { draftSolution } from '../../helpers/solutions';
import type { MatrixCase, MatrixRequest } from './types';

/** A one-page PDF as a multipart body, sent through the matrix's own `api` call. */
const pdfForm = (path: string): MatrixRequest => ({
  path,
  method: 'POST',
  body: new TextDecoder().decode(multipartBody([{ name: 'file', filename: 'matrix.pdf', data: pdfBytes() }])),
  headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
});

const attach = async (world: World, kind: 'solutions' | 'challenges', id: string, token = world.users.solver.token) =>
  (await must(uploadFile(`/api/v1/${kind}/${id}/attachments`, token, 'matrix.pdf', pdfBytes()), 201)).body.id as string;

/** A submitted solution's attachment, the challenge in evaluation, the evaluator on its jury (declared no conflict). */
const juryAttachments = new WeakMap<World, Promise<string>>();
const juryAttachment = (world: World) => {
  const made =
    juryAttachments.get(world) ??
    (async () => {
      const { challenge, solution } = await freshOpenWithSolution(world);
      const id = await attach(world, 'solutions', solution);
      await assignJury(world.users.clinician, challenge, world.users.evaluator);
      await must(transition(world.users.clinician, challenge, 'start_evaluation'));
      await declare(world.users.evaluator, solution, false);
      return id;
    })();
  juryAttachments.set(world, made);
  return made;
};

export const attachmentCases: MatrixCase[] = [
  {
    route: 'POST /api/v1/solutions/{id}/attachments',
    variant: 'submitted, challenge open',
    request: async (world) => pdfForm(`/api/v1/solutions/${(await freshOpenWithSolution(world)).solution}/attachments`),
    // As for editing the solution: its submitter only; the owner and moderators read but do not change it.
    expect: { ...signedIn(403), solver: 201, evaluator: 404, other_moderator: 404 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/attachments',
    variant: 'draft',
    request: async (world) => {
      const { challenge } = await freshOpenWithSolution(world);
      return pdfForm(`/api/v1/solutions/${await draftSolution(world.users.solver, challenge)}/attachments`);
    },
    expect: { ...signedIn(404), solver: 201 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/attachments',
    variant: 'draft',
    request: async (world) => pdfForm(`/api/v1/challenges/${await freshDraft(world)}/attachments`),
    // The owner edits a draft; moderators see it but amend only once it is published (409).
    expect: { ...everyone(404), clinician: 201, moderator: 409, admin: 409 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/attachments',
    variant: 'open',
    request: async (world) => pdfForm(`/api/v1/challenges/${await freshOpen(world)}/attachments`),
    // Published: moderators amend; the owner no longer edits.
    expect: { ...signedIn(403), clinician: 409, moderator: 201, admin: 201 },
  },
  {
    route: 'GET /api/v1/attachments/{id}',
    variant: "a submitted solution's, evaluation with jury",
    request: async (world) => ({ path: `/api/v1/attachments/${await juryAttachment(world)}` }),
    // Whoever reads the solution; everyone else, signed in or not, gets the same 404.
    expect: { ...everyone(200), anonymous: 404, other_moderator: 404 },
  },
  {
    route: 'GET /api/v1/attachments/{id}',
    variant: "a draft solution's",
    request: async (world) => {
      const { challenge } = await freshOpenWithSolution(world);
      const draft = await draftSolution(world.users.solver, challenge);
      return { path: `/api/v1/attachments/${await attach(world, 'solutions', draft)}` };
    },
    expect: { ...everyone(404), solver: 200 },
  },
  {
    route: 'GET /api/v1/attachments/{id}',
    variant: "an open public challenge's",
    request: async (world) => {
      const challenge = await freshOpen(world);
      return {
        path: `/api/v1/attachments/${await attach(world, 'challenges', challenge, world.users.moderator.token)}`,
      };
    },
    expect: everyone(200),
  },
  {
    route: 'DELETE /api/v1/attachments/{id}',
    request: async (world) => {
      const { solution } = await freshOpenWithSolution(world);
      return { path: `/api/v1/attachments/${await attach(world, 'solutions', solution)}`, method: 'DELETE' };
    },
    expect: { ...signedIn(403), anonymous: 404, solver: 204, evaluator: 404, other_moderator: 404 },
  },
];
