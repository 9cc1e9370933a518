import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import worker from '../../worker/index';

/** Runs the Worker's Cron Trigger handler as the platform would at `scheduledTime`, and waits for its work. */
export async function runCron(scheduledTime = new Date()) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime, cron: '*/10 * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}
