import { PROBLEMS, type ProblemCode } from '../../worker/http/problem';
import { Layout } from '../components/layout';
import type { Translator } from '../i18n';

/** Human-readable targets for the `type` URIs of problem documents. */
export function ProblemsPage({ tr }: { tr: Translator }) {
  const { t } = tr;
  return (
    <Layout tr={tr} title={t('problems.title')} path="/problems">
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
