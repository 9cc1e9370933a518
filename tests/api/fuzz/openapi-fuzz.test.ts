import { SELF } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_PATH } from '../../../worker/openapi';
import { createWorld, PASSWORD, ROLES, type Role, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft } from '../../helpers/challenges';
import { freshQuestion, freshReport, sharedOpen } from '../../helpers/fixtures';
import { api, BASE, freshClient } from '../../helpers/http';
import { changedTables, type RowCounts, rowCounter, settled } from '../../helpers/row-counts';
import { freshEvaluationWithJury } from '../../helpers/solution-fixtures';
import { volume } from '../../helpers/volume';

// Issue 13, the fuzzing suite: every route of the OpenAPI document × every role, with path
// parameters, query strings and bodies generated from the document's schemas and mutated beyond
// them. Properties: never a 5xx; every 4xx is a problem document (validation problems name the
// field); a refused request writes nothing (row counts of every table before and after).
// `VITE_FUZZ_RUNS` sets the total number of requests (`npm run fuzz`), `VITE_FUZZ_SEED` the seed;
// without it, `npm test` sends 10 000 (issue 13's floor) and `npm run test:long` 50 000.

// Vite hands the runner's VITE_* variables to the tests inside workerd (process.env there is empty).
const fromEnv = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
const TOTAL = Number(fromEnv.VITE_FUZZ_RUNS ?? volume(10_000, 50_000));
const SEED = Number(fromEnv.VITE_FUZZ_SEED ?? 1313);

/** Routes that end the caller's sessions or change their credentials: sent with a spare user's token. */
const ENDS_SESSIONS = /^(POST \/api\/v1\/auth\/(logout|sessions\/revoke-all|password|email)|DELETE \/api\/v1\/me)$/;

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema objects from the OpenAPI document.
type Schema = any;
interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema?: Schema }[];
  body?: Schema;
}

const tally = { requests: 0, serverErrors: 0, partialWrites: 0, status: new Map<number, number>() };
let doc: { paths: Record<string, Record<string, Schema>>; components?: { schemas?: Record<string, Schema> } };
let operations: Operation[] = [];
let world: World;
let spare: TestUser;
let pools: Record<string, string[]>;
let counts: Record<string, number>;

afterAll(() => {
  const statuses = [...tally.status.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.info(`[fuzz] statuses: ${statuses.join(' ')}`);
  console.info(
    `[fuzz] requests: ${tally.requests}, routes: ${operations.length}, roles: ${ROLES.length}, 5xx: ${tally.serverErrors}, partial writes: ${tally.partialWrites}, seed: ${SEED}`,
  );
});

const resolve = (schema: Schema): Schema => {
  if (schema?.$ref) return resolve(doc.components?.schemas?.[String(schema.$ref).split('/').pop() ?? '']);
  return schema ?? {};
};

// ---- values from the schema ------------------------------------------------------------------

const JUNK_STRINGS = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  'null',
  'true',
  '\u0000',
  '\ud800',
  '\udfff',
  'a\ud83dz',
  '\u202eevil',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  '%00',
  '💉🧬'.repeat(50),
];
const junkString = fc.oneof(
  fc.constantFrom(...JUNK_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  // Long words, and strings either side of the 64 KiB body limit.
  fc.oneof(fc.nat({ max: 5_000 }), fc.integer({ min: 60_000, max: 70_000 })).map((n) => 'x'.repeat(n)),
);
/** For URLs: the same junk without the long strings (a failure report must stay readable). */
const shortJunk = fc.oneof(
  fc.constantFrom(...JUNK_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(3000)),
);
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  junkString,
  fc.constantFrom(null, true, false, 0, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { a: 1 }),
  fc.integer(),
  fc.double(),
  fc.nat({ max: 2_000 }).map((n) => nest(n)),
);

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

