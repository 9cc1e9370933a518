import { env } from 'cloudflare:test';
import { signLink } from '../../../../worker/domain/links';
import { createWorld, registerUser, type TestUser, type World } from '../../../helpers/actors';
import { createCall, publishedCall } from '../../../helpers/calls';
import { createDraft } from '../../../helpers/challenges';
import { freshCooperation } from '../../../helpers/cooperations';
import { invitationToken } from '../../../helpers/evaluation';
import { accept, createEvent, registerFor, requestMeeting } from '../../../helpers/events';
import { freshQuestion, freshReport, sharedOpen } from '../../../helpers/fixtures';
import { api } from '../../../helpers/http';
import { freshEvaluationWithJury, freshOpenWithSolution } from '../../../helpers/solution-fixtures';

/** Ids and link tokens a path parameter or field takes, by name (`id:<area>` for the ids of one kind). */
export type Pools = Record<string, string[]>;

/** What the page form fuzzer works on: a world, a spare account for the forms that end sessions, the pools. */
export interface FuzzWorld {
  world: World;
  /** Replaced after a form that ends its sessions or changes its credentials. */
  spare: TestUser;
  pools: Pools;
}

/** A world with one of everything a page form acts on: challenges in each state, a cooperation, calls, an event… */
export async function fuzzWorld(): Promise<FuzzWorld> {
  const world = await createWorld();
  const spare = await registerUser('clinician');
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
  const key = await api('/api/v1/me/api-keys', {
    token: world.users.solver.token,
    body: { name: 'Fuzz', scopes: ['challenges:read'] },
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
  const pools: Pools = {
    id: [open, draft, evaluation.challenge, evaluation.solution, drafted.solution, report, saved.body?.id].filter(
      Boolean,
    ),
    'id:challenges': [open, draft, evaluation.challenge, drafted.challenge],
    'id:solutions': [evaluation.solution, drafted.solution],
    'id:me/saved-searches': [saved.body?.id].filter(Boolean),
    'id:me/api-keys': [key.body?.id].filter(Boolean),
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
  return { world, spare, pools };
}
