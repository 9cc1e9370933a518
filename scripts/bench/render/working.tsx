import type { ChallengeHeading } from '../../../web/pages/challenges/nav';
import { AuditPage } from '../../../web/pages/moderation/audit';
import { ChallengeSolutionsPage } from '../../../web/pages/solutions/list';
import type { ChallengePages } from '../../../worker/access/challenges';
import { DEFAULT_CRITERIA } from '../../../worker/domain/challenges/challenge.schema';
import type { JudgingVolume } from './evaluation';
import type { RenderCase } from './measure';
import { at, id, organization, pageContext, person, prose, title } from './world';

const CHALLENGE = id(3, 1);
const challenge: ChallengeHeading = {
  id: CHALLENGE,
  title: 'Liquid biopsy for minimal residual disease in colorectal cancer',
  language: 'en',
  status: 'evaluation',
};
const links: ChallengePages = { solutions: true, jury: true, ranking: true, audit: true, report: true, matches: true };

export function solutionsPage(v: JudgingVolume): RenderCase {
  const items = Array.from({ length: Math.min(50, v.solutions) }, (_, i) => ({
    id: id(1, i),
    status: 'submitted' as const,
    title: title(i),
    organization: organization(i),
    blind: false,
    trl: 1 + (i % 9),
    summary: prose(i, 12),
    submitted_at: at(-i),
    mine: false,
    my_conflict: null,
    my_scored: false,
  }));
  const page = pageContext(`/challenges/${CHALLENGE}/solutions`);
  return {
    name: 'solutions page (moderator)',
    volume: `50 of ${v.solutions} solutions`,
    element: () => (
      <ChallengeSolutionsPage
        page={page}
        challenge={challenge}
        links={links}
        items={items}
        nextHref={`/challenges/${CHALLENGE}/solutions?cursor=abc`}
        work={null}
      />
    ),
  };
}

export function auditPage(): RenderCase {
  // A page of the trail (50 entries) of the judged challenge: the jury's scores, as seeded.
  const entries = Array.from({ length: 50 }, (_, i) => ({
    id: id(8, 1000 - i),
    action: 'evaluation.score',
    entity_type: 'solution' as const,
    entity_id: id(1, i),
    cluster: 'cluster-0',
    actor_id: id(2, i % 20),
    actor_name: person(i % 20),
    before:
      i % 4 === 0 ? { scores: Object.fromEntries(DEFAULT_CRITERIA.map((c, n) => [c.key, 1 + ((i + n) % 5)])) } : null,
    after: { scores: Object.fromEntries(DEFAULT_CRITERIA.map((c, n) => [c.key, 1 + ((i + n + 1) % 5)])) },
    created_at: at(0, 1000 - i),
    purged_fields: null,
    purged_at: null,
    purged_by: null,
    solution_title: title(i),
    subject_name: null,
    purge_href: `/audit/${id(8, 1000 - i)}/purge`,
  }));
  const criteria = Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.key, c.label]));
  const page = pageContext(`/challenges/${CHALLENGE}/audit`);
  return {
    name: 'audit trail page (moderator)',
    volume: '50 score entries',
    element: () => (
      <AuditPage
        page={page}
        challenge={challenge}
        links={links}
        entries={entries}
        criteria={criteria}
        olderHref={`/challenges/${CHALLENGE}/audit?before=x`}
      />
    ),
  };
}
