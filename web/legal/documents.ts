/** The legal pages a European platform needs; each has a text per language in web/legal/texts/. */
export const LEGAL_DOCUMENTS = ['privacy', 'terms', 'imprint'] as const;
export type LegalDocument = (typeof LEGAL_DOCUMENTS)[number];

/** Where each is served: short addresses people type and other sites link to. */
export const legalPath = (document: LegalDocument) => `/${document}` as const;

/** One text per legal page, Markdown, with `{operator_name}`-style placeholders (see web/legal/operator.ts). */
export type LegalTexts = Record<LegalDocument, string>;

/**
 * Tags a legal text: backslashes stay as written, so Markdown's escapes (\* \_ \#) and hard line
 * breaks work in the texts without doubling them.
 */
export const markdown = String.raw;
