import { Hono } from 'hono';
import { challengeAffordances } from '../../../worker/access/challenges';
import { loadEvaluationReport } from '../../../worker/access/evaluation';
import type { AppEnv } from '../../../worker/env';
import { pageContext } from '../../page';
import { ReportPage } from '../../pages/evaluation/report';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** The printable evaluation report: for those who manage the jury, once in evaluation or decided. */
export const reportPages = new Hono<AppEnv>().get(`/challenges/${ID}/evaluation-report`, signedIn, async (c) => {
  const { challenge, jury, report } = await loadEvaluationReport(c.var.db, c.var.user, c.req.param('id'));
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
