/** A message that depends on a count: one form per CLDR plural category; `#` is the count. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The shape every translation of a catalogue part must have: the English part's keys, with text
 * (or plural forms) of its own. Parts keep each area's messages in its own files.
 */
export type Translated<Source> = { [K in keyof Source]: Source[K] extends string ? string : PluralMessage };
