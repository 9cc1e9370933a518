import { fc } from '@fast-check/vitest';
import { LANGUAGES } from '../../../../worker/db/enums';
import { SESSION_COOKIE } from '../../../../worker/domain/accounts/sessions';
import { BASE } from '../../../helpers/http';
import { junk, oneOf, SCRIPTS } from './values';
import type { Pools } from './world';

// The requests the page form fuzzer (../page-forms-fuzz.test.ts) sends: a path with ids from the
// pools, a body from the form's fields (shaped, mutated, encoded in ways browsers do and do not),
// origin headers and cookies.

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

export interface Draw {
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** What the body carries, for the failure report. */
  shape: string;
  /** Cookies beside the session's: a session that signs nobody in, a bookmark not of D1's shape. */
  cookies: string[];
}

const UNKNOWN_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'is_admin',
  'role',
  'user_id',
  'owner_id',
  'status',
  'na"me',
  'a\r\nb',
  '',
  '<script>pf(5)</script>',
  'x'.repeat(2_000),
];

type Entry = [string, string];

/**
 * Form entries, three ways: every field shaped as the form expects (so the domain runs); shaped
 * but for one field (junk, missing, repeated, array-style); or each field any of those. Plus
 * unknown names now and then, one huge field now and then, and the confirmation of a step.
 */
function entries(fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Entry[]> {
  const names = Object.keys(fields);
  const arbOf = (name: string) => fields[name] as fc.Arbitrary<string>;
  const mutated = (name: string) =>
    fc.oneof(
      { weight: 3, arbitrary: junk.map((v): Entry[] => [[name, v]]) },
      { weight: 1, arbitrary: fc.constant<Entry[]>([]) },
      {
        weight: 1,
        arbitrary: fc.tuple(arbOf(name), junk).map(([a, b]): Entry[] => [
          [name, a],
          [name, b],
        ]),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(arbOf(name), junk).map(([a, b]): Entry[] => [
          [name, b],
          [name, a],
        ]),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(arbOf(name), arbOf(name)).map(([a, b]): Entry[] => [
          [`${name}[]`, a],
          [`${name}[]`, b],
        ]),
      },
      {
        weight: 1,
        arbitrary: arbOf(name).map((v): Entry[] => [
          [`${name}[0]`, v],
          [`${name}.0`, v],
        ]),
      },
    );
  const shaped = fc.tuple(...names.map((n) => arbOf(n).map((v): Entry[] => [[n, v]]))).map((parts) => parts);
  const known = fc.oneof(
    { weight: 3, arbitrary: shaped.map((parts) => parts.flat()) },
    {
      weight: 3,
      arbitrary: names.length
        ? fc
            .tuple(shaped, fc.nat({ max: names.length - 1 }))
            .chain(([parts, at]) =>
              mutated(names[at] as string).map((m) => parts.flatMap((p, i) => (i === at ? m : p))),
            )
        : fc.constant<Entry[]>([]),
    },
    // A script in one field, the rest shaped: shown again (escaped) when another field is wrong.
    {
      weight: 2,
      arbitrary: names.length
        ? fc
            .tuple(shaped, fc.nat({ max: names.length - 1 }), oneOf(SCRIPTS), fc.nat({ max: names.length - 1 }), junk)
            .map(([parts, at, script, other, bad]) =>
              parts.flatMap((p, i): Entry[] => {
                const [name] = p[0] as Entry;
                return i === at ? [[name, script]] : i === other ? [[name, bad]] : p;
              }),
            )
        : fc.constant<Entry[]>([]),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          ...names.map((n) => fc.oneof({ weight: 2, arbitrary: arbOf(n).map((v): Entry[] => [[n, v]]) }, mutated(n))),
        )
        .map((parts) => parts.flat()),
    },
  );
  const extra = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Entry[]>([]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(fc.oneof(oneOf(UNKNOWN_NAMES), fc.string({ maxLength: 12 })), junk), {
        minLength: 1,
        maxLength: 3,
      }),
    },
  );
  // Either side of the 64 KiB body limit, and well beyond it, in a field of the form.
  const huge = fc.oneof(
    { weight: 11, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(oneOf(names.length ? names : ['note']), fc.constantFrom(60_000, 70_000, 120_000))
        .map(([n, size]): Entry => [n, 'y'.repeat(size)]),
    },
  );
  const confirmed = fc.option(fc.constant<Entry>(['confirmed', 'yes']), { nil: undefined });
  return fc.tuple(known, extra, huge, confirmed, fc.boolean()).map(([k, e, h, c, shuffle]) => {
    const all: Entry[] = [...k, ...(e as Entry[]), ...(h ? [h] : []), ...(c ? [c] : [])];
    return shuffle ? all.reverse() : all;
  });
}

const urlencoded = (list: Entry[]) => {
  const search = new URLSearchParams();
  for (const [k, v] of list) search.append(k, v);
  return search.toString();
};

