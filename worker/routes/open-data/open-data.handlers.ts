import type { RouteHandler } from '@hono/zod-openapi';
import { LICENCE, LICENCE_URL } from '../../domain/open-data/dataset';
import { DATASET_NAMES, DATASETS, parseFile } from '../../domain/open-data/datasets';
import { datasetStream } from '../../domain/open-data/stream';
import type { AppEnv } from '../../env';
import { PUBLIC_CACHE_CONTROL } from '../../http/cache-control';
import { Problem } from '../../http/problem';
import { OK } from '../../http/status';
import type { getDataset, listDatasets } from './open-data.routes';

/** Open data is the same for everyone and holds nothing personal: public whoever asks (http/cache-control.ts). */
const PUBLIC_CACHE = PUBLIC_CACHE_CONTROL;
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8; header=present', json: 'application/json; charset=utf-8' };

export const list: RouteHandler<typeof listDatasets, AppEnv> = (c) => {
  c.header('Cache-Control', PUBLIC_CACHE);
  return c.json(
    {
      licence: LICENCE,
      licence_url: LICENCE_URL,
      datasets: DATASET_NAMES.map((name) => ({
        name,
        columns: [...DATASETS[name].columns],
        csv: `/api/v1/open-data/${name}.csv`,
        json: `/api/v1/open-data/${name}.json`,
      })),
    },
    OK,
  );
};

export const get: RouteHandler<typeof getDataset, AppEnv> = async (c) => {
  const file = parseFile(c.req.valid('param').file);
  if (!file) {
    const known = DATASET_NAMES.flatMap((name) => [`${name}.csv`, `${name}.json`]);
    throw new Problem(
      'not_found',
      `There is no open dataset by that name. Ask for one of: ${known.join(', ')} (the list is at /api/v1/open-data).`,
      { extensions: { datasets: known } },
    );
  }
  const generatedAt = new Date().toISOString();
  const body = await datasetStream(c.var.db, file.name, DATASETS[file.name], file.format, generatedAt);
  return new Response(body, {
    status: OK,
    headers: {
      'Content-Type': CONTENT_TYPES[file.format],
      'Cache-Control': PUBLIC_CACHE,
      Link: `<${LICENCE_URL}>; rel="license"`,
      ...(file.format === 'csv' ? { 'Content-Disposition': `attachment; filename="bedside-${file.name}.csv"` } : {}),
    },
  });
};
