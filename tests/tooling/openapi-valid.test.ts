import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../worker/api';
import { openApiDocument } from '../../worker/openapi';

/**
 * Issue 18: the OpenAPI document is valid OpenAPI 3.1, checked by a real validator
 * (@seriousme/openapi-schema-validator: the specification's own JSON Schemas, through Ajv). Ajv
 * compiles its validators with `new Function`, which workerd refuses, so this runs in Node on the
 * document the Worker serves (`openApiDocument`, the function behind /api/v1/openapi.json, over the
 * same API half); tests/api/platform/openapi.test.ts checks what it says through SELF.
 */

type Media = { schema?: object; example?: unknown };
type Operation = {
  requestBody?: { content?: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: object } };

let doc: Doc;
beforeAll(() => {
  doc = openApiDocument(api, 'https://bedside.example') as unknown as Doc;
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', { timeout: 60_000 }, async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 4000)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has examples that fit their schemas', { timeout: 60_000 }, () => {
    // The document's schemas are JSON Schema 2020-12 (OpenAPI 3.1); `example` is OpenAPI's own keyword.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const root = 'https://bedside.example/openapi.json';
    ajv.addSchema({ $id: root, components: doc.components });
    // An operation's schema points into the document's components: `#/…` is the document's root.
    const rooted = (schema: object) => JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${root}#/`));
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const bodies: [string, Media | undefined][] = [
          ['request', op.requestBody?.content?.['application/json']],
          ...Object.entries(op.responses).map(([status, r]): [string, Media | undefined] => [
            status,
            r.content?.['application/json'],
          ]),
        ];
        for (const [what, media] of bodies) {
          if (!media?.schema || media.example === undefined) continue;
          const check = ajv.compile(rooted(media.schema));
          if (!check(media.example)) {
            wrong.push(`${method.toUpperCase()} ${path} ${what}: ${ajv.errorsText(check.errors)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
