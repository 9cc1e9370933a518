import { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '../../db/enums';
import { notificationPreferences, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { DomainError } from '../errors';
import { isTimeZone, nextDigestAt } from './digest-time';
import { ALWAYS_EMAILED, DEFAULT_CHANNELS, type NotificationChannel, type NotificationKind } from './kinds';

export const PreferencesSchema = z
  .object({
    channels: z
      .record(z.enum(NOTIFICATION_KINDS), z.enum(NOTIFICATION_CHANNELS))
      .openapi({ description: 'Per kind: off (only in Bedside), instant (email at once), daily or weekly digest.' }),
    time_zone: z
      .string()
      .openapi({ description: 'IANA time zone; digests arrive at 07:00 there.', example: 'Europe/Berlin' }),
  })
  .openapi('NotificationPreferences');

export const PreferencesInputSchema = z
  .object({
    channels: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.enum(NOTIFICATION_CHANNELS)).optional(),
    time_zone: z
      .string()
      .max(60)
      .refine(isTimeZone, 'Use an IANA time zone such as Europe/Berlin or Europe/Bucharest.')
      .optional(),
  })
  .strict()
  .openapi('NotificationPreferencesInput');

export type Preferences = z.output<typeof PreferencesSchema>;

/** Every kind with the person's choice, or the default where they made none; and their time zone. */
export async function readPreferences(db: Database, userId: string): Promise<Preferences> {
  const [rows, user] = await db.batch([
    db
      .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.user_id, userId)),
    db.select({ time_zone: users.time_zone }).from(users).where(eq(users.id, userId)),
  ]);
  const channels = { ...DEFAULT_CHANNELS };
  for (const row of rows) channels[row.kind] = row.channel;
  for (const kind of ALWAYS_EMAILED) channels[kind] = DEFAULT_CHANNELS[kind];
  return { channels, time_zone: user[0]?.time_zone ?? 'Europe/Berlin' };
}

/** Saves the choices given (others stay); a new time zone moves the next digest to that morning. */
export async function savePreferences(
  db: Database,
  actor: SignedIn,
  input: { channels?: Partial<Record<NotificationKind, NotificationChannel>>; time_zone?: string },
): Promise<Preferences> {
  const entries = Object.entries(input.channels ?? {}) as [NotificationKind, NotificationChannel][];
  const fixed = entries.find(([kind]) => ALWAYS_EMAILED.includes(kind));
  if (fixed) {
    throw new DomainError(
      'validation_failed',
      'Invitations are always emailed: the email carries the link to accept.',
      {
        errors: [{ path: `channels.${fixed[0]}`, message: 'Always emailed; cannot be changed.' }],
      },
    );
  }
  await runBatch(db, [
    ...entries.map(([kind, channel]) =>
      db
        .insert(notificationPreferences)
        .values({ user_id: actor.id, kind, channel })
        .onConflictDoUpdate({
          target: [notificationPreferences.user_id, notificationPreferences.kind],
          set: { channel: sql`excluded.channel` },
        }),
    ),
    ...(input.time_zone
      ? [
          db
            .update(users)
            .set({ time_zone: input.time_zone, digest_next_at: nextDigestAt(input.time_zone) })
            .where(eq(users.id, actor.id)),
        ]
      : []),
  ]);
  return readPreferences(db, actor.id);
}

/** One-click unsubscribe: a kind (or every digest) off by email, without signing in. */
export async function unsubscribe(db: Database, userId: string, scope: NotificationKind | 'digest') {
  const kinds =
    scope === 'digest'
      ? (await readPreferences(db, userId)).channels
      : ({ [scope]: DEFAULT_CHANNELS[scope] } as Partial<Record<NotificationKind, NotificationChannel>>);
  const off = (Object.keys(kinds) as NotificationKind[]).filter(
    (kind) =>
      !ALWAYS_EMAILED.includes(kind) && (scope !== 'digest' || kinds[kind] === 'daily' || kinds[kind] === 'weekly'),
  );
  await runBatch(
    db,
    off.map((kind) =>
      db
        .insert(notificationPreferences)
        .values({ user_id: userId, kind, channel: 'off' })
        .onConflictDoUpdate({
          target: [notificationPreferences.user_id, notificationPreferences.kind],
          set: { channel: 'off' },
        }),
    ),
  );
  return off;
}
