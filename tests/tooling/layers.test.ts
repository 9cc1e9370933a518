import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

/**
 * Each layer rule against a tiny tree that breaks it: proves the rules in .dependency-cruiser.cjs
 * still match the paths they are meant to guard (a typo in a pattern would silently allow all).
 */
const VIOLATIONS: [rule: string, from: string, to: string][] = [
  ['domain-knows-no-transport', 'worker/domain/things/thing.ts', 'worker/http/problem.ts'],
  ['domain-knows-no-transport', 'worker/domain/things/thing.ts', 'worker/policy/policy.ts'],
  ['domain-knows-no-transport', 'worker/domain/things/thing.ts', 'web/pages/page.tsx'],
  ['policy-reads-no-database', 'worker/policy/rules/things.ts', 'worker/db/schema.ts'],
  ['policy-knows-no-transport', 'worker/policy/rules/things.ts', 'worker/access/things.ts'],
  ['access-knows-no-transport', 'worker/access/things.ts', 'worker/http/problem.ts'],
  ['pages-use-no-api-routes', 'web/routes/things.tsx', 'worker/routes/things/load.ts'],
  ['api-uses-no-pages', 'worker/routes/things/things.handlers.ts', 'web/forms/things.ts'],
  ['http-serves-the-routes', 'worker/http/problem.ts', 'worker/routes/things/things.routes.ts'],
  ['db-is-the-bottom', 'worker/db/client.ts', 'worker/domain/actor.ts'],
  ['app-does-not-import-tests', 'worker/domain/things/thing.ts', 'tests/helpers/http.ts'],
  ['client-stands-alone', 'clients/typescript/src/index.ts', 'worker/openapi.ts'],
  ['worker-uses-no-client', 'worker/routes/things/things.handlers.ts', 'clients/typescript/src/index.ts'],
];

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A throw-away tree where `from` imports `to` (type-only, the subtlest kind), cruised with the project's rules. */
async function violationsOf(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'bedside-layers-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { tsConfig: _ownTsConfig, ...options } = config.options ?? {};
  const result = await cruise(['.'], {
    ...options,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    baseDir: root,
  });
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

const importing = (from: string, to: string) => {
  const specifier = `./${to.replace(/\.tsx?$/, '')}`;
  const up = '../'.repeat(from.split('/').length - 1);
  return `import type { X } from '${up}${specifier.slice(2)}';\nexport type Y = X;\n`;
};

describe('layer rules', () => {
  for (const [rule, from, to] of VIOLATIONS) {
    it(`${rule}: refuses ${from} → ${to}`, async () => {
      const found = await violationsOf({ [from]: importing(from, to), [to]: 'export type X = 1;\n' });
      expect(found).toContain(`${rule}: ${from} → ${to}`);
    });
  }

  it('no-circular: refuses two modules that import each other', async () => {
    const a = 'worker/domain/things/a.ts';
    const b = 'worker/domain/things/b.ts';
    const found = await violationsOf({
      [a]: "import type { B } from './b';\nexport type A = B;\n",
      [b]: "import type { A } from './a';\nexport type B = A | 1;\n",
    });
    expect(found).toContain(`no-circular: ${a} → ${b}`);
  });

  it('lets the layers import downwards', async () => {
    const found = await violationsOf({
      'web/routes/things.tsx': importing('web/routes/things.tsx', 'worker/access/things.ts'),
      'worker/access/things.ts': `${importing('worker/access/things.ts', 'worker/policy/policy.ts')}export type X = 1;\n`,
      'worker/policy/policy.ts': `${importing('worker/policy/policy.ts', 'worker/domain/actor.ts')}export type X = 1;\n`,
      'worker/domain/actor.ts': `${importing('worker/domain/actor.ts', 'worker/db/enums.ts')}export type X = 1;\n`,
      'worker/db/enums.ts': 'export type X = 1;\n',
    });
    expect(found).toEqual([]);
  });
});
