import { createRoute, z } from '@hono/zod-openapi';
import { ImpactFiguresSchema } from '../../domain/impact/figures.view';
import { ImpactQuerySchema } from '../../domain/impact/range';
import { OPTIONAL_SIGN_IN, problemResponses, SIGNED_IN, SlugParam } from '../../http/openapi';
import { OK } from '../../http/status';

const tags = ['Impact'];

const FORMATS =
  'JSON by default; CSV (RFC 4180, UTF-8, header row `metric,dimension,quarter,value`, an empty quarter meaning the ' +
  'whole range, `Content-Disposition: attachment`) with `Accept: text/csv` or the `.csv` path. Counts are kept by ' +
  'quarter, so they cover the whole quarters of the range (`range.counts_from`–`range.counts_to`); medians, p90 ' +
  'and distinct SMEs are exact for `from`–`to`.';

const figures = (description: string) => ({
  [OK]: {
    description,
    headers: z.object({
      'Content-Disposition': z.string().optional().openapi({
        description: 'With CSV only.',
        example: 'attachment; filename="impact-biorn-2024-01-01-2024-06-30.csv"',
      }),
    }),
    content: {
      'application/json': { schema: ImpactFiguresSchema },
      'text/csv': { schema: z.string() },
    },
  },
});

const clusterRoute = (operationId: string, path: string) =>
  createRoute({
    operationId,
    method: 'get',
    path,
    tags,
    summary:
      "A cluster's impact figures (all of them for its moderators and admins, the public ones for everyone else)",
    description:
      `${FORMATS} The public figures are published needs, decisions and solutions by country; a country with ` +
      'fewer than 5 solutions is left out of them (k-anonymity).',
    security: OPTIONAL_SIGN_IN,
    request: { params: SlugParam, query: ImpactQuerySchema },
    responses: { ...figures('The figures.'), ...problemResponses('validation_failed', 'not_found') },
  });

const networkRoute = (operationId: string, path: string) =>
  createRoute({
    operationId,
    method: 'get',
    path,
    tags,
    summary: 'The impact figures of the whole network, every cluster together (admins)',
    description: FORMATS,
    security: SIGNED_IN,
    request: { query: ImpactQuerySchema },
    responses: {
      ...figures('The figures.'),
      ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found'),
    },
  });

export const clusterImpact = clusterRoute('getClusterImpact', '/api/v1/clusters/{slug}/impact');
export const clusterImpactCsv = clusterRoute('getClusterImpactCsv', '/api/v1/clusters/{slug}/impact.csv');
export const networkImpact = networkRoute('getNetworkImpact', '/api/v1/impact');
export const networkImpactCsv = networkRoute('getNetworkImpactCsv', '/api/v1/impact.csv');
