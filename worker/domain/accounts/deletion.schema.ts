import { z } from '@hono/zod-openapi';
import { PASSWORD_MAX_LENGTH } from './password';

/** Deleting one's account: the password again, so a session left open on a ward PC cannot do it. */
export const AccountDeletionSchema = z
  .object({
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH).openapi({ description: 'Your current password.' }),
  })
  .strict()
  .openapi('AccountDeletion');
