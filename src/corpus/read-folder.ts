import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError } from '../core/errors.js';
import type { DraftDocument } from './draft-document.js';
import type { LoadCorpusOptions } from './load-options.js';
import { isDocumentFile } from './read-document-file.js';
import { fsError, onDisk } from './read-file-bytes.js';
import { readFileDraft } from './read-file-draft.js';
import { MANIFEST_FILE, readManifest } from './read-manifest.js';
import { isSkippable, skippedFromError } from './skipped-from-error.js';
import type { SkippedInput } from './types.js';

/**
 * Reads a corpus folder (not recursively), its entries sorted by name (UTF-16 order) for determinism.
 * A relative `dir` is read from `options.cwd` when given; file names in messages start with `dir` as
 * given:
 * - `.txt`, `.md`, `.html`, `.htm` files are documents, with the facts of `manifest.json` if any;
 * - `manifest.json` itself is read (see `readManifest`), not reported;
 * - hidden entries (name starting with `.`) are reported in `skipped` as `hidden-file`;
 * - subfolders as `subfolder` (never entered);
 * - other files as `unsupported-file-type` (never guessed);
 * - a document that cannot be read (empty, binary, invalid UTF-8, unreadable) throws, or with
 *   `skipInvalid` is reported with its reason (`empty-file`, `binary-file`, `invalid-utf8`, `unreadable`).
 * @example
 * readFolder('seeds', {}).drafts.length; //=> 5
 */
export function readFolder(
  dir: string,
  options: LoadCorpusOptions,
): { drafts: DraftDocument[]; skipped: SkippedInput[] } {
  let entries: Dirent[];
  try {
    entries = readdirSync(onDisk(dir, options.cwd), { withFileTypes: true });
  } catch (error) {
    throw fsError(error, dir);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const manifest = readManifest(dir, options.cwd);
  const facts = new Map((manifest?.documents ?? []).map((e) => [e.file, e]));
  const drafts: DraftDocument[] = [];
  const skipped: SkippedInput[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name === MANIFEST_FILE) continue;
    if (entry.name.startsWith('.')) {
      skipped.push({ file: path, reason: 'hidden-file', message: `${path}: hidden file or folder, ignored` });
      continue;
    }
    try {
      const kind = kindOf(entry, path, options.cwd);
      if (kind === 'folder') {
        skipped.push({
          file: path,
          reason: 'subfolder',
          message: `${path}: subfolder, not read (folders are not recursed)`,
        });
      } else if (kind === 'other' || !isDocumentFile(entry.name)) {
        skipped.push({
          file: path,
          reason: 'unsupported-file-type',
          message: `${path}: not a .txt, .md, .html or .htm file, not read`,
        });
      } else {
        drafts.push(readFileDraft(path, facts.get(entry.name), options));
      }
    } catch (error) {
      if (options.skipInvalid && error instanceof CorpusError && isSkippable(error))
        skipped.push(skippedFromError(error));
      else throw error;
    }
  }
  return { drafts, skipped };
}

/** File, folder or something else (socket, device…); symbolic links are followed. */
function kindOf(entry: Dirent, path: string, cwd: string | undefined): 'file' | 'folder' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const stat = statSync(onDisk(path, cwd));
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const mapped = fsError(error, path);
    throw mapped.code === 'E_PATH_NOT_FOUND'
      ? new CorpusError('E_UNREADABLE', 'broken symbolic link', { file: path })
      : mapped;
  }
}