function fromSchema(raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (depth > 4) return fc.constant(null);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((s: Schema) => fromSchema(s, depth + 1)));
  if (schema.allOf) return fromSchema(schema.allOf[0], depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items ?? {}, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const model = Object.fromEntries(
        Object.entries(properties).map(([k, s]) => {
          const known = hint(k);
          const generated = fromSchema(s, depth + 1);
          return [k, known ? fc.oneof(known, generated) : generated];
        }),
      );
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

/** Values the world knows for fields by name, so generated bodies get past validation to the domain. */
function hint(key: string): fc.Arbitrary<unknown> | undefined {
  if (key === 'email') return fc.constantFrom(...Object.values(world.users).map((u) => u.email), spare.email);
  if (key === 'password' || key.endsWith('_password')) return fc.constantFrom(PASSWORD, 'not the password at all');
  if (key === 'cluster' || key.endsWith('slug')) return fc.constantFrom(...(pools.slug ?? []));
  if (key === 'user_id' || key === 'evaluator_id') return fc.constantFrom(...(pools.userId ?? []));
  if (key.endsWith('_id') || key === 'id') return fc.constantFrom(...(pools.id ?? []));
  return undefined;
}

function stringFor(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 200);
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.uuid(), fc.constantFrom(...(pools.id ?? [])));
    case 'email':
      return fc.emailAddress();
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'uri':
    case 'url':
      return fc.webUrl();
    default:
      return fc.string({ minLength: min, maxLength: Math.max(min, max) });
  }
}

// ---- requests ----------------------------------------------------------------------------------

interface Draw {
  path: string;
  contentType?: string;
  body?: string;
  ifMatch?: string;
}

/** JSON text for a value from the schema, mutated beyond it one way or another. */
function bodyText(op: Operation): fc.Arbitrary<{ text?: string; contentType?: string }> {
  const valid = op.body ? fromSchema(op.body) : fc.constant({});
  const mutatedValue = fc.tuple(valid, junkValue, fc.nat()).map(([value, junk, pick]) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(op.body ? (resolve(op.body).properties ?? {}) : {});
      const key = keys.length ? keys[pick % keys.length] : 'extra';
      return { ...value, [key as string]: junk };
    }
    return junk;
  });
  const text = fc.oneof(
    { weight: 4, arbitrary: valid.map((v) => JSON.stringify(v)) },
    { weight: 4, arbitrary: mutatedValue.map((v) => JSON.stringify(v)) },
    // Duplicate keys: the later value wins in JSON.parse; the earlier one must not slip through.
    {
      weight: 1,
      arbitrary: fc.tuple(valid, junkValue).map(([v, junk]) => {
        const inner = JSON.stringify(v);
        const key = Object.keys((v as object) ?? {})[0] ?? 'title';
        return `{${JSON.stringify(key)}:${JSON.stringify(junk)},${inner.startsWith('{') ? inner.slice(1) : '"x":1}'}`;
      }),
    },
    // Truncated JSON.
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.nat()).map(([v, n]) => {
        const whole = JSON.stringify(v);
        return whole.slice(0, n % Math.max(whole.length, 1));
      }),
    },
    // Lone surrogates and control characters as JSON escapes (a JS string can carry them; UTF-8 cannot).
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom('\\ud800', '\\udfff', '\\u0000', '\\ud83d\\u0041'))
        .map(([v, esc]) => JSON.stringify(v).replace(/":"/g, `":"${esc}`)),
    },
    { weight: 1, arbitrary: fc.nat({ max: 10_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', 'null', '[]', '1', '"s"', 'NaN', '{"a":Infinity}', '{,}', '\u00ef\u00bb\u00bf{}'),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  );
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        'application/merge-patch+json',
        'application/xml',
        '',
      ),
    },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 6, arbitrary: fc.record({ text, contentType }) },
  );
}

const JUNK_SEGMENTS = [
  'x',
  '0',
  '-1',
  'null',
  '%00',
  '%ZZ',
  '%F0%9F',
  '..',
  '%2e%2e',
  'a'.repeat(400),
  "'",
  '%E2%80%AE',
  '💉',
];

function paramValue(name: string): fc.Arbitrary<string> {
  const valid = pools[name] ?? pools.id ?? [];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...JUNK_SEGMENTS) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent) },
  );
}

function queryValue(schema: Schema): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fromSchema(schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) },
    { weight: 2, arbitrary: shortJunk },
  );
}

function request(op: Operation): fc.Arbitrary<Draw> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(...pathParams.map((p) => paramValue(p.name))).map((values) => {
    let out = op.path;
    pathParams.forEach((p, i) => {
      out = out.replace(`{${p.name}}`, values[i] ?? '');
    });
    return out;
  });
  const query = fc
    .tuple(
      fc.tuple(...queryParams.map((p) => fc.option(queryValue(p.schema ?? {}), { nil: undefined }))),
      fc.option(fc.tuple(fc.constantFrom(...queryParams.map((p) => p.name), 'extra'), shortJunk), { nil: undefined }),
    )
    .map(([values, extra]) => {
      const search = new URLSearchParams();
      queryParams.forEach((p, i) => {
        if (values[i] !== undefined) search.append(p.name, values[i] as string);
      });
      // A repeated or unknown key.
      if (extra) search.append(extra[0], extra[1]);
      const text = search.toString();
      return text ? `?${text}` : '';
    });
  const withBody = op.method !== 'GET' && op.method !== 'HEAD';
  return fc
    .record({
      path,
      query,
      body: withBody ? bodyText(op) : fc.constant<{ text?: string; contentType?: string }>({}),
      ifMatch: fc.option(fc.constantFrom('"1"', '"0"', 'W/"1"', '*', 'junk', '"99999999999999999999"'), {
        nil: undefined,
      }),
    })
    .map(({ path, query, body, ifMatch }) => ({
      path: path + query,
      contentType: body.contentType,
      body: body.text,
      ifMatch,
    }));
}

