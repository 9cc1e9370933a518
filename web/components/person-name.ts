import type { Translator } from '../i18n';

/**
 * A person's name as every page shows it. A deleted account keeps its row but not its name (the
 * API says `name: ""`): pages call it a former member, in the page's language.
 */
export const personName = (tr: Translator, name: string): string =>
  name === '' ? tr.t('deletion.former_member') : name;
