import { z } from '@hono/zod-openapi';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { LANGUAGES, REGISTRABLE_KINDS } from '../../db/enums';
import { organizations, users } from '../../db/schema';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('Enter a valid email address, e.g. name@clinic.example.'))
  .openapi({ example: 'dr.weber@uk-nordhafen.example' });

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const OrganizationInputSchema = createInsertSchema(organizations, {
  name: (s) => s.trim().min(2).max(200),
  country: () =>
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code, e.g. DE, IT or RO.'),
})
  .pick({ name: true, kind: true, country: true, size: true })
  .strict()
  .openapi('OrganizationInput');

export const RegisterInputSchema = z
  .object({
    email: EmailSchema,
    password,
    name: z.string().trim().min(2).max(120).openapi({ example: 'Dr. Anna Weber' }),
    kind: z.enum(REGISTRABLE_KINDS, 'Choose clinician or solver.'),
    organization: OrganizationInputSchema.optional(),
    language: z
      .enum(LANGUAGES)
      .optional()
      .openapi({ description: 'The language of the emails Bedside sends this account; English when left out.' }),
  })
  .strict()
  .openapi('RegisterInput');
export type RegisterInput = z.output<typeof RegisterInputSchema>;

export const LoginInputSchema = z
  .object({ email: EmailSchema, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) })
  .strict()
  .openapi('LoginInput');

export const OrganizationSchema = createSelectSchema(organizations)
  .pick({ id: true, name: true, kind: true, country: true, size: true })
  .openapi('Organization');

export const UserSchema = createSelectSchema(users)
  .pick({ id: true, email: true, name: true, kind: true, is_admin: true, created_at: true, time_zone: true })
  .extend({
    organization: OrganizationSchema.nullable(),
    email_confirmed: z.boolean().openapi({
      description:
        'Until the address is confirmed, the account reads but does not post, submit, ask, endorse or judge.',
    }),
    language: z.enum(LANGUAGES).nullable().openapi({ description: 'The language of its emails.' }),
  })
  .openapi('User');
export type User = z.output<typeof UserSchema>;

export const SessionSchema = z
  .object({
    token: z.string().openapi({ description: 'ES256 access token; send as `Authorization: Bearer <token>`.' }),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().openapi({ description: 'Seconds until the token expires.', example: 900 }),
    user: UserSchema,
  })
  .openapi('Session');

export const MeSchema = z
  .object({
    user: UserSchema,
    organization: OrganizationSchema.nullable(),
    pending_organization: z.object({ id: z.string(), name: z.string() }).nullable().openapi({
      description:
        'The organization this account claims to belong to, waiting for its administrators, a moderator of its cluster or an admin to confirm (one at a time); until then the account is shown without it.',
    }),
    clusters: z.array(z.object({ slug: z.string(), name: z.string(), role: z.enum(['moderator', 'member']) })),
    roles: z
      .array(z.enum(['clinician', 'solver', 'staff', 'evaluator', 'moderator', 'admin']))
      .openapi({ description: 'Everything this account may act as.' }),
  })
  .openapi('Me');
export type Me = z.output<typeof MeSchema>;

/** A link's token, as the emailed link carries it in `?token=`. */
const token = z
  .string()
  .trim()
  .min(10)
  .max(200)
  .openapi({ description: 'The `token` of the link in the email.', example: '0190c1b2-….hX9…' });

export const TokenInputSchema = z.object({ token }).strict().openapi('LinkToken');

export const PasswordResetRequestSchema = z.object({ email: EmailSchema }).strict().openapi('PasswordResetRequest');

export const PasswordResetSchema = z.object({ token, password }).strict().openapi('PasswordReset');

export const PasswordChangeSchema = z
  .object({ current_password: z.string().min(1).max(PASSWORD_MAX_LENGTH), password })
  .strict()
  .openapi('PasswordChange');

export const EmailChangeSchema = z
  .object({ email: EmailSchema, current_password: z.string().min(1).max(PASSWORD_MAX_LENGTH) })
  .strict()
  .openapi('EmailChange');

export const AcceptedSchema = z
  .object({ status: z.literal('sent'), detail: z.string() })
  .openapi('Accepted', { description: 'The request was taken; an email follows where one is due.' });
