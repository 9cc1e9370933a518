import { uuidv7 } from 'uuidv7';
import type * as t from '../db/schema';
import { excerpt } from '../domain/challenges/questions';
import { DEFAULT_CHANNELS, type NotificationKind } from '../domain/notifications/kinds';
import type { DemoChallenge, DemoWorld } from './types';

type NotificationRow = typeof t.notifications.$inferInsert;

/** Ids the seeder gave the demo world's keys. */
export interface DemoIds {
  user(key: string): string;
  challenge(key: string): string;
  solution(key: string): string;
  question(challengeKey: string, index: number): string;
}

/** Lines older than this many days are shown as read: a demo inbox has some news, not a backlog. */
const READ_AFTER_DAYS = 7;

/**
 * The inbox lines the demo world's history would have written, so every demo account opens
 * Bedside to something: owners hear of reviews, questions and solutions; moderators of
 * submissions and reports; solvers of answers and results. Params are the ones the domain writes
 * (see domain/notifications), so the lines read exactly like live ones.
 */
export function demoInbox(world: DemoWorld, ids: DemoIds, at: (days: number) => string): NotificationRow[] {
  const rows: NotificationRow[] = [];
  const moderatorsOf = (cluster: string) =>
    world.users.filter((u) => u.moderates === 'all' || u.moderates?.includes(cluster)).map((u) => u.key);
  const line = (
    userKey: string,
    kind: NotificationKind,
    challenge: DemoChallenge,
    daysAgo: number,
    params: Record<string, string | number | null> = {},
    stillWaiting = false,
  ) => {
    daysAgo = Math.max(0.05, daysAgo);
    const digest = DEFAULT_CHANNELS[kind];
    // What still waits for the person stays unread, however old.
    const old = daysAgo > READ_AFTER_DAYS && !stillWaiting;
    rows.push({
      id: '',
      user_id: ids.user(userKey),
      event_id: uuidv7(),
      kind,
      challenge_id: ids.challenge(challenge.key),
      params: { title: challenge.fields.title, ...params },
      read_at: old ? at(-daysAgo + 1) : null,
      digest: digest === 'daily' || digest === 'weekly' ? digest : null,
      digested_at: digest === 'daily' || digest === 'weekly' ? (daysAgo > 1 ? at(-daysAgo + 1) : null) : null,
      created_at: at(-daysAgo),
    });
  };

  for (const c of world.challenges) {
    const created = c.createdDaysAgo;
    const cluster = world.clusters.find((k) => k.slug === c.cluster)?.name ?? c.cluster;
    if (c.status === 'in_review') {
      for (const moderator of moderatorsOf(c.cluster)) {
        line(moderator, 'challenge_submitted', c, created - 1, { cluster }, true);
      }
    }
    if (c.status === 'changes_requested') {
      line(c.owner, 'changes_requested', c, created - 2, { cluster, note: c.moderatorNote ?? null }, true);
    }
    if (c.status === 'rejected')
      line(c.owner, 'challenge_rejected', c, created - 2, { cluster, note: c.moderatorNote ?? null });
    if (['open', 'evaluation', 'decided', 'archived'].includes(c.status)) {
      line(c.owner, 'challenge_approved', c, created - 3, { cluster });
    }
    c.questions?.forEach((q, index) => {
      const question_id = ids.question(c.key, index);
      const question = excerpt(q.body);
      line(c.owner, 'question_asked', c, created - 4, { question, question_id });
      if (q.answer) line(q.author, 'question_answered', c, q.answeredDaysAgo ?? created - 6, { question, question_id });
    });
    for (const s of c.solutions ?? []) {
      if (s.status === 'draft') continue;
      line(c.owner, 'solution_submitted', c, s.submittedDaysAgo ?? 1, {
        solution_title: s.fields.title,
        solution_id: ids.solution(s.key),
      });
      if (c.status === 'decided' || c.status === 'archived') {
        // When the seeder dates the decision (seed.ts `decided_at`).
        line(s.submitter, 'results_published', c, Math.max(1, -(c.deadlineInDays + 7)), { outcome: s.status });
      }
    }
  }
  for (const r of world.reports) {
    const challenge = world.challenges.find((c) =>
      r.entityType === 'solution' ? c.solutions?.some((s) => s.key === r.entity) : c.key === r.entity.split('#')[0],
    );
    if (!challenge) continue;
    for (const moderator of moderatorsOf(challenge.cluster)) {
      line(moderator, 'report_filed', challenge, 2, { entity_type: r.entityType });
    }
  }
  // The inbox reads newest first by id: ids are handed out in the order the lines happened.
  rows.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
  for (const row of rows) row.id = uuidv7();
  return rows;
}

/** Each person's unread tally, as the notification writes keep it. */
export function unreadCounts(rows: NotificationRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) if (!row.read_at) counts.set(row.user_id, (counts.get(row.user_id) ?? 0) + 1);
  return counts;
}