function multipart(list: Entry[], boundary: string): string {
  const parts = list.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  // Now and then a file where a text field is expected.
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="${list[0]?.[0] ?? 'file'}"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n`,
  );
  return `${parts.join('')}--${boundary}--\r\n`;
}

/** The body as a browser sends it, or broken, or as something no form sends. */
function encoded(list: Entry[]): fc.Arbitrary<{ type?: string; body?: string | Uint8Array; shape: string }> {
  const form = 'application/x-www-form-urlencoded';
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant({ type: form, body: urlencoded(list), shape: 'urlencoded' }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom('----fuzz1313', 'x', 'a'.repeat(70)).map((b) => ({
        type: `multipart/form-data; boundary=${b}`,
        body: multipart(list, b),
        shape: 'multipart',
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat(), fc.constantFrom('wrong boundary', 'truncated', 'no boundary', 'quoted boundary'))
        .map(([n, how]) => {
          const whole = multipart(list, 'fuzzB');
          switch (how) {
            case 'wrong boundary':
              return { type: 'multipart/form-data; boundary=other', body: whole, shape: `multipart, ${how}` };
            case 'truncated':
              return {
                type: 'multipart/form-data; boundary=fuzzB',
                body: whole.slice(0, n % Math.max(whole.length, 1)),
                shape: `multipart, ${how}`,
              };
            case 'no boundary':
              return { type: 'multipart/form-data', body: whole, shape: `multipart, ${how}` };
            default:
              return { type: 'multipart/form-data; boundary="fuzzB"', body: whole, shape: `multipart, ${how}` };
          }
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('a=%', '%ZZ=1', '&&&=&=', '=x', 'novalue', `${urlencoded(list)}%`, '\u0000=\u0000')
        .map((raw) => ({ type: form, body: raw, shape: 'urlencoded, broken' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          `${form}; charset=utf-16`,
          'APPLICATION/X-WWW-FORM-URLENCODED',
          `${form}, text/plain`,
          'multipart/mixed; boundary=x',
        )
        .map((type) => ({ type, body: urlencoded(list), shape: `as ${type}` })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        type: 'application/json',
        body: JSON.stringify(Object.fromEntries(list)),
        shape: 'json',
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        type: 'text/plain',
        body: list.map(([k, v]) => `${k}=${v}`).join('\r\n'),
        shape: 'text/plain',
      }),
    },
    { weight: 1, arbitrary: fc.constant({ body: urlencoded(list), shape: 'no content type' }) },
    { weight: 1, arbitrary: fc.constant({ shape: 'no body' }) },
    // Streamed (chunked, no Content-Length): the body limit must count as it reads.
    { weight: 1, arbitrary: fc.constant({ type: form, body: urlencoded(list), shape: 'urlencoded, streamed' }) },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => ({ type: 'multipart/form-data; boundary=x', body: bytes, shape: 'binary' })),
    },
  );
}

const JUNK_SEGMENTS = ['x', '0', 'null', '%00', '%2e%2e', 'A'.repeat(36), '💉', '00000000-0000-0000-0000-00000000000G'];

/** The ids a path parameter takes: of the thing the route is about (`{id}` after `/solutions` is a solution's). */
function idsFor(pools: Pools, route: string, name: string): string[] {
  if (name !== 'id') return pools[name] ?? [];
  const area =
    /^\/(solutions|challenges|cooperations|calls|me\/saved-searches|me\/api-keys|moderation\/reports|events|meeting-requests|meetings)\//.exec(
      route,
    )?.[1] ?? '';
  return pools[`id:${area}`] ?? [];
}

function pathFor(pools: Pools, route: string): fc.Arbitrary<string> {
  const params = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const value = (name: string) =>
    fc.oneof(
      {
        weight: 8,
        arbitrary: oneOf(idsFor(pools, route, name).length ? idsFor(pools, route, name) : (pools.id ?? [])),
      },
      // Ids of other kinds of things, unknown ids, and segments that are no id at all.
      { weight: 1, arbitrary: oneOf(pools.id ?? []) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: oneOf(JUNK_SEGMENTS) },
    );
  const query = fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: oneOf([...LANGUAGES, 'xx']).map((l) => `?lang=${l}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          oneOf(['digest', 'question_asked', 'xx']),
          fc.oneof(oneOf(pools.token ?? []), fc.string({ maxLength: 20 })),
        )
        .map(([scope, token]) => `?${new URLSearchParams({ scope, token })}`),
    },
  );
  return fc.tuple(fc.tuple(...params.map(value)), query).map(([values, q]) => {
    let out = route;
    params.forEach((p, i) => {
      out = out.replace(`{${p}}`, values[i] ?? '');
    });
    return out + q;
  });
}

/** The CSRF check passes with our Origin or `Sec-Fetch-Site: same-origin`; the rest must be refused. */
const csrfHeaders = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Record<string, string>>({ origin: BASE }) },
  { weight: 1, arbitrary: fc.constant<Record<string, string>>({ 'sec-fetch-site': 'same-origin' }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Record<string, string>>(
      {},
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { origin: `${BASE}.evil.example` },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'bogus' },
    ),
  },
);

export function request(pools: Pools, route: string, fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Draw> {
  return fc
    .tuple(
      pathFor(pools, route),
      entries(fields).chain(encoded),
      csrfHeaders,
      fc.option(fc.constantFrom('https://bedside.test/me', 'https://evil.example/', 'junk'), { nil: undefined }),
      fc.oneof(
        { weight: 6, arbitrary: fc.constant<string[]>([]) },
        {
          weight: 1,
          arbitrary: fc.subarray([
            `${SESSION_COOKIE}=${crypto.randomUUID()}`,
            '__Host-d1_bookmark=not-a-bookmark',
            '__Host-d1_bookmark=%00',
          ]),
        },
      ),
    )
    .map(([path, { type, body, shape }, csrf, referer, cookies]) => {
      const headers: Record<string, string> = { accept: BROWSER_ACCEPT, ...csrf };
      if (type) headers['content-type'] = type;
      if (referer) headers.referer = referer;
      return { path, headers, body, shape, cookies };
    });
}
