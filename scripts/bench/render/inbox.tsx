import { describeNotification } from '../../../web/notifications/describe';
import { InboxPage } from '../../../web/pages/notifications/inbox';
import type { NotificationKind } from '../../../worker/domain/notifications/kinds';
import type { RenderCase } from './measure';
import { at, cycle, id, pageContext, person, title } from './world';

/** A page of the inbox (DEFAULT_PAGE_SIZE lines) of varied kinds, described as the route does, in the clock. */
export function inboxPage(): RenderCase {
  const rows = Array.from({ length: 20 }, (_, n) => ({
    id: id(13, 100 - n),
    kind: cycle<NotificationKind>(['question_asked', 'solution_submitted', 'invitation', 'scoring_reminder'], n),
    challenge_id: id(5, n),
    params: {
      title: title(n),
      question: 'Can the model run on our PACS without sending images out?',
      question_id: id(9, n),
      solution_id: id(1, n),
      solution: title(n + 1),
      inviter: person(n),
      seat: 'jury',
      deadline: at(10),
    },
    read_at: n < 3 ? null : at(-n),
    created_at: at(-n),
  }));
  const page = pageContext('/me/notifications');
  return {
    name: 'inbox (signed in)',
    volume: '20 lines of 4 kinds',
    element: () => (
      <InboxPage
        page={page}
        lines={rows.map((r) => ({
          ...describeNotification(page.tr, r.kind, r.params, r.challenge_id),
          id: r.id,
          unread: r.read_at === null,
          created_at: r.created_at,
        }))}
        unread={3}
        here="/me/notifications"
        nextHref="/me/notifications?cursor=abc"
      />
    ),
  };
}
