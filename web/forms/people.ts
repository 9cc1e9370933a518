import { tagWords } from '../../worker/domain/challenges/challenge.schema';
import type { Profile } from '../../worker/domain/people/profile';
import { ProfilePatchSchema } from '../../worker/domain/people/profile.schema';
import { checkbox, text } from '../pipeline/decoders';
import { defineForm, type FormValues } from '../pipeline/forms';
import { tagsFrom } from './challenges';

/**
 * The languages offered on the profile form: the EU's official ones and those most spoken beside
 * them in the clusters' regions (ISO 639-1). The API takes any language's code.
 */
export const PROFILE_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'ar',
  'no',
  'ru',
  'sq',
  'sr',
  'tr',
  'uk',
] as const;

/** The profile form: the languages as boxes posting their codes under one name, expertise typed as words. */
export const profileForm = defineForm({
  schema: ProfilePatchSchema,
  decode: (values) => ({
    // Left out when the page did not offer it (an unconfirmed address): the profile stays private.
    ...('public' in values || values.offered_public === 'yes' ? { public: checkbox(values.public) } : {}),
    headline: text(values.headline) ?? '',
    bio: text(values.bio) ?? '',
    expertise: tagsFrom(values.expertise),
    languages: (values.languages ?? '').split('\n').filter(Boolean),
    juror: checkbox(values.juror),
    mentor: checkbox(values.mentor),
  }),
  labels: ({ t }) => ({
    public: t('profile.field.public'),
    headline: t('profile.field.headline'),
    bio: t('profile.field.bio'),
    expertise: t('profile.field.expertise'),
    languages: t('profile.field.languages'),
    juror: t('profile.field.juror'),
    mentor: t('profile.field.mentor'),
  }),
  collapse: ['expertise', 'languages'],
  messages: ({ t }) => ({
    expertise: t('profile.error.expertise'),
    languages: t('profile.error.languages'),
  }),
});

/** Form values from a saved profile: expertise shown as the words it was made from. */
export function profileValues(profile: Profile): FormValues {
  return {
    ...(profile.public ? { public: 'on' } : {}),
    headline: profile.headline,
    bio: profile.bio,
    expertise: profile.expertise.map(tagWords).join(', '),
    languages: profile.languages.join('\n'),
    ...(profile.juror ? { juror: 'on' } : {}),
    ...(profile.mentor ? { mentor: 'on' } : {}),
  };
}
