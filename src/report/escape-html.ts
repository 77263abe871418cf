const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a string for HTML text and for double- or single-quoted attribute values: `& < > " '`
 * become entities. Lone surrogates and control characters other than tab, line feed and carriage
 * return are replaced by U+FFFD so that the page stays well-formed; every other character is kept.
 * The report passes everything it did not write itself (article text, titles, sources, terms, rule
 * ids) through this function.
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); //=> '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 * escapeHtml('Tokaïev & l’OTSC'); //=> 'Tokaïev &amp; l’OTSC'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    );
}
