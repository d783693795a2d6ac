/**
 * HTML and XML text, both ways: escaping text for element content or a double-quoted attribute
 * value, and decoding the character references escaped text carries (ours, Astro's meta elements,
 * Pagefind's excerpts). Pure, and safe in the browser.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes `&`, `<`, `>` and `"`, so text is safe as element content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Decodes the references escaped text uses — `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` `&#x27;` — in
 * one pass, so `&amp;lt;` reads `&lt;`, never `<`. Any other `&` is left as it is.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
}
