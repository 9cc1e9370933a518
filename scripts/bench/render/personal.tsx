import { MePage } from '../../../web/pages/accounts/me';
import { ConversationPage } from '../../../web/pages/conversations/conversation';
import { emptyForm } from '../../../web/pipeline/forms';
import { CHALLENGE_STATUSES } from '../../../worker/db/enums';
import type { Dashboard } from '../../../worker/domain/accounts/dashboard';
import type { ConversationView } from '../../../worker/domain/conversations/conversation.schema';
import type { RenderCase } from './measure';
import { at, cycle, id, organization, pageContext, person, prose, title } from './world';

/** The most of each list the dashboard reads (DASHBOARD_LIMIT in worker/domain/accounts/dashboard.ts). */
const LISTED = 50;

/**
 * A moderator who also owns challenges, solves and sits on juries, with every list of my page
 * full: 50 challenges, solutions and jury seats, questions and scores waiting, invitations, five
 * clusters in every state, 20 calls and five suggestions.
 */
const busy = (): Dashboard => ({
  suggestions: [],
  challenges: Array.from({ length: LISTED }, (_, n) => ({
    id: id(5, n),
    title: title(n),
    status: cycle(CHALLENGE_STATUSES, n),
    deadline: at(n),
  })),
  solutions: Array.from({ length: LISTED }, (_, n) => ({
    id: id(1, n),
    title: title(n + 3),
    status: cycle(['draft', 'submitted', 'withdrawn'] as const, n),
    challenge_id: id(5, n + 100),
    challenge_title: title(n + 100),
  })),
  jury: Array.from({ length: LISTED }, (_, n) => ({
    id: id(5, n + 200),
    title: title(n + 200),
    status: cycle(['open', 'evaluation', 'decided'] as const, n),
    to_score: 1_000,
    scored: n * 20,
  })),
  needs: {
    questions: Array.from({ length: 10 }, (_, n) => ({ id: id(5, n), title: title(n), waiting: 1 + (n % 4) })),
    toScore: Array.from({ length: 5 }, (_, n) => ({
      id: id(5, n + 200),
      title: title(n + 200),
      evaluation_deadline: at(10 + n),
      to_score: 1_000,
      scored: n * 100,
    })),
    invitations: Array.from({ length: 5 }, (_, n) => ({
      id: id(11, n),
      seat: cycle(['jury', 'team', 'moderator'] as const, n),
      target_id: id(5, n + 300),
      expires_at: at(14 + n),
      inviter: person(n),
      title: title(n + 300),
    })),
    inReview: 12,
    openReports: 4,
  },
  clusters: ['BioRN', 'Life Science Nord', 'Medizin.NRW', 'IMAGO-MOL', 'Clust-ER Health'].map((name, n) => ({
    slug: `cluster-${n}`,
    name,
    counts: Object.fromEntries(CHALLENGE_STATUSES.map((s, k) => [s, 100 * (n + 1) + k])),
  })),
  calls: Array.from({ length: 20 }, (_, n) => ({
    id: id(7, n),
    status: cycle(['draft', 'in_review', 'published', 'closed'] as const, n),
    version: 1,
    title: `Call for pilots in precision medicine ${n + 1}`,
    language: 'en',
    opens_at: at(-n),
    closes_at: at(60 - n),
    published_at: at(-n),
    clusters: [{ id: id(6, n % 5), slug: `cluster-${n % 5}`, name: 'BioRN', lead: true }],
  })),
  affiliation: {
    pending: null,
    administered: [{ id: id(12, 1), name: organization(1), waiting: 3 }],
  },
});

export function myPage(): RenderCase {
  const data = busy();
  const page = pageContext('/me');
  return {
    name: 'my page (moderator, every list full)',
    volume: '50 challenges, solutions and seats, 5 clusters, 20 calls, 5 suggestions',
    element: () => (
      <MePage
        page={page}
        data={data}
        account={{ email: 'moderator@demo.test', emailConfirmed: true, unread: 3 }}
        welcome={false}
        matches={{
          organization: null,
          challenges: Array.from({ length: 5 }, (_, n) => ({
            challenge: { id: id(5, n + 400), title: title(n + 400), deadline: at(20 + n), call_id: id(7, n % 2) },
            score: 90 - n,
            reason: 'oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6',
            matched: {
              capability: ['oncology', 'liquid biopsy'],
              pathway: 'diagnosis',
              regulatory: null,
              trl: { partner: [5, 7], challenge: [4, 7] },
              offers: [],
              seeks: [],
            },
          })),
          calls: [0, 1].map((n) => ({
            call: { id: id(7, n), title: `Call for pilots in precision medicine ${n + 1}`, closes_at: at(60) },
            score: 90,
            reason: 'Its challenges fit: oncology',
            challenge_ids: [id(5, 400 + n)],
          })),
        }}
      />
    ),
  };
}

/** The bench's longest thread (seedConversations: 100 messages), read by one of its two participants. */
export function conversationPage(): RenderCase {
  const me = id(2, 1);
  const other = id(2, 2);
  const conversation: ConversationView = {
    id: id(14, 1),
    subject: 'Pilot of your liquid biopsy assay in our oncology ward',
    about: { kind: 'organization', id: id(12, 1), title: organization(1) },
    created_at: at(-30),
    closed: false,
    taking_part: true,
    blocked_by_me: false,
    reported_by_me: false,
    share_email: false,
    participants: [
      { id: me, name: person(1), email: null },
      { id: other, name: person(2), email: 'anna.keller@example.org' },
    ],
    // Issue 17: the page shows the newest 20 (a page) and links to the earlier ones.
    messages: Array.from({ length: 20 }, (_, k) => {
      const n = 80 + k;
      const mine = n % 2 === 0;
      return {
        id: id(15, n),
        sender: { id: mine ? me : other, name: person(mine ? 1 : 2) },
        mine,
        body: prose(n, 40 + (n % 5) * 20),
        created_at: at(-30 + Math.floor(n / 4), n),
      };
    }),
    next_cursor: 'WyIyMDI2LTExLTIxVDEwOjAwOjAwLjAwMFoiLCJpZCJd',
  };
  const page = pageContext(`/conversations/${conversation.id}`);
  return {
    name: 'conversation page (participant)',
    volume: '100 messages, the newest 20 shown',
    element: () => <ConversationPage page={page} conversation={conversation} form={emptyForm()} mayWrite mayBlock />,
  };
}
