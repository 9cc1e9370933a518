import { createRoute, z } from '@hono/zod-openapi';
import { LICENCE, LICENCE_URL } from '../../domain/open-data/dataset';
import { DATASET_NAMES } from '../../domain/open-data/datasets';
import { jsonContent, PUBLIC, problemResponses } from '../../http/openapi';
import { OK } from '../../http/status';

const tags = ['Open data'];

export const OpenDataIndexSchema = z
  .object({
    licence: z.literal(LICENCE),
    licence_url: z.string().url(),
    datasets: z.array(
      z.object({
        name: z.string().openapi({ example: 'challenges' }),
        columns: z.array(z.string()),
        csv: z.string().openapi({ example: '/api/v1/open-data/challenges.csv' }),
        json: z.string().openapi({ example: '/api/v1/open-data/challenges.json' }),
      }),
    ),
  })
  .openapi('OpenDataIndex');

const OpenDataJsonSchema = z
  .object({
    dataset: z.string(),
    licence: z.literal(LICENCE),
    licence_url: z.literal(LICENCE_URL),
    generated_at: z.string().openapi({ description: 'The moment the rows were read as of.' }),
    rows: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('OpenDataset');

const FileParam = z.object({
  file: z.string().openapi({
    param: { name: 'file', in: 'path' },
    example: 'challenges.csv',
    description: `\`<dataset>.csv\` or \`<dataset>.json\`; datasets: ${DATASET_NAMES.join(', ')}.`,
  }),
});

const LICENCE_HEADERS = {
  Link: {
    description: `\`<${LICENCE_URL}>; rel="license"\`: the licence (CC BY 4.0).`,
    schema: { type: 'string' as const },
  },
  'Cache-Control': { description: '`public, max-age=3600`, whoever asks.', schema: { type: 'string' as const } },
};

export const listDatasets = createRoute({
  operationId: 'listDatasets',
  method: 'get',
  path: '/api/v1/open-data',
  tags,
  summary: 'The open datasets: their columns and where to download them (anyone, CC BY 4.0)',
  security: PUBLIC,
  responses: { [OK]: jsonContent(OpenDataIndexSchema, 'The datasets.') },
});

export const getDataset = createRoute({
  operationId: 'getDataset',
  method: 'get',
  path: '/api/v1/open-data/{file}',
  tags,
  summary: 'One open dataset as CSV or JSON, streamed (anyone, CC BY 4.0)',
  security: PUBLIC,
  description:
    "Everything public of the dataset, ordered by its stable id (a UUIDv7), as the rows stood when the export started. The body is streamed page by page: `Server-Timing` counts only the first page. CSV is RFC 4180 with a header row; text cells a spreadsheet would run as formulas start with `'`. Lists (tags) are joined with `; ` in CSV and are arrays in JSON.",
  request: { params: FileParam },
  responses: {
    [OK]: {
      description: 'The dataset.',
      headers: LICENCE_HEADERS,
      content: {
        'text/csv': { schema: z.string().openapi({ example: 'id,title\r\n0193…,Faster sepsis alerts\r\n' }) },
        'application/json': { schema: OpenDataJsonSchema },
      },
    },
    ...problemResponses('not_found', 'unavailable'),
  },
});
