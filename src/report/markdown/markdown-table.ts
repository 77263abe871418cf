/**
 * Escapes text for a Markdown table cell or paragraph: `&`, `<` and `>` become entities (so raw HTML
 * in the data never renders), Markdown punctuation that could format or link (`\ ` * _ [ ] | # ~`) is
 * backslash-escaped, and line breaks become spaces (a cell is one line).
 * @example
 * escapeMarkdown('a|b *c* <script>'); //=> 'a\\|b \\*c\\* &lt;script&gt;'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/**
 * A GitHub-flavoured Markdown table. Header and cells are written as given: escape data with
 * {@link escapeMarkdown} first. `align` per column: `'l'` (default) or `'r'` (numbers).
 * @example
 * markdownTable(['source', 'score'], [['EVZ', '+0.39']], ['l', 'r']);
 * //=> '| source | score |\n| --- | ---: |\n| EVZ | +0.39 |\n'
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return `${[line(header), line(rule), ...rows.map(line)].join('\n')}\n`;
}
