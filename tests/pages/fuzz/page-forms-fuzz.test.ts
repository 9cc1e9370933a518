import { env, SELF } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../../../web/routes/index';
import {
  CARE_PATHWAY_STEPS,
  DATA_ON_OFFER,
  DEVICE_CLASSES,
  IP_STATUSES,
  LANGUAGES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  ORGANIZATION_KINDS,
  REGULATIONS,
  REWARD_KINDS,
  VISIBILITIES,
} from '../../../worker/db/enums';
import { SESSION_COOKIE } from '../../../worker/domain/accounts/sessions';
import { TRANSITION_ACTIONS } from '../../../worker/domain/challenges/lifecycle';
import { signLink } from '../../../worker/domain/links';
import { createWorld, PASSWORD, ROLES, type Role, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createCall, publishedCall } from '../../helpers/calls';
import { createDraft } from '../../helpers/challenges';
import { freshCooperation } from '../../helpers/cooperations';
import { DEFAULT_KEYS, invitationToken } from '../../helpers/evaluation';
import { accept, createEvent, registerFor, requestMeeting } from '../../helpers/events';
import { freshQuestion, freshReport, sharedOpen } from '../../helpers/fixtures';
import { api, BASE, freshClient } from '../../helpers/http';
import { routeTemplate } from '../../helpers/pages';
import { changedTables, type RowCounts, rowCounter, settled } from '../../helpers/row-counts';
import { freshEvaluationWithJury, freshOpenWithSolution } from '../../helpers/solution-fixtures';

// Issue 13, the fuzzing suite for the page forms (the API has its own: tests/api/fuzz). Every POST
// route of the page app × every role, with form bodies generated from the form's fields: shaped
// values, missing and empty fields, huge and hostile strings, duplicate and unknown names; sent
// urlencoded, as multipart (also broken), and as types no form sends; with and without the origin
// headers the CSRF check reads; on existing and random ids. Properties: never a 5xx; a refusal is
// an HTML page or a redirect to sign in, never blank or JSON; a redirect stays on this site; a
// refused request writes nothing (row counts of every table before and after); no answer carries
// a `<script` from the input unescaped. `VITE_FUZZ_RUNS` sets the number of requests (`npm run
// fuzz`), `VITE_FUZZ_SEED` the seed; while hunting, `VITE_FUZZ_TIMES=1` prints each form's time and
// statuses and `VITE_FUZZ_SKIP` (a pattern) leaves forms out.

const fromEnv = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
const TOTAL = Number(fromEnv.VITE_FUZZ_RUNS ?? 2_000);
const SEED = Number(fromEnv.VITE_FUZZ_SEED ?? 1313);

/** Forms that end the sender's sessions or change their credentials: sent with a spare user's cookie. */
const ENDS_SESSIONS = new Set([
  '/signout',
  '/me/account/sign-out-everywhere',
  '/me/account/password',
  '/me/account/email',
  '/me/account/delete',
]);

/** Forms whose work the queue finishes after the answer: wait for it, so it is not blamed on the next request. */
const QUEUED = new Set(['/forgot-password']);

/** Statuses a page may refuse with (all of them HTML pages). */
const REFUSALS = [400, 403, 404, 409, 413, 415, 422, 429];

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

// ---- values ------------------------------------------------------------------------------------

