import { lt } from 'drizzle-orm';
import { createDb } from './db/client';
import { sessions } from './db/schema';
import { startDueEvaluations } from './domain/challenges/transition';
import { deleteExpiredWindows } from './domain/rate-limit';
import type { Bindings } from './env';

/**
 * The Cron Trigger (wrangler.toml): open challenges whose deadline passed move to evaluation,
 * and expired sessions and rate-limit windows are deleted.
 */
export async function runScheduled(env: Bindings, now: Date): Promise<{ evaluations_started: number }> {
  const db = createDb(env.DB);
  const started = await startDueEvaluations(db, now);
  await db.batch([deleteExpiredWindows(db), db.delete(sessions).where(lt(sessions.expires_at, now.toISOString()))]);
  console.info(
    JSON.stringify({ level: 'info', job: 'scheduled', at: now.toISOString(), evaluations_started: started }),
  );
  return { evaluations_started: started };
}

export const scheduled: ExportedHandlerScheduledHandler<Bindings> = (controller, env, ctx) => {
  ctx.waitUntil(runScheduled(env, new Date(controller.scheduledTime)));
};
