/**
 * Characters a feed or a calendar never carries: C0 controls but tab, LF and CR (XML 1.0 §2.2
 * forbids them, a single one makes a feed reader drop the whole document; RFC 5545 allows no
 * control character in TEXT), DEL and the C1 controls (XML 1.0 discourages them), lone
 * surrogates and the non-characters U+FFFE and U+FFFF (not XML characters either).
 */
const UNPRINTABLE = /[^\P{Cc}\t\n\r]|[\p{Cs}\uFFFE\uFFFF]/gu;

/**
 * Text as a feed or calendar may carry it: line ends as `\n` (what an XML parser reads a CR as
 * anyway; the calendar escapes `\n` itself) and the unprintable characters dropped. Everything
 * else (RTL marks, emoji, long tokens) stays as written.
 */
export const printable = (text: string): string => text.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '');
