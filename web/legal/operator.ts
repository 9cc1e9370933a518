import type { Bindings } from '../../worker/env';

/**
 * Who runs this deployment, from wrangler.toml `[vars]` (each operator sets their own before
 * deploying): the legal pages name them, and the texts' placeholders are filled in from here.
 */
export interface Operator {
  name: string;
  /** One line, or several separated by "\n". */
  address: string;
  /** An email address, a web address or a sentence. */
  contact: string;
  /** The data-protection officer or contact: an email address, a web address or a sentence. */
  privacyContact: string;
}

/** The `[vars]` the legal pages read (not yet in `Bindings`, which other parts of the app share). */
interface OperatorVars {
  OPERATOR_NAME?: string;
  OPERATOR_ADDRESS?: string;
  OPERATOR_CONTACT?: string;
  PRIVACY_CONTACT?: string;
}

/** A var left empty shows as a dash rather than an empty sentence. */
const or = (value: string | undefined) => value?.trim() || '—';

export function operatorOf(env: Bindings): Operator {
  const vars = env as Bindings & OperatorVars;
  return {
    name: or(vars.OPERATOR_NAME),
    address: or(vars.OPERATOR_ADDRESS).replaceAll('\\n', '\n'),
    contact: or(vars.OPERATOR_CONTACT),
    privacyContact: or(vars.PRIVACY_CONTACT),
  };
}

const EMAIL = /^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/;
const WEB = /^https?:\/\/[^\s<>]+$/;

/** How a contact is reached: a mailto or web link when it is an address, otherwise no link. */
export function contactHref(contact: string): string | undefined {
  if (EMAIL.test(contact)) return `mailto:${contact}`;
  if (WEB.test(contact)) return contact;
  return undefined;
}
