import { tagWords } from '../../worker/domain/challenges/challenge.schema';
import { type ManagedOrganization, OrganizationPatchSchema } from '../../worker/domain/organizations/affiliation.view';
import { checkbox, number, text } from '../pipeline/decoders';
import { defineForm, type FormValues } from '../pipeline/forms';
import { tagsFrom } from './challenges';

/** Boxes of one name post their values one per line. */
const boxes = (value: string | undefined) => (value ?? '').split('\n').filter(Boolean);

/**
 * An organization's profile (issue 16): its fields named by the API's paths, so each message lands
 * on its field; capabilities typed as words, the other facets as boxes; every field sent, so an
 * emptied one is cleared.
 */
export const organizationForm = defineForm({
  schema: OrganizationPatchSchema,
  decode: (values) => {
    const trlMin = number(values.trl_min);
    const trlMax = number(values.trl_max);
    return {
      kind: values.kind,
      region: text(values.region) ?? null,
      website: text(values.website) ?? null,
      description: text(values.description) ?? null,
      trl_min: trlMin ?? null,
      trl_max: trlMax ?? null,
      facets: {
        capability: tagsFrom(values['facets.capability']),
        pathway: boxes(values['facets.pathway']),
        regulatory: boxes(values['facets.regulatory']),
        offers: boxes(values['facets.offers']),
        seeks: boxes(values['facets.seeks']),
      },
      listed: checkbox(values.listed),
      // The version the page was loaded at: a save by someone else since is refused, not overwritten.
      version: number(values.version),
    };
  },
  labels: ({ t }) => ({
    kind: t('organization.kind'),
    region: t('organization.region'),
    website: t('organization.website'),
    description: t('affiliation.edit.description'),
    trl_min: t('affiliation.edit.trl_min'),
    trl_max: t('affiliation.edit.trl_max'),
    'facets.capability': t('organization.capabilities'),
    'facets.pathway': t('organization.pathway'),
    'facets.regulatory': t('organization.regulatory'),
    'facets.offers': t('organization.offers'),
    'facets.seeks': t('organization.seeks'),
    listed: t('affiliation.edit.listed'),
    version: t('form.version'),
  }),
  collapse: ['facets.capability', 'facets.pathway', 'facets.regulatory', 'facets.offers', 'facets.seeks'],
  messages: ({ t }) => ({ 'facets.capability': t('affiliation.edit.capability_error') }),
});

/** The form's values from the organization as saved: capabilities as the words they came from. */
export function organizationValues(o: ManagedOrganization): FormValues {
  return {
    kind: o.kind,
    region: o.region ?? '',
    website: o.website ?? '',
    description: o.description ?? '',
    trl_min: o.trl_min === null ? '' : String(o.trl_min),
    trl_max: o.trl_max === null ? '' : String(o.trl_max),
    'facets.capability': o.facets.capability.map(tagWords).join(', '),
    'facets.pathway': o.facets.pathway.join('\n'),
    'facets.regulatory': o.facets.regulatory.join('\n'),
    'facets.offers': o.facets.offers.join('\n'),
    'facets.seeks': o.facets.seeks.join('\n'),
    // A new profile is offered for the directory; one taken out stays out until ticked again.
    ...(o.listed_at !== null || o.description === null ? { listed: 'on' } : {}),
    version: String(o.version),
  };
}
