import { micromark } from 'micromark';
import type { Locale } from '../i18n';
import type { LegalDocument, LegalTexts } from './documents';
import type { Operator } from './operator';
import { contactHref } from './operator';
import { deLegal } from './texts/de';
import { enLegal } from './texts/en';
import { itLegal } from './texts/it';
import { roLegal } from './texts/ro';

const TEXTS: Record<Locale, LegalTexts> = { en: enLegal, de: deLegal, it: itLegal, ro: roLegal };

/** Backslash before every ASCII punctuation mark: a value from the configuration reads as plain text in Markdown. */
const literal = (value: string) => value.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** A contact as Markdown: an autolink when it is an email or web address (autolinks take no escapes), else text. */
const contact = (value: string) => (contactHref(value) ? `<${value}>` : literal(value));

/** Placeholders the texts may use, filled from the operator's configuration. */
function placeholders(operator: Operator): Record<string, string> {
  return {
    operator_name: literal(operator.name),
    // Inside a sentence, the address's lines are separated by commas (the page lists it line by line).
    operator_address: literal(operator.address.split('\n').join(', ')),
    operator_contact: contact(operator.contact),
    privacy_contact: contact(operator.privacyContact),
  };
}

/**
 * A legal page's text as HTML: the operator's Markdown for this language with the placeholders
 * filled in. micromark escapes any HTML in the text and drops dangerous link protocols, so the
 * result is safe to insert as it is.
 */
export function legalHtml(document: LegalDocument, locale: Locale, operator: Operator): string {
  const values = placeholders(operator);
  const markdown = TEXTS[locale][document].replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
  return micromark(markdown);
}
