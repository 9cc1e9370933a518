// Which way imports may run between the layers (see ARCHITECTURE.md). `npm test` runs this
// check (`npm run layers`); a violation names the rule below and says why it exists.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-knows-no-transport',
      comment:
        'worker/domain is shared by the API and the pages and knows nothing of HTTP, pages or who may do what. ' +
        'Throw a DomainError with a code (worker/http maps it to a status); ask the policy in worker/access.',
      severity: 'error',
      from: { path: '^worker/domain/' },
      to: {
        path: '^(worker/(http|routes|middleware|auth|access|policy|seed)/|worker/(index|env|openapi|scheduled)\\.ts$|web/)',
      },
    },
    {
      name: 'policy-reads-no-database',
      comment:
        'The policy decides from the facts it is handed (worker/policy/resources.ts). Reading them is the job of the ' +
        'loaders in worker/access, so a rule can never be skipped by a query that forgot it.',
      severity: 'error',
      from: { path: '^worker/policy/' },
      to: { path: '^worker/db/' },
    },
    {
      name: 'policy-knows-no-transport',
      comment: 'Rules are plain functions of an actor and facts: no HTTP, pages, loaders or middleware.',
      severity: 'error',
      from: { path: '^worker/policy/' },
      to: { path: '^(worker/(http|routes|middleware|auth|access)/|web/)' },
    },
    {
      name: 'access-knows-no-transport',
      comment:
        'Loaders, SQL scopes and affordances serve the API and the pages alike, so they take (db, actor) and throw ' +
        'DomainErrors, never a Hono context or a problem document.',
      severity: 'error',
      from: { path: '^worker/access/' },
      to: { path: '^(worker/(http|routes|middleware|auth)/|web/)' },
    },
    {
      name: 'pages-use-no-api-routes',
      comment:
        'Pages call the access layer and the domain directly, like the API does; they never reach into an API route ' +
        'or its handlers. Move what both need into worker/access or worker/domain.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^worker/routes/' },
    },
    {
      name: 'api-uses-no-pages',
      comment: 'API routes answer JSON; pages are for browsers. Share code through worker/access or worker/domain.',
      severity: 'error',
      from: { path: '^worker/routes/' },
      to: { path: '^web/' },
    },
    {
      name: 'http-serves-the-routes',
      comment:
        'worker/http holds the HTTP plumbing every route uses; it must not depend on the routes, pages or loaders.',
      severity: 'error',
      from: { path: '^worker/http/' },
      to: { path: '^(worker/(routes|access|auth)/|web/)' },
    },
    {
      name: 'db-is-the-bottom',
      comment: 'Schema, client and batch helpers depend on nothing else of the app, so every layer may use them.',
      severity: 'error',
      from: { path: '^worker/db/' },
      to: { path: '^(worker/(?!db/)|web/)' },
    },
    {
      name: 'app-does-not-import-tests',
      comment: 'Test helpers stay in tests/.',
      severity: 'error',
      from: { path: '^(worker|web|scripts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'client-stands-alone',
      comment:
        'clients/typescript is built from the OpenAPI document alone (npm run api:generate), so it can be copied out ' +
        'or published without the Worker. Anything it needs from the API belongs in the document.',
      severity: 'error',
      from: { path: '^clients/' },
      to: { path: '^(worker|web|scripts|tests)/' },
    },
    {
      name: 'worker-uses-no-client',
      comment: 'The Worker is the API the client talks to; it never ships or calls its own client.',
      severity: 'error',
      from: { path: '^(worker|web)/' },
      to: { path: '^clients/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle means two modules are one concept split in two, or a lower layer reaching up. Move the shared part down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a domain type from a page would tie the layers together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
