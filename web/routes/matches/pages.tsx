import { Hono } from 'hono';
import { challengePages } from '../../../worker/access/challenges';
import { mayContact } from '../../../worker/access/conversations';
import { loadChallengeMatches } from '../../../worker/access/matches';
import { DEFAULT_MATCHES } from '../../../worker/domain/matches/score';
import type { AppEnv } from '../../../worker/env';
import { pageContext } from '../../page';
import { PartnersPage } from '../../pages/matches/partners';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** Suggested partners of a challenge (issue 16): for its owner and the moderators of its cluster. */
export const matchPages = new Hono<AppEnv>().get(`/challenges/${ID}/partners`, signedIn, async (c) => {
  const actor = c.var.user;
  const page = pageContext(c);
  const { record, matches } = await loadChallengeMatches(
    c.var.db,
    actor,
    c.req.param('id'),
    { limit: DEFAULT_MATCHES },
    page.tr.locale,
  );
  return renderPage(
    c,
    <PartnersPage
      page={page}
      challenge={record.row}
      links={challengePages(actor, record.row, undefined, Boolean(record.has_my_solutions))}
      matches={matches}
      mayContact={mayContact(actor)}
    />,
  );
});
