import { z } from '@hono/zod-openapi';
import { TagsSchema } from '../challenges/challenge.schema';
import { PageQuerySchema, pageOf } from '../paging';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Whether two lower-case letters name a language (ISO 639-1, as `Intl` knows them). Anything else
 * is not asked: `Intl.DisplayNames.of` throws on what is not a language subtag at all ('', '1x').
 */
const namesLanguage = (code: string) => /^[a-z]{2}$/.test(code) && LANGUAGE_NAMES.of(code) !== undefined;

/** A two-letter code as `Intl` spells it today (`iw` → `he`), so a filter finds whoever typed the old one. */
const canonical = (code: string) => {
  if (!/^[a-z]{2}$/.test(code)) return code;
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
};

/** A language a person works in: ISO 639-1, two lower-case letters that name a language. */
export const LanguageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform(canonical)
  .refine(namesLanguage, 'Use the two-letter ISO 639-1 code of a language, e.g. de for German or it for Italian.');

const Languages = z
  .array(LanguageCodeSchema)
  .max(10)
  .transform((codes) => [...new Set(codes)])
  .openapi({ description: 'ISO 639-1 codes of the languages they work in (at most 10).', example: ['de', 'en'] });

/**
 * Text shown to everyone, without what could disguise it: control characters (a headline is one
 * line; a bio keeps its line breaks) and format characters such as bidirectional overrides.
 */
const shown = (keepLines: boolean) => (text: string) =>
  (keepLines
    ? text.replace(/[^\P{Cc}\n\t]|\p{Cf}/gu, '')
    : text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '')
  ).trim();
const Headline = z.string().transform(shown(false)).pipe(z.string().max(140));
const Bio = z.string().transform(shown(true)).pipe(z.string().max(1500));

/** One's own profile, as they read and edit it. */
export const ProfileSchema = z
  .object({
    public: z.boolean().openapi({ description: 'Listed in the people directory for everyone. Off until they say so.' }),
    headline: z.string().openapi({ example: 'Molecular pathologist, liquid biopsy in lung cancer' }),
    bio: z.string(),
    expertise: z.array(z.string()).openapi({ example: ['liquid-biopsy', 'oncology'] }),
    languages: z.array(z.string()).openapi({ example: ['de', 'en'] }),
    juror: z.boolean().openapi({ description: 'Available to sit on juries.' }),
    mentor: z.boolean().openapi({ description: 'Available to mentor start-ups.' }),
    updated_at: z.string().nullable().openapi({ description: 'Null until they first save it.' }),
  })
  .openapi('ExpertProfile');

/** What they change; a field left out stays as it is. */
export const ProfilePatchSchema = z
  .object({
    public: z.boolean().optional(),
    headline: Headline.optional(),
    bio: Bio.optional(),
    expertise: TagsSchema.optional(),
    languages: Languages.optional(),
    juror: z.boolean().optional(),
    mentor: z.boolean().optional(),
  })
  .strict()
  .openapi('ExpertProfilePatch');
export type ProfilePatch = z.output<typeof ProfilePatchSchema>;

/**
 * A person in the directory: what they chose to show, never an address. Their organization only
 * once it confirmed them (a name typed at registration is a claim) and is itself verified (anyone
 * may found an organization of any name): null otherwise.
 */
export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    headline: z.string(),
    bio: z.string(),
    expertise: z.array(z.string()),
    languages: z.array(z.string()),
    juror: z.boolean(),
    mentor: z.boolean(),
    organization: z
      .object({
        id: z.string(),
        name: z.string(),
        listed: z.boolean().openapi({ description: 'Its profile is in the partner directory.' }),
      })
      .nullable(),
  })
  .openapi('Person');
export type Person = z.output<typeof PersonSchema>;

const flag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

export const PeopleQuerySchema = PageQuerySchema.extend({
  expertise: z
    .string()
    .trim()
    .toLowerCase()
    .max(40)
    .optional()
    .openapi({ description: 'Only people with this area of expertise (a tag, e.g. liquid-biopsy).' }),
  language: LanguageCodeSchema.optional().openapi({ description: 'Only people who work in this language.' }),
  juror: flag.openapi({ description: '`true`: only people available as jurors.' }),
  mentor: flag.openapi({ description: '`true`: only people available as mentors.' }),
});
export type PeopleQuery = z.output<typeof PeopleQuerySchema>;

export const PeoplePageSchema = pageOf(PersonSchema).openapi('PeoplePage');
