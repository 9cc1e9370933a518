import { Layout } from '../components/layout';
import type { PageContext } from '../page';

/** What a step that cannot be undone asks before it is taken. */
export interface Confirmation {
  /** The question, as the page's heading: "Close submissions and start the evaluation?" */
  question: string;
  /** What will happen, and what cannot be undone. */
  consequence: string;
  /** The button that takes the step. */
  yes: string;
  /** Where "No, go back" leads: the page the form was on. */
  back: string;
}

/**
 * "Are you sure?" as a page, for forms without JavaScript: the same form posted again, with every
 * value it carried and `confirmed=yes`, or a way back that changes nothing.
 */
export function ConfirmStepPage({
  page,
  action,
  values,
  confirmation,
}: {
  page: PageContext;
  action: string;
  /** The posted form as plain strings (the pipeline's FormValues). */
  values: Record<string, string>;
  confirmation: Confirmation;
}) {
  const { t } = page.tr;
  return (
    <Layout page={page} title={confirmation.question}>
      <h1>{confirmation.question}</h1>
      <p class="lead">{confirmation.consequence}</p>
      <form method="post" action={action} class="buttons">
        {Object.entries(values)
          .filter(([name]) => name !== 'confirmed')
          .flatMap(([name, value]) => value.split('\n').map((v) => <input type="hidden" name={name} value={v} />))}
        <input type="hidden" name="confirmed" value="yes" />
        <button type="submit" class="danger">
          {confirmation.yes}
        </button>
        <a class="button secondary" href={confirmation.back}>
          {t('confirm_step.back')}
        </a>
      </form>
    </Layout>
  );
}
