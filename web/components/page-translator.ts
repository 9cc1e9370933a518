import { createContext, useContext } from 'hono/jsx';
import type { Translator } from '../i18n';

/**
 * The page's translator, provided by the layout to everything rendered inside it, so that small
 * shared components (a wide table's "scroll sideways" hint) speak the page's language without
 * every caller handing a translator down.
 */
export const PageTranslator = createContext<Translator | null>(null);

/** The translator of the page being rendered; null outside a layout (an email, a fragment). */
export const usePageTranslator = (): Translator | null => useContext(PageTranslator);
