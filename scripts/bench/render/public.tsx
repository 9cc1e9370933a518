import { CallPage } from '../../../web/pages/calls/call';
import { ChallengeBrowserPage } from '../../../web/pages/challenges/browse';
import { ClusterPage } from '../../../web/pages/clusters/cluster';
import { HomePage } from '../../../web/pages/public/home';
import { emptyForm } from '../../../web/pipeline/forms';
import { toCallRecord } from '../../../worker/domain/calls/read';
import type { ChallengeSummary } from '../../../worker/domain/challenges/challenge.view';
import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import type { RenderCase } from './measure';
import { at, cycle, id, organization, pageContext, prose, title } from './world';

const CHALLENGE = 5;

export const cluster = (n: number): Cluster => ({
  id: id(6, n),
  slug: `cluster-${n}`,
  name: cycle(['BioRN', 'Medicon Valley', 'Lombardy Life Sciences', 'Cluj Health'], n),
  region: 'Rhine-Neckar',
  country: 'DE',
  description: prose(n, 40),
  website: 'https://cluster.example',
  challenge_count: 2_500,
  open_challenge_count: 900,
});

/** A catalogue card: a challenge as the list reads it, summary of the seeded length. */
export const summary = (n: number): ChallengeSummary => ({
  id: id(CHALLENGE, n),
  status: 'open',
  cluster: { slug: `cluster-${n % 4}`, name: cluster(n % 4).name },
  organization: { name: organization(n), kind: 'hospital', country: 'DE' },
  tags: ['imaging', 'oncology', 'ai'],
  endorsement_count: n % 7,
  created_at: at(-30 - n),
  published_at: at(-29 - n),
  title: title(n),
  summary: prose(n, 45),
  indication: 'Non-small cell lung cancer',
  care_pathway_step: 'diagnosis',
  trl_min: 3,
  trl_max: 7,
  deadline: at(30 + n),
  language: cycle(['en', 'de', 'it', 'ro'] as const, n),
  visibility: 'public',
  reward_kind: 'pilot',
  stages: { current: 1, count: 2 },
});

const anonymous = (path: string) => pageContext(path, null);

export function cataloguePage(): RenderCase {
  // One page of the catalogue (DEFAULT_PAGE_SIZE cards) with a search and two filters set.
  const results = Array.from({ length: 20 }, (_, n) => summary(n));
  const clusters = Array.from({ length: 4 }, (_, n) => ({ slug: cluster(n).slug, name: cluster(n).name }));
  const page = anonymous('/challenges');
  return {
    name: 'catalogue page (anonymous)',
    volume: '20 cards, a search and filters',
    element: () => (
      <ChallengeBrowserPage
        page={page}
        form={emptyForm({ q: 'patients', status: 'open', trl: '5' })}
        clusters={clusters}
        results={results}
        nextHref="/challenges?q=patients&cursor=abc"
      />
    ),
  };
}

export function homePage(): RenderCase {
  const clusters = Array.from({ length: 4 }, (_, n) => cluster(n));
  const teasers = Array.from({ length: 6 }, (_, n) => ({
    id: id(CHALLENGE, n),
    title: title(n),
    summary: prose(n, 45),
    deadline: at(30 + n),
    language: 'en',
    cluster_name: cluster(n % 4).name,
  }));
  const page = anonymous('/');
  return {
    name: 'home page (anonymous)',
    volume: '4 clusters, 6 open challenges',
    element: () => <HomePage page={page} clusters={clusters} openChallenges={teasers} />,
  };
}

export function clusterPage(): RenderCase {
  const shown = cluster(0);
  const challenges = Array.from({ length: 20 }, (_, n) => summary(n));
  const page = anonymous(`/clusters/${shown.slug}`);
  return {
    name: 'cluster page (anonymous)',
    volume: '20 challenges',
    element: () => <ClusterPage page={page} cluster={shown} challenges={challenges} />,
  };
}

export function callPage(): RenderCase {
  const call = toCallRecord([
    [
      {
        id: id(7, 1),
        status: 'published',
        version: 3,
        title: 'Precision oncology pilots 2027',
        language: 'en',
        opens_at: at(-10),
        closes_at: at(60),
        published_at: at(-12),
        clusters_json: JSON.stringify(
          [0, 1, 2].map((n) => ({ id: cluster(n).id, slug: cluster(n).slug, name: cluster(n).name, lead: n === 0 })),
        ),
        description: prose(1, 200),
        moderator_note: null,
        hidden_at: null,
        created_by: id(2, 1),
        creator_clusters_json: JSON.stringify([cluster(0).id]),
        editors_json: '[]',
        created_at: at(-20),
        updated_at: at(-12),
      },
    ],
    [
      { rule: 'trl', params: { min: 4, max: 7 } },
      { rule: 'organization_kinds', params: { kinds: ['sme', 'startup'] } },
      { rule: 'countries', params: { countries: ['DE', 'IT', 'RO', 'AT'] } },
    ],
    [
      { kind: 'money', amount_minor: 5_000_000, currency: 'EUR', details: 'Up to 50 000 € per pilot.' },
      { kind: 'pilot', amount_minor: null, currency: null, details: 'A pilot in two university hospitals.' },
      { kind: 'mentoring', amount_minor: null, currency: null, details: 'Regulatory mentoring.' },
    ],
  ]);
  if (!call) throw new Error('no call');
  const challenges = Array.from({ length: 20 }, (_, n) => summary(n));
  const page = anonymous(`/calls/${call.id}`);
  return {
    name: 'call page (anonymous)',
    volume: '3 clusters, 3 rules, 3 benefits, 20 challenges',
    element: () => <CallPage page={page} call={call} challenges={challenges} />,
  };
}
