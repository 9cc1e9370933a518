import { createRoute } from '@hono/zod-openapi';
import {
  ChallengeTermsInputSchema,
  ChallengeTermsSchema,
  SolutionTermsSchema,
  TermsAcceptanceInputSchema,
  TermsTemplateInputSchema,
  TermsTemplateListSchema,
  TermsTemplateSchema,
} from '../../domain/terms/terms.schema';
import {
  jsonBody,
  jsonContent,
  NOT_MODIFIED_RESPONSE,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
  SlugParam,
  WRITE_PROBLEMS,
} from '../../http/openapi';
import { CREATED, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Terms'];

export const listTemplates = createRoute({
  operationId: 'listTermsTemplates',
  method: 'get',
  path: '/api/v1/clusters/{slug}/terms',
  tags,
  summary:
    "A cluster's participation terms templates, every version (the latest of each key is the one challenges take)",
  security: OPTIONAL_SIGN_IN,
  request: { params: SlugParam },
  responses: {
    [OK]: jsonContent(TermsTemplateListSchema, 'The templates, by key, newest version first.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});

export const createTemplate = createRoute({
  operationId: 'createTermsTemplate',
  method: 'post',
  path: '/api/v1/clusters/{slug}/terms',
  tags,
  summary: "A new terms template, or the next version of a key (the cluster's moderators); versions are never edited",
  security: SIGNED_IN,
  request: { params: SlugParam, body: jsonBody(TermsTemplateInputSchema) },
  responses: {
    [CREATED]: jsonContent(TermsTemplateSchema, 'The new version.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'duplicate'),
  },
});

export const getChallengeTerms = createRoute({
  operationId: 'getChallengeTerms',
  method: 'get',
  path: '/api/v1/challenges/{id}/terms',
  tags,
  summary: "A challenge's participation terms: the version in force and the earlier ones (whoever sees the challenge)",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(ChallengeTermsSchema, 'The terms.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});

export const setChallengeTerms = createRoute({
  operationId: 'setChallengeTerms',
  method: 'put',
  path: '/api/v1/challenges/{id}/terms',
  tags,
  summary:
    "Set a challenge's terms from a template of its cluster (the owner before approval; a moderator amends an open challenge, making a new version every team accepts again)",
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(ChallengeTermsInputSchema) },
  responses: {
    [OK]: jsonContent(ChallengeTermsSchema, 'The terms now.'),
    ...WRITE_PROBLEMS,
  },
});

export const acceptTerms = createRoute({
  operationId: 'acceptTerms',
  method: 'post',
  path: '/api/v1/solutions/{id}/terms-acceptance',
  tags,
  summary:
    "Accept the challenge's terms in force for yourself (each team member, before the solution is submitted or, after new terms, changed)",
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(TermsAcceptanceInputSchema) },
  responses: {
    [OK]: jsonContent(SolutionTermsSchema, "The solution's acceptances now."),
    ...WRITE_PROBLEMS,
    ...problemResponses('deadline_passed'),
  },
});
