import { PROBLEMS, type ProblemCode } from '../../../worker/http/problem';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

/** Human-readable targets for the `type` URIs of problem documents. */
export function ProblemsPage({ page }: { page: PageContext }) {
  const { t } = page.tr;
  return (
    <Layout page={page} title={t('problems.title')} preview={{ description: t('discovery.problems') }}>
      <h1>{t('problems.title')}</h1>
      <p>{t('problems.intro')}</p>
      <dl class="problems">
        {(Object.keys(PROBLEMS) as ProblemCode[]).map((code) => (
          <>
            <dt id={code}>
              <code>/problems/{code}</code> — {PROBLEMS[code].status} {PROBLEMS[code].title}
            </dt>
            <dd>{PROBLEMS[code].help}</dd>
          </>
        ))}
      </dl>
    </Layout>
  );
}
