import { micromark } from 'micromark';

/**
 * Terms written by moderators, as HTML: micromark escapes any HTML in the text (a `<script>` shows
 * as text) and drops dangerous link protocols (`javascript:`), so the result is safe to insert.
 */
export const termsHtml = (markdown: string) => micromark(markdown);
