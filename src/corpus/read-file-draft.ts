import { basename, extname } from 'node:path';
import type { DraftDocument } from './draft-document.js';
import type { LoadCorpusOptions } from './load-options.js';
import type { ManifestEntry } from './manifest-schema.js';
import { readDocumentFile } from './read-document-file.js';
import type { DocumentInput } from './types.js';

/**
 * Reads one document file into a draft, with its manifest facts when there are some.
 * - id: the manifest's `id`, else the file's stem (`000_8fa9.txt` → `000_8fa9`);
 * - source: the manifest's `source`, else `options.defaultSource`, else the file's stem, recorded in
 *   `sourceFrom` (`manifest`, `default-source`, `file-name`);
 * - title: the manifest's `title`, else for HTML the `<h1>` (or `<title>`), else found in the text.
 * @example
 * readFileDraft('corpus/a.txt', undefined, {}).sourceFrom; //=> 'file-name'
 */
export function readFileDraft(
  path: string,
  entry: ManifestEntry | undefined,
  options: LoadCorpusOptions,
): DraftDocument {
  const file = readDocumentFile(path, options.cwd);
  const stem = basename(path, extname(path));
  const source = entry?.source ?? options.defaultSource ?? stem;
  const sourceFrom =
    entry?.source !== undefined
      ? 'manifest'
      : options.defaultSource !== undefined
        ? 'default-source'
        : 'file-name';
  const input: DocumentInput = { source, text: file.text };
  const title = entry?.title ?? file.markupTitle ?? undefined;
  if (title !== undefined) input.title = title;
  if (entry?.lang !== undefined) input.lang = entry.lang;
  if (entry?.date !== undefined) input.date = entry.date;
  if (entry?.url !== undefined) input.url = entry.url;
  if (entry?.kind !== undefined) input.kind = entry.kind;
  return { input, id: entry?.id ?? stem, place: { file: path }, origin: path, sourceFrom };
}
