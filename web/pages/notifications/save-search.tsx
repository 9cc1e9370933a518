import { ErrorSummary, Field } from '../../components/form';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** What the catalogue needs to offer "Save this search": the filters to keep and the form's state. */
export interface SaveSearchOffer {
  /** The catalogue's current filters, posted again as hidden fields. */
  filters: Record<string, string>;
  form: FormState;
}

/** "Save this search" under the catalogue's filters, for signed-in visitors. */
export function SaveSearchForm({ page, offer }: { page: PageContext; offer: SaveSearchOffer }) {
  const { tr } = page;
  const { t } = tr;
  const { form, filters } = offer;
  return (
    <section class="save-search" aria-labelledby="save-search-title">
      <h2 id="save-search-title">{t('notifications.save.title')}</h2>
      <p class="save-search-intro">{t('notifications.save.intro')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/me/saved-searches" class="save-search-form" novalidate>
        {Object.entries(filters).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <Field
          form={form}
          name="name"
          label={t('notifications.save.name')}
          hint={t('notifications.save.name_hint')}
          autocomplete="off"
        />
        <button type="submit">{t('notifications.save.button')}</button>
      </form>
    </section>
  );
}
