import { statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { CorpusError, UsageError } from '../core/errors.js';
import { buildCorpus } from './build-corpus.js';
import { decodeTextFile } from './decode-text-file.js';
import type { LoadCorpusOptions } from './load-options.js';
import { isDocumentFile } from './read-document-file.js';
import { fsError, onDisk, readFileBytes } from './read-file-bytes.js';
import { readFileDraft } from './read-file-draft.js';
import { readFolder } from './read-folder.js';
import { readJsonl } from './read-jsonl.js';
import { readManifest } from './read-manifest.js';
import { readRecords } from './read-records.js';
import type { Corpus, DocumentInput } from './types.js';

/**
 * Loads a corpus from a folder, a file, or in-memory records, and parses each article
 * (`parseArticle`: title, body, boilerplate by offsets). Synchronous.
 *
 * Inputs:
 * - a folder: its `.txt`, `.md`, `.html`, `.htm` files sorted by name, with the facts of an optional
 *   `manifest.json` (see `readFolder`, `ManifestSchema`); hidden files, subfolders and other file types
 *   are reported in `skipped`;
 * - a `.txt`, `.md`, `.html` or `.htm` file: one article (a `manifest.json` beside it is used if it
 *   lists the file); any other extension is `E_UNSUPPORTED_FILE`;
 * - a `.jsonl` file: one record per line (see `readJsonl`);
 * - an array or iterable of `DocumentInput` records (see `readRecords`).
 * A relative path resolves against `options.cwd` when given (else the process's working folder);
 * messages, skipped entries and `Article.origin` name files as the path was given (`corpus/a.txt`,
 * `corpus.jsonl:3`), never as a resolved absolute path.
 * JSONL content already in memory (standard input) loads with `loadJsonlText`.
 *
 * Files are strict UTF-8 (a leading BOM is dropped): `E_INVALID_UTF8` names the file and line; a
 * binary file (NUL byte in the first 8 KB) is `E_UNSUPPORTED_FILE`; an empty file `E_EMPTY_FILE`; a
 * missing path `E_PATH_NOT_FOUND`; an unreadable one `E_UNREADABLE`. HTML files are reduced to text
 * (`htmlToText`): their `Article.text` is the extracted text, which all offsets index; their title is
 * the manifest's, else `<h1>`, else `<title>`. Texts of JSONL lines and records are kept as given,
 * even when they contain HTML.
 *
 * Facts: `id` is the given id, else the file stem, else `${slug(source)}-${n}` (`assignIds`);
 * `source` is the given one, else `defaultSource`, else (files only) the file stem, and
 * `Article.sourceFrom` records which; `lang` is normalised (`normaliseLang`: fr/en synonyms, other
 * labels → `'other'`, absent → detected later).
 *
 * `skipInvalid` turns a bad file, line or record into a `skipped` entry (reasons `empty-file`,
 * `binary-file`, `invalid-utf8`, `unreadable`, `invalid-json`, `invalid-record`, `missing-text`,
 * `missing-source`) and keeps duplicate ids as `id#2` (`duplicate-id-renamed`); a single file given
 * directly is never skipped (its error is thrown). Without any document: `E_EMPTY_CORPUS`.
 * @example
 * const corpus = loadCorpus('articles/');
 * corpus.documents.map((d) => [d.id, d.source, d.title]);
 * @example
 * loadCorpus([{ source: 'Le Monde', text: 'Titre\n\nCorps du texte.' }]).documents[0].title; //=> 'Titre'
 * @example
 * loadCorpus('corpus.jsonl', { skipInvalid: true }).skipped; //=> [{ file: 'corpus.jsonl', line: 3, reason: 'invalid-json', … }]
 */
export function loadCorpus(
  input: string | readonly DocumentInput[] | Iterable<DocumentInput>,
  options: LoadCorpusOptions = {},
): Corpus {
  const skipInvalid = options.skipInvalid ?? false;
  if (typeof input === 'string') return loadPath(input, options, skipInvalid);
  if (
    input === null ||
    typeof input !== 'object' ||
    typeof (input as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw new UsageError('E_USAGE', 'loadCorpus expects a path, or an array or iterable of records');
  }
  const { drafts, skipped } = readRecords(input, options);
  return buildCorpus(drafts, skipped, skipInvalid, 'records');
}

function loadPath(path: string, options: LoadCorpusOptions, skipInvalid: boolean): Corpus {
  if (path.trim() === '') throw new CorpusError('E_PATH_NOT_FOUND', 'empty path');
  let isDirectory: boolean;
  try {
    const stat = statSync(onDisk(path, options.cwd));
    isDirectory = stat.isDirectory();
    if (!isDirectory && !stat.isFile())
      throw new CorpusError('E_NOT_A_FILE', 'neither a file nor a folder', { file: path });
  } catch (error) {
    throw error instanceof CorpusError ? error : fsError(error, path);
  }
  if (isDirectory) {
    const { drafts, skipped } = readFolder(path, options);
    return buildCorpus(drafts, skipped, skipInvalid, path);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl') {
    const bytes = readFileBytes(path, options.cwd);
    const { drafts, skipped } = readJsonl(decodeTextFile(bytes, path), path, options);
    return buildCorpus(drafts, skipped, skipInvalid, path);
  }
  if (!isDocumentFile(path)) {
    throw new CorpusError(
      'E_UNSUPPORTED_FILE',
      `unsupported file type "${ext || '(none)'}": give a folder, a .jsonl file, or a .txt, .md, .html or .htm file`,
      { file: path },
    );
  }
  const manifest = readManifest(dirname(path), options.cwd);
  const entry = manifest?.documents.find((e) => e.file === basename(path));
  return buildCorpus([readFileDraft(path, entry, options)], [], skipInvalid, path);
}
