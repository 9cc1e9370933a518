import { PartnerSearchPage } from '../../../web/pages/organizations/search';
import { PeoplePage } from '../../../web/pages/people/directory';
import { emptyForm } from '../../../web/pipeline/forms';
import { PARTNER_OFFERS } from '../../../worker/db/enums';
import type { RenderCase } from './measure';
import { at, cycle, id, organization, pageContext, person, prose } from './world';

export function partnersPage(): RenderCase {
  // A page of the partner directory (20 organizations), a search and two filters ticked.
  const results = Array.from({ length: 20 }, (_, n) => ({
    id: id(11, n),
    name: organization(n),
    kind: cycle(['sme', 'startup', 'hospital', 'university'] as const, n),
    country: cycle(['DE', 'IT', 'RO', 'AT'], n),
    region: 'Lombardia',
    website: 'https://partner.example',
    description: prose(n, 40),
    trl_min: 3,
    trl_max: 7,
    facets: {
      capability: ['liquid-biopsy', 'imaging', 'bioinformatics'],
      pathway: ['diagnosis' as const, 'treatment' as const],
      regulatory: ['IIa' as const, 'C' as const],
      offers: PARTNER_OFFERS.slice(0, 3),
      seeks: PARTNER_OFFERS.slice(2, 4),
    },
    listed_at: at(-n),
  }));
  const page = pageContext('/partners', null);
  return {
    name: 'partner search page (anonymous)',
    volume: '20 organizations, a search and filters',
    element: () => (
      <PartnerSearchPage
        page={page}
        filters={{ single: emptyForm({ q: 'biopsy', country: 'DE' }), kind: ['sme', 'startup'], offers: [], seeks: [] }}
        invalid={[]}
        results={results}
        nextHref="/partners?cursor=abc"
      />
    ),
  };
}

export function peoplePage(): RenderCase {
  const people = Array.from({ length: 20 }, (_, n) => ({
    id: id(12, n),
    name: person(n),
    headline: 'Clinical bioinformatician, liquid biopsy and MRD',
    bio: prose(n, 50),
    expertise: ['oncology', 'liquid-biopsy', 'bioinformatics'],
    languages: ['de', 'en', 'it'],
    juror: n % 2 === 0,
    mentor: n % 3 === 0,
    organization: { id: id(11, n), name: organization(n), listed: n % 2 === 0 },
  }));
  const page = pageContext('/people');
  return {
    name: 'people page (signed in)',
    volume: '20 people, a filter',
    element: () => (
      <PeoplePage
        page={page}
        filters={{ expertise: 'oncology' }}
        people={people}
        next="abc"
        contactable={people.map((p) => p.id)}
      />
    ),
  };
}
