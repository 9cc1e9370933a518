import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../web/i18n';
import { DEFAULT_CRITERIA } from '../../../worker/domain/challenges/challenge.schema';
import { createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { freshCooperation } from '../../helpers/cooperations';
import { assignJury, declare } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { postForm } from '../../helpers/pages';
import { draftSolution, submitSolution } from '../../helpers/solutions';
import { createTemplate, putTerms } from '../../helpers/terms';
import { expectReadableMessages } from './readable';

// Every page form, posted with bad input in every language: what comes back is sentences for
// people, in their language, next to the field they are about, naming it by its label.

let world: World;
let evaluation: { challenge: string; solution: string };
beforeAll(async () => {
  world = await createWorld();
  const { clinician, moderator, solver, evaluator } = world.users;
  const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
  const solution = await submitSolution(solver, challenge);
  await assignJury(clinician, challenge, evaluator);
  await must(transition(clinician, challenge, 'start_evaluation'));
  await declare(evaluator, solution, false);
  evaluation = { challenge, solution };
});

/** Posts a form in `lang` and returns the page that comes back. */
async function post(lang: string, path: string, cookie: string, fields: Record<string, string>, status = 400) {
  const res = await postForm(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, cookie, fields);
  const html = await res.text();
  expect(res.status, `${path} (${lang}) answered ${res.status}: ${html.slice(0, 300)}`).toBe(status);
  expect(html).toContain(`<html lang="${lang}"`);
  return html;
}

/** The challenge form's rows as the page offers them, with some values broken. */
function challengeFields(broken: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {
    title: 'Short',
    summary: 'Too short.',
    problem_statement: '',
    indication: 'NSCLC',
    icd10_code: 'lung',
    care_pathway_step: 'diagnosis',
    patient_population: 'Adults with NSCLC',
    standard_of_care: 'Send-out NGS',
    target_outcome: 'Faster results',
    outcome_kpi: 'Median ≤ 10 days',
    regulation: 'ivdr',
    data_on_offer: 'none',
    trl_min: '3',
    trl_max: '7',
    reward_kind: 'pilot',
    deadline: 'next spring',
    tags: 'oncology, Bad Tag!',
    language: 'en',
    visibility: 'public',
  };
  DEFAULT_CRITERIA.forEach((c, i) => {
    fields[`criteria.${i}.label`] = c.label;
    fields[`criteria.${i}.key`] = c.key;
    fields[`criteria.${i}.weight`] = String(c.weight);
  });
  // A weight out of range, one left empty, a key people cannot type.
  fields['criteria.1.weight'] = '500';
  fields['criteria.2.weight'] = '';
  fields['criteria.3.key'] = 'Trl Fit';
  return { ...fields, ...broken };
}

const solutionFields = {
  title: 'NGS',
  summary: 'Fast.',
  approach: '',
  trl: '12',
  team: '',
  ip_status: 'secret',
  links: 'http://insecure.example/panel\nnot a link',
};

describe.each(LOCALES)('every page form with bad input, in %s', (lang) => {
  it('register', async () => {
    const html = await post(lang, '/register', '', {
      name: 'X',
      email: 'not-an-address',
      password: 'short',
      kind: 'astronaut',
      'organization.name': 'A',
      'organization.kind': 'castle',
      'organization.country': 'Germany',
      language: lang,
    });
    expectReadableMessages(html, lang, 'register');
  });

  it('sign in: a malformed address, an empty password, then a wrong password', async () => {
    expectReadableMessages(await post(lang, '/signin', '', { email: 'not-an-address', password: '' }), lang, 'sign in');
    const user = await registerUser('solver');
    expectReadableMessages(
      await post(lang, '/signin', '', { email: user.email, password: `${PASSWORD}!` }),
      lang,
      'sign in, wrong password',
    );
  });

  it('forgot password and reset password', async () => {
    expectReadableMessages(await post(lang, '/forgot-password', '', { email: 'not-an-address' }), lang, 'forgot');
    expectReadableMessages(
      await post(lang, '/reset-password', '', { token: 'abc', password: 'short' }),
      lang,
      'reset password',
    );
  });

  it('account settings: a new address, a new password, and a wrong current password', async () => {
    const user = await registerUser('clinician');
    expectReadableMessages(
      await post(lang, '/me/account/email', user.cookie, { email: 'not-an-address', current_password: '' }),
      lang,
      'change email',
    );
    expectReadableMessages(
      await post(lang, '/me/account/email', user.cookie, { email: user.email, current_password: PASSWORD }),
      lang,
      'change email to the same address',
    );
    expectReadableMessages(
      await post(lang, '/me/account/password', user.cookie, { current_password: '', password: 'short' }),
      lang,
      'change password',
    );
    expectReadableMessages(
      await post(lang, '/me/account/password', user.cookie, {
        current_password: `${PASSWORD}!`,
        password: 'a long enough new password',
      }),
      lang,
      'change password, wrong current password',
    );
  });

  it('deleting the account: no password, a wrong password', async () => {
    const user = await registerUser('solver');
    expectReadableMessages(
      await post(lang, '/me/account/delete', user.cookie, { password: '' }),
      lang,
      'delete account',
    );
    expectReadableMessages(
      await post(lang, '/me/account/delete', user.cookie, { password: `${PASSWORD}!` }),
      lang,
      'delete account, wrong password',
    );
  });

  it('a new challenge and an edited one', async () => {
    const { clinician } = world.users;
    expectReadableMessages(
      await post(lang, '/challenges/new', clinician.cookie, challengeFields({ cluster: world.cluster.slug })),
      lang,
      'new challenge',
    );
    const draft = await createDraft(clinician, world.cluster.slug);
    expectReadableMessages(
      await post(
        lang,
        `/challenges/${draft.id}/edit`,
        clinician.cookie,
        challengeFields({ version: String(draft.version), trl_min: '8', trl_max: '3' }),
      ),
      lang,
      'edit challenge',
    );
  });

  it('the stages of a challenge: a stage asking for nothing, a weight out of range, a day that is no day', async () => {
    const { clinician } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug);
    expectReadableMessages(
      await post(lang, `/challenges/${draft.id}/stages`, clinician.cookie, {
        version: String(draft.version),
        'stages.0.deadline': '2030-02-31x',
        'stages.0.criteria.0.label': 'Fit',
        'stages.0.criteria.0.weight': '500',
        'stages.1.name': 'Pitch',
      }),
      lang,
      'stages',
    );
  });

  it('a question and an answer', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    expectReadableMessages(
      await post(lang, `/challenges/${challenge}/questions`, solver.cookie, { body: 'Why?' }),
      lang,
      'question',
    );
    const asked = await must(
      api(`/api/v1/challenges/${challenge}/questions`, {
        token: solver.token,
        body: { body: 'Is pseudonymised data available for validation?' },
      }),
      201,
    );
    expectReadableMessages(
      await post(lang, `/challenges/${challenge}/questions/${asked.body.id}/answer`, clinician.cookie, { answer: '' }),
      lang,
      'answer',
    );
  });

  it('a new solution and an edited one', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const solver = await registerUser('solver');
    expectReadableMessages(
      await post(lang, `/challenges/${challenge}/solutions/new`, solver.cookie, {
        ...solutionFields,
        intent: 'submit',
      }),
      lang,
      'new solution',
      { links: /\blink(ul)? \d/i },
    );
    const draft = await draftSolution(solver, challenge);
    expectReadableMessages(
      await post(lang, `/solutions/${draft}/edit`, solver.cookie, { ...solutionFields, version: '1' }),
      lang,
      'edit solution',
      { links: /\blink(ul)? \d/i },
    );
  });

  it('a jury invitation', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    expectReadableMessages(
      await post(lang, `/challenges/${challenge}/jury`, clinician.cookie, { email: 'not-an-address' }),
      lang,
      'jury invitation',
    );
  });

  it('a team invitation', async () => {
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const submitter = await registerUser('solver');
    const solution = await submitSolution(submitter, challenge);
    expectReadableMessages(
      await post(lang, `/solutions/${solution}/team`, submitter.cookie, { email: 'not-an-address', role: 'boss' }),
      lang,
      'team invitation',
    );
  });

  it('a score', async () => {
    const [first, second] = DEFAULT_CRITERIA;
    expectReadableMessages(
      await post(lang, `/solutions/${evaluation.solution}/evaluation`, world.users.evaluator.cookie, {
        [`scores.${first.key}`]: '9',
        [`scores.${second.key}`]: 'excellent',
        comment: 'Promising.',
      }),
      lang,
      'score',
    );
  });

  it('a decision without a winner', async () => {
    expectReadableMessages(
      await post(lang, `/challenges/${evaluation.challenge}/decision`, world.users.clinician.cookie, {
        [`outcome.${evaluation.solution}`]: 'shortlisted',
        confirmed: 'yes',
      }),
      lang,
      'decision',
    );
  });

  it('a report resolution that is neither dismiss nor hide', async () => {
    const reporter = await registerUser('solver');
    const { clinician, moderator } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const report = await must(
      api('/api/v1/reports', {
        token: reporter.token,
        body: { entity_type: 'challenge', entity_id: challenge, reason: 'Possibly promotional content.' },
      }),
      201,
    );
    expectReadableMessages(
      await post(lang, `/moderation/reports/${report.body.id}`, moderator.cookie, { action: 'archive' }),
      lang,
      'report resolution',
    );
  });

  it('removing text from the audit trail: no field ticked, a reason too long', async () => {
    const { clinician, moderator, admin } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const res = await must(
      api(`/api/v1/audit?entity_type=challenge&entity_id=${challenge}&limit=100`, { token: admin.token }),
    );
    const entry = (res.body.data as { id: string }[]).at(-1)?.id;
    expectReadableMessages(
      await post(lang, `/challenges/${challenge}/audit/${entry}/purge`, admin.cookie, { reason: 'x'.repeat(501) }),
      lang,
      'audit purge',
    );
  });

  it('notification preferences', async () => {
    const user = await registerUser('clinician');
    expectReadableMessages(
      await post(lang, '/me/notifications/preferences', user.cookie, {
        'channels.question_asked': 'carrier-pigeon',
        time_zone: 'Mars/Olympus_Mons',
      }),
      lang,
      'notification preferences',
    );
  });

  it('a saved search: a name too short, and filters that are not filters', async () => {
    const user: TestUser = await registerUser('solver');
    expectReadableMessages(
      await post(lang, '/me/saved-searches', user.cookie, { q: 'sepsis', name: 'x' }),
      lang,
      'saved search name',
    );
    expectReadableMessages(
      await post(lang, '/me/saved-searches', user.cookie, {
        trl: '12',
        status: 'bogus',
        deadline_before: 'someday',
      }),
      lang,
      'saved search filters',
    );
  });

  it('an API key: a name too short, no scope, a day past; a scope that is none, a cluster not moderated', async () => {
    const user: TestUser = await registerUser('solver');
    expectReadableMessages(
      await post(lang, '/me/api-keys', user.cookie, { name: 'x', expires_at: '2001-01-01' }),
      lang,
      'API key',
    );
    expectReadableMessages(
      await post(lang, '/me/api-keys', world.users.moderator.cookie, {
        name: 'Sync',
        scopes: 'everything:write',
        expires_at: 'someday',
      }),
      lang,
      'API key scope',
    );
    expectReadableMessages(
      await post(lang, '/me/api-keys', world.users.moderator.cookie, {
        name: 'Sync',
        scopes: 'moderation:read',
        cluster: world.otherCluster.slug,
      }),
      lang,
      'API key cluster',
    );
  });

  it('a terms template, and accepting terms without ticking the box', async () => {
    const { clinician, moderator } = world.users;
    expectReadableMessages(
      await post(lang, `/clusters/${world.cluster.slug}/terms`, moderator.cookie, {
        key: 'Bad Key!',
        language: 'en',
        title: '',
        body_md: 'Too short.',
        confidentiality: 'confidential',
        ip_option: 'solver_keeps',
        clinic_use: '',
      }),
      lang,
      'terms template',
    );
    const { key } = await createTemplate(moderator, world.cluster.slug);
    const draft = await createDraft(clinician, world.cluster.slug);
    await must(putTerms(clinician, draft.id, { template_key: key }));
    await must(transition(clinician, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));
    const solver = await registerUser('solver');
    const solution = await draftSolution(solver, draft.id);
    expectReadableMessages(
      await post(lang, `/solutions/${solution}/terms`, solver.cookie, { version: '1' }),
      lang,
      'terms acceptance',
    );
  });

  it('a milestone: a date that is no date, a currency that is none, a figure of another kind', async () => {
    const { clinician, moderator, solver } = world.users;
    const { cooperation } = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    expectReadableMessages(
      await post(lang, `/cooperations/${cooperation}/milestones`, solver.cookie, {
        kind: 'follow_on_funding',
        status: 'done',
        planned_on: 'next spring',
        funding_amount_minor: 'lots',
        funding_currency: 'euro',
      }),
      lang,
      'milestone',
    );
    expectReadableMessages(
      await post(lang, `/cooperations/${cooperation}/milestones`, solver.cookie, {
        kind: 'pilot_start',
        status: 'planned',
        kpi_unit: 'min',
      }),
      lang,
      'milestone of another kind',
    );
  });

  it('a moderator invitation', async () => {
    expectReadableMessages(
      await post(lang, `/clusters/${world.cluster.slug}/moderators`, world.users.admin.cookie, {
        email: 'not-an-address',
      }),
      lang,
      'moderator invitation',
    );
  });

  it('an organization profile: a website without https, a TRL range backwards, a capability that is none', async () => {
    const founder = await registerUser('clinician', {
      organization: { name: `Klinikum ${lang} ${crypto.randomUUID()}`, kind: 'hospital', country: 'DE' },
    });
    const { id } = (await must(api('/api/v1/me', { token: founder.token }))).body.organization;
    const html = await post(lang, `/organizations/${id}/edit`, founder.cookie, {
      kind: 'hospital',
      website: 'http://klinikum.example',
      trl_min: '7',
      trl_max: '3',
      'facets.capability': '!!!',
    });
    expectReadableMessages(html, lang, 'organization profile');
  });
});
