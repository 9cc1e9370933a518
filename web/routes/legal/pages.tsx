import { Hono } from 'hono';
import type { AppEnv } from '../../../worker/env';
import type { Ctx } from '../../ctx';
import { type LegalDocument, legalPath } from '../../legal/documents';
import { operatorOf } from '../../legal/operator';
import { pageContext } from '../../page';
import { LegalPage } from '../../pages/legal/legal';
import { renderPage } from '../../render';

/**
 * A legal page in the visitor's language, naming this deployment's operator. Open to everyone.
 * The texts and their Markdown renderer (with its table of HTML entities) are loaded on the first
 * request for one of these pages: no other page needs them (issue 17).
 */
function show(document: LegalDocument) {
  return async (c: Ctx) => {
    const page = pageContext(c);
    const operator = operatorOf(c.env);
    const { legalHtml } = await import('../../legal/render');
    const html = legalHtml(document, page.tr.locale, operator);
    return renderPage(c, <LegalPage page={page} document={document} html={html} operator={operator} />);
  };
}

/** Privacy notice, terms of use and imprint, linked from every footer and from the registration form. */
export const legalPages = new Hono<AppEnv>()
  .get(legalPath('privacy'), show('privacy'))
  .get(legalPath('terms'), show('terms'))
  .get(legalPath('imprint'), show('imprint'));