// ---- sending and checking ---------------------------------------------------------------------

let tableCounts: () => Promise<RowCounts>;

// ---- --------------------------------------------------------------------

function tokenFor(op: Operation, role: Role): string | undefined {
  if (role === 'anonymous') return undefined;
  return ENDS_SESSIONS.test(`${op.method} ${op.path}`) ? spare.token : world.token(role);
}

async function check(op: Operation, role: Role, draw: Draw) {
  const headers: Record<string, string> = { 'cf-connecting-ip': freshClient() };
  const token = tokenFor(op, role);
  if (token) headers.authorization = `Bearer ${token}`;
  if (draw.contentType) headers['content-type'] = draw.contentType;
  if (draw.ifMatch) headers['if-match'] = draw.ifMatch;
  const res = await SELF.fetch(BASE + draw.path, { method: op.method, headers, body: draw.body });
  const text = await res.text();
  tally.requests++;
  tally.status.set(res.status, (tally.status.get(res.status) ?? 0) + 1);
  const where = `${op.method} ${draw.path} as ${role} → ${res.status}: ${text.slice(0, 300)}`;
  if (res.status >= 500) {
    tally.serverErrors++;
    throw new Error(`5xx: ${where}`);
  }
  const before = counts;
  if (res.status < 400) {
    // 202: the queue does the work after the answer (a reset link's token and email); wait until
    // it has landed, so it is not blamed on the next request.
    counts = res.status === 202 ? await settled(tableCounts, before) : await tableCounts();
    return;
  }
  const after = await tableCounts();
  counts = after;
  expect(res.headers.get('content-type') ?? '', where).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(text);
  expect(problem, where).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: res.status,
    detail: expect.stringMatching(/\S/),
  });
  if (problem.type === '/problems/validation_failed') {
    expect(problem.errors, where).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: expect.any(String), message: expect.any(String) })]),
    );
  }
  const changed = changedTables(before, after);
  if (changed.length) {
    tally.partialWrites++;
    throw new Error(`a refused request wrote to ${changed.join(', ')}: ${where}`);
  }
}

// ---- the suite -------------------------------------------------------------------------------

beforeAll(async () => {
  world = await createWorld();
  spare = await registerUser('clinician');
  const [open, draft, evaluation, question, report] = await Promise.all([
    sharedOpen(world),
    createDraft(world.users.clinician, world.cluster.slug).then((d) => d.id as string),
    freshEvaluationWithJury(world),
    freshQuestion(world),
    freshReport(world),
  ]);
  pools = {
    id: [open, draft, evaluation.challenge, evaluation.solution, question.challenge, report],
    qid: [question.question],
    slug: [world.cluster.slug, world.otherCluster.slug],
    userId: [spare.id, world.users.evaluator.id, world.users.solver.id],
    feed: ['x', `${crypto.randomUUID()}.sig`],
  };
  doc = (await api(OPENAPI_PATH)).body;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: (op.parameters ?? []).map(resolve),
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
  tableCounts = await rowCounter();
  counts = await tableCounts();
}, 120_000);

describe('OpenAPI fuzzing', () => {
  it(
    'never answers 5xx, answers every 4xx with a problem, and writes nothing it refuses',
    async () => {
      expect(operations.length).toBeGreaterThan(30);
      const runs = Math.ceil(TOTAL / (operations.length * ROLES.length));
      let index = 0;
      for (const op of operations) {
        for (const role of ROLES) {
          index++;
          await fc.assert(
            fc.asyncProperty(request(op), (draw) => check(op, role, draw)),
            { numRuns: runs, seed: SEED + index, endOnFailure: true },
          );
        }
      }
      expect(tally.serverErrors).toBe(0);
      expect(tally.partialWrites).toBe(0);
    },
    Math.max(600_000, TOTAL * 30),
  ); // about 5 ms a request; a million takes hours
});