/** Hostile strings; the `pf(` scripts are looked for, unescaped, in every answer. */
const SCRIPTS = [
  '<script>pf(1)</script>',
  '"><script>pf(2)</script>',
  '</textarea><script>pf(3)</script>',
  "'><ScRiPt>pf(4)</ScRiPt>",
];
const JUNK = [
  '',
  ' ',
  '\t\n',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  '3.5',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  'a\ud83dz',
  '\u202eevil\u202c',
  '\u200f\u05e9\u05dc\u05d5\u05dd',
  'مرحبا',
  '\ufeffbom',
  'Z\u0351\u0352\u0353\u0354',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  '%00',
  '%ZZ',
  '💉🧬'.repeat(30),
  'x'.repeat(5_000),
  ...SCRIPTS,
];
const junk = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** Prose long enough for the fields with a minimum (a title has 8 characters, a summary 20). */
const words = fc.lorem({ maxCount: 8 }).map((s) => `${s} for the page fuzzing suite`);
/** The fields of an event's form (issue 16): times as a datetime-local field sends them, in a time zone. */
const eventForm = {
  title: words,
  topic: words,
  description: words,
  mode: fc.constantFrom('on_site', 'online', 'x'),
  timezone: fc.constantFrom('Europe/Berlin', 'Europe/Bucharest', 'Mars/Olympus', ''),
  starts_at: fc.constantFrom('2030-03-15T09:00', '2020-01-01T09:00', 'x', ''),
  ends_at: fc.constantFrom('2030-03-15T13:00', '2030-03-15T08:00', 'x', ''),
  venue: words,
  link: fc.constantFrom('https://meet.example.org/x', 'javascript:alert(1)', ''),
  capacity: fc.constantFrom('', '1', '0', '-5', 'x'),
  terms: words,
  slot_minutes: fc.constantFrom('20', '4', 'x'),
  tables: fc.constantFrom('10', '0', 'x'),
};
const oneOf = (values: readonly string[]) => fc.constantFrom(...values);
const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const future = fc
  .date({ min: new Date('2028-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

let world: World;
let spare: TestUser;
let pools: Record<string, string[]>;

/** The fields of each page form and values of the shape it expects, by route (`{param}` for path parameters). */
function formFields(): Record<string, Record<string, fc.Arbitrary<string>>> {
  const email = fc.oneof(
    { weight: 4, arbitrary: oneOf([...Object.values(world.users).map((u) => u.email), spare.email]) },
    { weight: 1, arbitrary: fc.emailAddress() },
    { weight: 2, arbitrary: fc.uuid().map((u) => `fuzz-${u}@test.example`) },
  );
  const password = fc.oneof(
    { weight: 4, arbitrary: fc.constant(PASSWORD) },
    { weight: 1, arbitrary: fc.constant('not the password at all') },
    { weight: 1, arbitrary: fc.string({ minLength: 8, maxLength: 30 }) },
  );
  const token = fc.oneof(
    oneOf(pools.token ?? []),
    fc.uuid().map((u) => `${u}.sig`),
  );
  const confirmed = oneOf(['yes', 'no']);
  const version = digits(0, 5);
  const checkbox = oneOf(['on', '1', 'yes']);
  const challenge = {
    cluster: oneOf(pools.slug ?? []),
    title: words,
    summary: words,
    problem_statement: words,
    clinical_context: words,
    indication: words,
    icd10_code: oneOf(['', '', 'C34.1', 'E11.9', 'Z9']),
    care_pathway_step: oneOf(CARE_PATHWAY_STEPS),
    patient_population: words,
    standard_of_care: words,
    target_outcome: words,
    outcome_kpi: words,
    regulation: oneOf(REGULATIONS),
    device_class: fc.oneof({ weight: 6, arbitrary: fc.constant('') }, oneOf(DEVICE_CLASSES)),
    data_on_offer: oneOf(DATA_ON_OFFER),
    integration_needs: words,
    reward_kind: oneOf(REWARD_KINDS),
    reward_details: words,
    language: oneOf(LANGUAGES),
    visibility: oneOf(VISIBILITIES),
    trl_min: digits(1, 5),
    trl_max: digits(4, 9),
    ce_marking_required: checkbox,
    involves_patient_data: checkbox,
    share_feedback: checkbox,
    deadline: fc.oneof({ weight: 4, arbitrary: future }, { weight: 1, arbitrary: day }),
    tags: fc.array(fc.lorem({ maxCount: 2 }), { maxLength: 4 }).map((t) => t.join(', ')),
    'criteria.0.label': fc.lorem({ maxCount: 3 }).map((s) => `${s} score`),
    'criteria.0.description': words,
    'criteria.0.weight': fc.oneof({ weight: 4, arbitrary: fc.constant('100') }, digits(0, 101)),
  };
  const solution = {
    title: words,
    summary: words,
    approach: words,
    team: words,
    ip_status: oneOf(IP_STATUSES),
    trl: digits(1, 9),
    links: fc.array(fc.webUrl(), { maxLength: 3 }).map((l) => l.join('\n')),
    summary_public: checkbox,
    name_if_winner: checkbox,
  };
  const solutions = pools.solution ?? [];
  const milestone = {
    kind: oneOf(['letter_of_intent', 'pilot_start', 'kpi_result', 'regulatory', 'follow_on_funding', 'x']),
    status: oneOf(['planned', 'in_progress', 'done', 'cancelled', 'x']),
    planned_on: day,
    achieved_on: day,
    public: checkbox,
    kpi_value: fc.oneof(digits(0, 500), fc.constant('')),
    kpi_unit: oneOf(['%', 'min', '']),
    kpi_method: words,
    regulation: oneOf(['mdr', 'ivdr', '', 'x']),
    device_class: oneOf(['IIa', 'C', '', 'x']),
    notified_body: words,
    funding_programme: words,
    funding_amount_minor: oneOf(['250000.00', '12,5', '', '-3']),
    funding_currency: oneOf(['EUR', 'chf', '', 'EURO']),
    note: words,
  };
  const call = {
    lead_cluster: oneOf(pools.slug ?? []),
    joint_clusters: oneOf(pools.slug ?? []),
    title: words,
    description: words,
    language: oneOf(LANGUAGES),
    opens_at: day,
    closes_at: future,
    trl_min: digits(1, 9),
    trl_max: digits(1, 9),
    organization_kinds: oneOf(['sme', 'clinic', 'sme\nstartup', 'x']),
    countries: oneOf(['DE, AT', 'it', 'Germany', '']),
    company_sizes: oneOf(['micro', 'small\nmedium', 'x']),
    'benefit.0.kind': oneOf(['money', 'pilot', 'other', 'x']),
    'benefit.0.amount': oneOf(['50000', '12.5', '-3', 'lots', '']),
    'benefit.0.currency': oneOf(['EUR', 'chf', 'EURO', '']),
    'benefit.0.details': words,
  };
  return {
    '/signin': {
      email,
      password,
      next: oneOf(['/me', '/challenges', '//evil.example', 'https://evil.example/x', '/\\evil.example']),
    },
    '/register': {
      name: words,
      email,
      password,
      kind: fc.oneof({ weight: 4, arbitrary: oneOf(['clinician', 'solver']) }, oneOf(['staff', 'admin'])),
      'organization.name': words,
      'organization.kind': oneOf(ORGANIZATION_KINDS),
      'organization.country': oneOf(['', 'DE', 'IT', 'RO', 'XX']),
      language: oneOf(LANGUAGES),
    },
    '/signout': {},
    '/forgot-password': { email },
    '/reset-password': { token, password },
    '/confirm-email': { token },
    '/me/account/email': { email, current_password: password },
    '/me/account/password': { current_password: password, password },
    '/me/account/sign-out-everywhere': { confirmed },
    '/me/account/delete': { password },
    '/me/verification': {},
    '/me/invitations/{invitationId}/accept': {},
    '/invitations/accept': { token },
    '/unsubscribe': {},
    '/me/notifications/read': { id: fc.oneof(oneOf(pools.id ?? []), fc.uuid()), all: oneOf(['true', 'false']) },
    '/me/notifications/preferences': {
      ...Object.fromEntries(NOTIFICATION_KINDS.slice(0, 4).map((k) => [`channels.${k}`, oneOf(NOTIFICATION_CHANNELS)])),
      time_zone: oneOf(['Europe/Berlin', 'UTC', 'Europe/Bucharest', 'Mars/Olympus_Mons']),
    },
    '/me/saved-searches': {
      name: words,
      q: words,
      status: oneOf(['open', 'evaluation', 'draft']),
      cluster: oneOf(pools.slug ?? []),
      tag: words,
      trl: digits(1, 9),
      pathway: oneOf(CARE_PATHWAY_STEPS),
      deadline_before: day,
    },
    '/me/saved-searches/{id}/delete': { confirmed },
    '/me/profile': {
      offered_public: oneOf(['yes', 'no']),
      public: checkbox,
      headline: words,
      bio: words,
      expertise: fc.oneof(words, oneOf(['oncology, liquid biopsy', '!!!', 'a'.repeat(60)])),
      languages: oneOf(['de', 'de\nit', 'xx', '', '1x', 'german']),
      juror: checkbox,
      mentor: checkbox,
    },
    // Issue 16: relayed conversations (the world's solver wrote to the world's clinician).
    '/conversations': {
      about_kind: oneOf(['organization', 'person', 'challenge', 'x']),
      about_id: oneOf(pools.about ?? []),
      subject: words,
      body: words,
      share_email: checkbox,
    },
    '/conversations/{id}/messages': { body: words },
    '/conversations/{id}/share-email': { share_email: oneOf(['yes', 'no', 'x']) },
    '/conversations/{id}/block': { confirmed },
    '/conversations/{id}/report': { reason: words },
    '/challenges/new': challenge,
    '/challenges/{id}/edit': { ...challenge, version },
    '/challenges/{id}/stages': {
      version,
      'stages.0.kind': oneOf(['submission', 'pitch', 'x']),
      'stages.0.deadline': day,
      'stages.0.evaluation_deadline': day,
      'stages.0.min_evaluations': digits(0, 25),
      'stages.0.required_fields.title': oneOf(['on', '']),
      'stages.0.criteria.0.label': words,
      'stages.0.criteria.0.weight': digits(0, 120),
      'stages.1.name': words,
      'stages.1.deadline': day,
      'stages.1.required_fields.budget': oneOf(['on', 'off']),
      'stages.1.criteria.0.label': words,
      'stages.1.criteria.0.weight': digits(0, 120),
    },
    '/challenges/{id}/transitions': { action: oneOf(TRANSITION_ACTIONS), note: words, version, confirmed },
    '/challenges/{id}/questions': { body: words },
    '/challenges/{id}/questions/{qid}/answer': { answer: words },
    '/challenges/{id}/questions/{qid}/hide': { confirmed },
    '/challenges/{id}/endorsement': { endorsed: oneOf(['1', '0']) },
    '/challenges/{id}/jury': { email },
    '/challenges/{id}/invitations/{invitationId}/revoke': { confirmed },
    '/challenges/{id}/jury/{userId}/remove': { confirmed },
    '/challenges/{id}/conflicts': Object.fromEntries(
      solutions.flatMap((s) => [
        [`conflicts.${s}`, oneOf(['yes', 'no'])],
        [`notes.${s}`, words],
      ]),
    ),
    '/solutions/{id}/conflict': { conflict: oneOf(['yes', 'no']), note: words },
    '/solutions/{id}/evaluation': {
      ...Object.fromEntries(DEFAULT_KEYS.map((k) => [`scores.${k}`, digits(0, 6)])),
      comment: words,
      intent: oneOf(['score', 'draft']),
      version,
    },
    '/challenges/{id}/decision': {
      ...Object.fromEntries(solutions.map((s) => [`outcome.${s}`, oneOf(['winner', 'shortlisted', 'not_selected'])])),
      ...Object.fromEntries(solutions.map((s) => [`override.${s}`, words])),
      note: words,
      confirmed,
    },
    // Issue 15: a stage's shortlist (one checkbox per solution) and submitting a later stage.
    '/challenges/{id}/advance': {
      stage: oneOf(['1', '2', '6', '0', 'x']),
      ...Object.fromEntries(solutions.map((s) => [`shortlist.${s}`, oneOf(['on', '', 'off'])])),
      share_feedback: oneOf(['on', '']),
      confirmed,
    },
    '/challenges/{id}/audit/{entryId}/purge': {
      fields: oneOf(['title', 'summary', 'note', 'reason', 'title\nsummary', 'problem_statement']),
      reason: words,
    },
    '/moderation/reports/{id}': {
      action: oneOf(['dismiss', 'hide']),
      note: words,
      confirmed,
      cluster: oneOf(pools.slug ?? []),
    },
    '/challenges/{id}/solutions/new': solution,
    '/solutions/{id}/edit': {
      ...solution,
      version,
      // A later stage's fields (issue 15): the budget in major units, its currency, the work plan.
      budget_amount_minor: oneOf(['120000.50', '0', '-1', 'x', '1e20', '']),
      budget_currency: oneOf(['EUR', 'chf', 'euro', '']),
      work_plan: words,
    },
    '/solutions/{id}/submit': { confirmed, version },
    '/solutions/{id}/withdraw': { confirmed, version },
    '/solutions/{id}/stage': { confirmed, version },
    '/solutions/{id}/team': { email, role: oneOf(['technical_lead', 'clinical_lead', 'business_lead', 'other', 'x']) },
    '/solutions/{id}/team/{userId}/remove': { confirmed },
    '/solutions/{id}/team/invitations/{invitationId}/revoke': {},
    '/solutions/{id}/team/{userId}/submitter': { confirmed },
    // The upload forms as fields only: files in hostile multipart bodies are tests/api/attachments' work.
    '/solutions/{id}/attachments': { file: words },
    '/challenges/{id}/attachments': { file: words },
    '/attachments/{id}/delete': { confirmed },
    '/clusters/{slug}/moderators': { email },
    '/clusters/{slug}/invitations/{invitationId}/revoke': {},
    // Participation terms (issue 14): a template, a challenge's choice of one, a member's acceptance.
    '/clusters/{slug}/terms': {
      key: oneOf(['standard', 'standard-terms', 'Not a key', '']),
      language: oneOf(LANGUAGES),
      title: words,
      body_md: fc.oneof(words, fc.constant('## Terms\n\n<script>alert(1)</script> [x](javascript:alert(1))')),
      confidentiality: oneOf(['confidential', 'not_confidential', 'x']),
      ip_option: oneOf(['solver_keeps', 'licence_after_decision', 'open_source', 'x']),
      clinic_use: words,
      data_access: words,
    },
    '/challenges/{id}/terms': { template_key: oneOf(['standard', 'standard-terms', '']), not_confidential: checkbox },
    '/solutions/{id}/terms': { version: digits(0, 3), accept: checkbox },
    // Cooperations (issue 15): status, one side's consent, a milestone recorded or updated.
    '/cooperations/{id}/status': { status: oneOf(['active', 'completed', 'ended', 'x']), version },
    '/cooperations/{id}/publication': { public: checkbox, version },
    '/cooperations/{id}/milestones': milestone,
    '/cooperations/{id}/milestones/{mid}': { ...milestone, kpi_met: oneOf(['', 'yes', 'no', 'x']), version },
    // Verified affiliation (issue 16): a claim, its decision, an organization's profile.
    '/organizations/{id}/claim': {},
    '/organizations/{id}/members/{userId}/confirm': { role: oneOf(['member', 'admin', '', 'owner']) },
    '/organizations/{id}/members/{userId}/decline': {},
    '/organizations/{id}/edit': {
      kind: oneOf([...ORGANIZATION_KINDS, 'bank']),
      region: words,
      website: oneOf(['https://example.org', 'http://example.org', 'javascript:alert(1)', '']),
      description: words,
      trl_min: digits(0, 10),
      trl_max: digits(0, 10),
      'facets.capability': words,
      'facets.pathway': oneOf(['diagnosis', 'treatment\nmonitoring', 'x']),
      'facets.regulatory': oneOf(['IIa', 'C\nIII', 'x']),
      'facets.offers': oneOf(['pilot_site', 'investment\nmentoring', 'x']),
      'facets.seeks': oneOf(['co_development', 'x']),
      listed: checkbox,
    },
    '/calls/new': call,
    '/calls/{id}/edit': { ...call, version },
    '/calls/{id}/transitions': {
      action: oneOf(['submit', 'publish', 'request_changes', 'withdraw', 'close', 'archive', 'x']),
      note: words,
      confirmed,
    },
    // Matchmaking events (issue 16).
    '/events/new': {
      ...eventForm,
      cluster: oneOf([...(pools.slug ?? []), 'x']),
      kind: oneOf(['partnering', 'exchange_visit', 'x']),
      status: oneOf(['draft', 'published', 'x']),
    },
    '/events/{id}/edit': { ...eventForm, status: oneOf(['draft', 'published', 'cancelled', 'x']), version },
    '/events/{id}/registration': { accept_terms: checkbox, note: words },
    '/events/{id}/meeting-requests': { to: oneOf([...(pools.userId ?? []), 'x']), message: words },
    '/meeting-requests/{id}/{decision}': {},
    '/meetings/{id}/follow-up': {
      met: oneOf(['yes', 'no', '', 'x']),
      next_step: oneOf(['none', 'call', 'nda', 'pilot', 'joint_application', 'x']),
    },
  };
}

// ---- requests ----------------------------------------------------------------------------------

interface Draw {
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
function idsFor(route: string, name: string): string[] {
  if (name !== 'id') return pools[name] ?? [];
  const area =
    /^\/(solutions|challenges|cooperations|calls|me\/saved-searches|moderation\/reports|events|meeting-requests|meetings)\//.exec(
      route,
    )?.[1] ?? '';
  return pools[`id:${area}`] ?? [];
}

function pathFor(route: string): fc.Arbitrary<string> {
  const params = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const value = (name: string) =>
    fc.oneof(
      { weight: 8, arbitrary: oneOf(idsFor(route, name).length ? idsFor(route, name) : (pools.id ?? [])) },
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

function request(route: string, fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Draw> {
  return fc
    .tuple(
      pathFor(route),
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

// ---- sending and checking ----------------------------------------------------------------------

const tally = {
  requests: 0,
  serverErrors: 0,
  partialWrites: 0,
  wrote: 0,
  escaped: 0,
  status: new Map<number, number>(),
};
let tableCounts: () => Promise<RowCounts>;
let counts: Record<string, number>;
let routes: string[] = [];

/** Whether the body names an account's address (the queue then writes a reset link; for others it writes nothing). */
function mentionsAccount(draw: Draw): boolean {
  if (typeof draw.body !== 'string') return false;
  const body = draw.body;
  return [...Object.values(world.users), spare].some(
    (u) => body.includes(u.email) || body.includes(encodeURIComponent(u.email)),
  );
}

function cookieFor(route: string, role: Role): string | undefined {
  if (role === 'anonymous') return undefined;
  return ENDS_SESSIONS.has(route) ? spare.cookie : world.users[role].cookie;
}

async function check(route: string, role: Role, draw: Draw) {
  const headers: Record<string, string> = { 'cf-connecting-ip': freshClient(), ...draw.headers };
  const cookie = cookieFor(route, role);
  // Signed-in roles keep their own session; a session cookie that signs nobody in goes with the anonymous only.
  const cookies = [cookie, ...draw.cookies.filter((k) => !cookie || !k.startsWith(SESSION_COOKIE))].filter(Boolean);
  if (cookies.length) headers.cookie = cookies.join('; ');
  const body = draw.shape.endsWith('streamed') && draw.body !== undefined ? new Blob([draw.body]).stream() : draw.body;
  const res = await SELF.fetch(BASE + draw.path, { method: 'POST', headers, body, redirect: 'manual' });
  const text = await res.text();
  tally.requests++;
  tally.status.set(res.status, (tally.status.get(res.status) ?? 0) + 1);
  const key = `${route} ${res.status}`;
  perRoute.set(key, (perRoute.get(key) ?? 0) + 1);
  const where = `POST ${draw.path} (${draw.shape}, ${JSON.stringify(draw.headers)}, cookies ${draw.cookies.join('; ') || 'none'}) as ${role} → ${res.status}: ${text.slice(0, 300)}`;
  if (res.status >= 500) {
    tally.serverErrors++;
    throw new Error(`5xx: ${where}`);
  }
  expect(text, `an input script came back unescaped: ${where}`).not.toMatch(/<script>pf\(/i);
  if (/&lt;script&gt;pf\(/i.test(text)) tally.escaped++;
  const location = res.headers.get('location');
  const isRedirect = res.status >= 300 && res.status < 400;
  if (isRedirect) {
    expect(location ?? '', where).toMatch(/^\/(?![/\\])/);
  } else {
    expect(res.headers.get('content-type') ?? '', where).toMatch(/^text\/html/);
    expect(text, where).toMatch(/^<!DOCTYPE html>/i);
  }
  if (res.status >= 400) {
    expect(REFUSALS, where).toContain(res.status);
    // A page that says what happened: a heading, at least.
    expect(text, where).toMatch(/<h1[^>]*>[^<]*\S/);
  }

  // The sign-in page as the answer to a form is a refusal (`signedIn`); after signing out everywhere it is not.
  const refused = res.status >= 400 || (isRedirect && location?.startsWith('/signin?next='));
  const before = counts;
  if (!refused) {
    counts = QUEUED.has(route) && mentionsAccount(draw) ? await settled(tableCounts, before) : await tableCounts();
    if (changedTables(before, counts).length) tally.wrote++;
    // The spare's sessions (or password) may be gone: a fresh spare for the next one.
    if (ENDS_SESSIONS.has(route) && cookie) {
      spare = await registerUser('clinician');
      counts = await tableCounts();
    }
    return;
  }
  const after = await tableCounts();
  counts = after;
  const changed = changedTables(before, after);
  if (changed.length) {
    tally.partialWrites++;
    throw new Error(`a refused request wrote to ${changed.join(', ')}: ${where}`);
  }
}

// ---- the suite ---------------------------------------------------------------------------------

const perRoute = new Map<string, number>();
let forms: Record<string, Record<string, fc.Arbitrary<string>>>;

afterAll(() => {
  const statuses = [...tally.status.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.info(
    `[page-fuzz] statuses: ${statuses.join(' ')}; requests that wrote: ${tally.wrote}; scripts shown escaped: ${tally.escaped}`,
  );
  console.info(
    `[page-fuzz] requests: ${tally.requests}, forms: ${routes.length}, roles: ${ROLES.length}, 5xx: ${tally.serverErrors}, partial writes: ${tally.partialWrites}, seed: ${SEED}`,
  );
});

beforeAll(async () => {
  world = await createWorld();
  spare = await registerUser('clinician');
  const [open, draft, evaluation, question, report, drafted] = await Promise.all([
    sharedOpen(world),
    createDraft(world.users.clinician, world.cluster.slug).then((d) => d.id as string),
    freshEvaluationWithJury(world),
    freshQuestion(world),
    freshReport(world),
    freshOpenWithSolution(world, false),
  ]);
  const { cooperation } = await freshCooperation(
    world.users.clinician,
    world.users.moderator,
    world.cluster.slug,
    world.users.solver,
  );
  const milestone = await api(`/api/v1/cooperations/${cooperation}/milestones`, {
    token: world.users.solver.token,
    body: { kind: 'kpi_result', kpi_value: 12, kpi_unit: '%' },
  });
  const draftCall = await createCall(world.users.moderator, [world.cluster.slug]);
  const publishedCallId = await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug]);
  // An event where the clinician and the solver are registered: a request waiting, a meeting placed.
  const event = await createEvent(world.users.moderator, world.cluster.slug);
  await registerFor(world.users.clinician, event.id);
  await registerFor(world.users.solver, event.id);
  await registerFor(world.users.evaluator, event.id);
  const waiting = await requestMeeting(world.users.evaluator, event.id, world.users.solver);
  const placed = await requestMeeting(world.users.clinician, event.id, world.users.solver);
  await accept(world.users.solver, placed.id);
  const { results: meetingRows } = await env.DB.prepare('SELECT id FROM meetings WHERE event_id = ?')
    .bind(event.id)
    .all<{ id: string }>();
  const saved = await api('/api/v1/me/saved-searches', {
    token: world.users.solver.token,
    body: { name: 'Fuzz', q: 'sepsis' },
  });
  // A pending jury invitation, and a link token for it (and one for nobody).
  await api(`/api/v1/challenges/${open}/invitations`, {
    token: world.users.clinician.token,
    body: { email: spare.email },
  });
  const { results: invitations } = await env.DB.prepare('SELECT id FROM invitations').all<{ id: string }>();
  const { results: entries } = await env.DB.prepare(
    'SELECT id FROM audit_log WHERE entity_id IN (?, ?, ?) ORDER BY rowid DESC LIMIT 8',
  )
    .bind(open, draft, evaluation.challenge)
    .all<{ id: string }>();
  pools = {
    id: [open, draft, evaluation.challenge, evaluation.solution, drafted.solution, report, saved.body?.id].filter(
      Boolean,
    ),
    'id:challenges': [open, draft, evaluation.challenge, drafted.challenge],
    'id:solutions': [evaluation.solution, drafted.solution],
    'id:me/saved-searches': [saved.body?.id].filter(Boolean),
    'id:moderation/reports': [report],
    'id:cooperations': [cooperation],
    'id:calls': [draftCall.id, publishedCallId],
    'id:events': [event.id],
    'id:meeting-requests': [waiting.id, placed.id],
    'id:meetings': meetingRows.map((r) => r.id),
    decision: ['accept', 'decline', 'x'],
    mid: [milestone.body?.milestones?.[0]?.id].filter(Boolean),
    qid: [question.question],
    slug: [world.cluster.slug, world.otherCluster.slug],
    userId: [world.users.evaluator.id, world.users.solver.id, spare.id],
    invitationId: invitations.map((r) => r.id),
    entryId: entries.map((r) => r.id),
    solution: [evaluation.solution],
    // Link tokens: a jury invitation's, one-click unsubscribes (signed as the emails sign them), forged ones.
    token: [
      await invitationToken(open, spare.email),
      await signLink(env.LINK_SECRET ?? '', 'unsubscribe:question_asked', world.users.clinician.id),
      await signLink(env.LINK_SECRET ?? '', 'unsubscribe:digest', world.users.solver.id),
      'junk',
      `${crypto.randomUUID()}.sig`,
    ],
  };
  await api('/api/v1/me/profile', { method: 'PATCH', token: world.users.clinician.token, body: { public: true } });
  const talk = await api('/api/v1/conversations', {
    token: world.users.solver.token,
    body: { about_kind: 'person', about_id: world.users.clinician.id, subject: 'Fuzz', body: 'Hello.' },
  });
  pools['id:conversations'] = [talk.body?.id].filter(Boolean);
  pools.about = [world.users.clinician.id, open, crypto.randomUUID()];
  forms = formFields();
  routes = [...new Set(pages.routes.filter((r) => r.method === 'POST').map((r) => routeTemplate(r.path)))].sort();
  tableCounts = await rowCounter();
  counts = await tableCounts();
}, 120_000);

describe('page form fuzzing', () => {
  it('knows the fields of every page form (every POST route of the page app)', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !forms[r])).toEqual([]);
  });

  it(
    'never answers 5xx, refuses with an HTML page or a redirect to sign in, and writes nothing it refuses',
    async () => {
      const runs = Math.ceil(TOTAL / (routes.length * ROLES.length));
      let index = 0;
      // `VITE_FUZZ_SKIP`: a pattern of routes to leave out while hunting something else.
      const skip = fromEnv.VITE_FUZZ_SKIP ? new RegExp(fromEnv.VITE_FUZZ_SKIP) : undefined;
      for (const route of routes) {
        if (skip?.test(route)) continue;
        // A form not in the table is still fuzzed, with the names every form shares.
        const fields = forms[route] ?? { confirmed: oneOf(['yes']), version: digits(0, 3), note: words };
        const started = Date.now();
        for (const role of ROLES) {
          index++;
          await fc.assert(
            fc.asyncProperty(request(route, fields), (draw) => check(route, role, draw)),
            { numRuns: runs, seed: SEED + index, endOnFailure: true },
          );
        }
        if (fromEnv.VITE_FUZZ_TIMES)
          console.info(
            `[page-fuzz] ${route}: ${Date.now() - started} ms, ${[...perRoute]
              .filter(([k]) => k.startsWith(`${route} `))
              .map(([k, n]) => `${k.slice(route.length + 1)}×${n}`)
              .join(' ')}`,
          );
      }
      expect(tally.serverErrors).toBe(0);
      expect(tally.partialWrites).toBe(0);
    },
    Math.max(600_000, TOTAL * 60),
  );
});
