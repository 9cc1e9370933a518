import type { Database } from '../db/client';
import { markEnqueued, takeEvents } from '../domain/email/outbox';
import type { Bindings } from '../env';
import type { Job } from './jobs';

/** Events per message: a message is one consumer call, and a call sends this many events' emails. */
const EVENTS_PER_JOB = 20;

/** Puts jobs on the queue. Without a queue binding (never in a deployment) nothing is sent. */
export async function enqueue(env: Bindings, jobs: Job[]): Promise<void> {
  if (!env.JOBS || jobs.length === 0) return;
  for (let i = 0; i < jobs.length; i += 100) {
    await env.JOBS.sendBatch(jobs.slice(i, i + 100).map((body) => ({ body })));
  }
}

/** Delivery jobs for these events, a few per job (each job is one consumer call). */
export function deliveryJobs(events: string[]): Job[] {
  const jobs: Job[] = [];
  for (let i = 0; i < events.length; i += EVENTS_PER_JOB)
    jobs.push({ type: 'deliver', events: events.slice(i, i + EVENTS_PER_JOB) });
  return jobs;
}

/**
 * Hands the emails a batch wrote on `db` to the queue, once that batch committed. If this is
 * lost (the Worker stops first, the queue refuses), the cron sweep finds the rows and tries again.
 */
export async function deliverWritten(env: Bindings, db: Database): Promise<void> {
  const events = takeEvents(db);
  if (events.length === 0) return;
  for (const job of deliveryJobs(events)) {
    await enqueue(env, [job]);
    if (job.type === 'deliver') await markEnqueued(db, job.events);
  }
}
