import { Hono } from 'hono';
import { challengeAffordances } from '../../../worker/access/challenges';
import { loadEvaluationReport } from '../../../worker/access/report';
import { RANKING_PAGE } from '../../../worker/domain/evaluation/evaluation.view';
import { REPORT_CURSOR } from '../../../worker/domain/evaluation/report.view';
import type { AppEnv } from '../../../worker/env';
import { pageContext } from '../../page';
import { ReportPage } from '../../pages/evaluation/report';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/**
 * The printable evaluation report: for those who manage the jury, once in evaluation or decided.
 * Issue 17: its ranking a page at a time (`?cursor=w50`: after rank 50; anything else is the first).
 */
export const reportPages = new Hono<AppEnv>().get(`/challenges/${ID}/evaluation-report`, signedIn, async (c) => {
  const asked = c.req.query('cursor');
  const cursor = asked && REPORT_CURSOR.test(asked) ? asked : undefined;
  const { challenge, jury, report } = await loadEvaluationReport(c.var.db, c.var.user, c.req.param('id'), undefined, {
    cursor,
    limit: RANKING_PAGE,
  });
  const { row } = challenge;
  const may = challengeAffordances(c.var.user, challenge, jury);
  return renderPage(
    c,
    <ReportPage
      page={pageContext(c)}
      challenge={{ id: row.id, title: row.title, language: row.language, status: row.status }}
      links={may.pages}
      report={report}
    />,
  );
});
