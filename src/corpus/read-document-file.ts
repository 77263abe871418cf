import { extname } from 'node:path';
import { CorpusError } from '../core/errors.js';
import { decodeTextFile } from './decode-text-file.js';
import { htmlToText } from './html-to-text.js';
import { readFileBytes } from './read-file-bytes.js';

/** File extensions read as one article each (compared in lowercase). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];

/**
 * A document file's text, and for HTML the title its markup gives (`<h1>`, else `<title>`).
 * @example
 * // { text: 'Titre\n\nCorps', format: 'html', markupTitle: 'Titre' }
 */
export interface DocumentFileText {
  text: string;
  format: 'text' | 'html';
  markupTitle: string | null;
}

/**
 * True when `name` has a document extension (`.txt`, `.md`, `.html`, `.htm`, any case).
 * @example
 * isDocumentFile('Article.HTML'); //=> true
 * isDocumentFile('photo.jpg'); //=> false
 */
export function isDocumentFile(name: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * Reads one document file: strict UTF-8 (BOM dropped), `.html`/`.htm` reduced to text with
 * `htmlToText`, `.txt`/`.md` kept as they are (Markdown syntax included). Errors name the file:
 * `E_PATH_NOT_FOUND`, `E_UNREADABLE`, `E_UNSUPPORTED_FILE` (binary), `E_INVALID_UTF8`, and
 * `E_EMPTY_FILE` when nothing but whitespace is left (for HTML: after reduction). A relative path is
 * read from `cwd` when given.
 * @example
 * readDocumentFile('corpus/a.html').format; //=> 'html'
 */
export function readDocumentFile(path: string, cwd?: string): DocumentFileText {
  const raw = decodeTextFile(readFileBytes(path, cwd), path);
  const html = ['.html', '.htm'].includes(extname(path).toLowerCase());
  if (raw.trim() === '') throw new CorpusError('E_EMPTY_FILE', 'file is empty', { file: path });
  if (!html) return { text: raw, format: 'text', markupTitle: null };
  const reduced = htmlToText(raw);
  if (reduced.text.trim() === '') {
    throw new CorpusError('E_EMPTY_FILE', 'HTML file has no readable text', { file: path });
  }
  return { text: reduced.text, format: 'html', markupTitle: reduced.h1 ?? reduced.title };
}
