import { Parser } from 'htmlparser2';

/**
 * The text of an HTML page and the titles found in it.
 * @example
 * const out: HtmlText = htmlToText('<h1>Titre</h1><p>Corps</p>'); // { text: 'Titre\n\nCorps', h1: 'Titre', title: null }
 */
export interface HtmlText {
  /** The readable text: one paragraph per block element, blank lines between paragraphs. */
  text: string;
  /** The first `<h1>` outside dropped elements, whitespace-collapsed, or null. */
  h1: string | null;
  /** The `<title>` element's text, whitespace-collapsed, or null. */
  title: string | null;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'dialog',
  'title',
]);
/** Page header and footer: dropped, except inside `<article>` or `<main>` (an article's own header). */
const PAGE_CHROME = new Set(['header', 'footer']);
const CONTENT_ROOTS = new Set(['article', 'main']);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
  'center',
  'menu',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
]);

interface Open {
  name: string;
  dropped: boolean;
}

/**
 * Reduces an HTML document to readable text with htmlparser2 (entities decoded):
 * - dropped with their content: `title` (kept apart), `script`, `style`, `noscript`, `template`, `nav`, `aside`, `form`,
 *   `button`, `select`, `textarea`, `svg`, `iframe`, `video`, `audio`, `head`, elements with a `hidden`
 *   attribute or `aria-hidden="true"`, and `header`/`footer` outside `<article>`/`<main>`;
 * - each block element (`p`, `div`, `h1`–`h6`, `li`, `blockquote`, `tr`…) becomes its own paragraph,
 *   paragraphs separated by a blank line; `<br>` is a line break; other whitespace runs become one
 *   space (so `<pre>` loses its layout).
 * Offsets of the result index the extracted text, not the HTML.
 * @example
 * htmlToText('<title>T</title><h1>Titre</h1><p>Un &amp; deux</p><script>x()</script>');
 * //=> { text: 'Titre\n\nUn & deux', h1: 'Titre', title: 'T' }
 */
export function htmlToText(html: string): HtmlText {
  let out = '';
  let current = '';
  let pending = '';
  let dropDepth = 0;
  let rootDepth = 0;
  let h1: string | null = null;
  let h1Buffer: string | null = null;
  let titleBuffer: string | null = null;
  let title: string | null = null;
  const stack: Open[] = [];

  const flush = (separator: '\n' | '\n\n'): void => {
    const chunk = collapse(current);
    current = '';
    if (chunk) {
      if (out) out += pending || '\n\n';
      out += chunk;
      pending = '';
    }
    if (out && (pending === '' || separator === '\n\n')) pending = separator;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title') titleBuffer = '';
        const hidden = 'hidden' in attribs || attribs['aria-hidden'] === 'true';
        const dropped = DROPPED.has(name) || hidden || (PAGE_CHROME.has(name) && rootDepth === 0);
        stack.push({ name, dropped });
        if (dropped) dropDepth++;
        if (CONTENT_ROOTS.has(name)) rootDepth++;
        if (dropDepth > 0) return;
        if (name === 'br') flush('\n');
        else if (BLOCKS.has(name)) flush('\n\n');
        if (name === 'h1' && h1 === null) h1Buffer = '';
      },
      ontext(data) {
        if (titleBuffer !== null) titleBuffer += data;
        if (dropDepth > 0) return;
        current += data;
        if (h1Buffer !== null) h1Buffer += data;
      },
      onclosetag(name) {
        if (name === 'title' && titleBuffer !== null) {
          title = collapse(titleBuffer) || null;
          titleBuffer = null;
        }
        let open = stack.pop();
        while (open && open.name !== name) {
          close(open);
          open = stack.pop();
        }
        if (open) close(open);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );

  const close = (open: Open): void => {
    if (CONTENT_ROOTS.has(open.name)) rootDepth--;
    if (open.dropped) {
      dropDepth--;
      return;
    }
    if (dropDepth > 0) return;
    if (open.name === 'h1' && h1Buffer !== null) {
      h1 = collapse(h1Buffer) || null;
      h1Buffer = null;
    }
    if (BLOCKS.has(open.name)) flush('\n\n');
  };

  parser.write(html);
  parser.end();
  flush('\n\n');
  return { text: out, h1, title };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
