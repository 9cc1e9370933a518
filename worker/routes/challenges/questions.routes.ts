import { createRoute } from '@hono/zod-openapi';
import { QuestionSchema } from '../../domain/challenges/challenge.view';
import { AnswerInputSchema, QuestionInputSchema } from '../../domain/challenges/question.schema';
import { PageQuerySchema, pageOf } from '../../domain/paging';
import {
  idParam,
  jsonBody,
  jsonContent,
  NOT_MODIFIED_RESPONSE,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
} from '../../http/openapi';
import { CREATED, OK } from '../../http/status';
import { IdParam } from './challenges.routes';

const tags = ['Questions'];
const QuestionParams = IdParam.extend({ qid: idParam('qid') });

export const listQuestions = createRoute({
  operationId: 'listQuestions',
  method: 'get',
  path: '/api/v1/challenges/{id}/questions',
  tags,
  summary: "A challenge's questions and answers, in the order asked",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam, query: PageQuerySchema },
  responses: {
    [OK]: jsonContent(pageOf(QuestionSchema), 'A page of questions.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});

export const askQuestion = createRoute({
  operationId: 'askQuestion',
  method: 'post',
  path: '/api/v1/challenges/{id}/questions',
  tags,
  summary: 'Ask a clarification question on an open challenge (solvers); everyone who sees the challenge sees it',
  security: SIGNED_IN,
  request: {
    params: IdParam,
    body: jsonBody(QuestionInputSchema),
  },
  responses: {
    [CREATED]: jsonContent(QuestionSchema, 'The question.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_state'),
  },
});

export const answerQuestion = createRoute({
  operationId: 'answerQuestion',
  method: 'post',
  path: '/api/v1/challenges/{id}/questions/{qid}/answer',
  tags,
  summary: 'Answer (or correct the answer to) a question (challenge owner)',
  security: SIGNED_IN,
  request: {
    params: QuestionParams,
    body: jsonBody(AnswerInputSchema),
  },
  responses: {
    [OK]: jsonContent(QuestionSchema, 'The answered question.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_state'),
  },
});
