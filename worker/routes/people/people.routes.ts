import { createRoute } from '@hono/zod-openapi';
import {
  PeoplePageSchema,
  PeopleQuerySchema,
  ProfilePatchSchema,
  ProfileSchema,
} from '../../domain/people/profile.schema';
import {
  jsonBody,
  jsonContent,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
  WRITE_PROBLEMS,
} from '../../http/openapi';
import { OK } from '../../http/status';

const tags = ['People'];

export const listPeople = createRoute({
  operationId: 'listPeople',
  method: 'get',
  path: '/api/v1/people',
  tags,
  summary: 'Experts who made their profile public, by expertise, language and availability as juror or mentor',
  security: OPTIONAL_SIGN_IN,
  request: { query: PeopleQuerySchema },
  responses: {
    [OK]: jsonContent(PeoplePageSchema, 'A page of people; never an email address.'),
    ...problemResponses('validation_failed'),
  },
});

export const getProfile = createRoute({
  operationId: 'getProfile',
  method: 'get',
  path: '/api/v1/me/profile',
  tags,
  summary: 'Your expert profile (private and empty until you save it)',
  security: SIGNED_IN,
  responses: {
    [OK]: jsonContent(ProfileSchema, 'Your profile.'),
    ...problemResponses('unauthorized'),
  },
});

export const patchProfile = createRoute({
  operationId: 'patchProfile',
  method: 'patch',
  path: '/api/v1/me/profile',
  tags,
  summary: 'Change your expert profile; `public: true` lists it in the people directory (a confirmed address first)',
  security: SIGNED_IN,
  request: { body: jsonBody(ProfilePatchSchema) },
  responses: {
    [OK]: jsonContent(ProfileSchema, 'Your profile now.'),
    ...WRITE_PROBLEMS,
  },
});
