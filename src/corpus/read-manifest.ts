import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError } from '../core/errors.js';
import { decodeTextFile } from './decode-text-file.js';
import { type Manifest, ManifestSchema } from './manifest-schema.js';
import { onDisk, readFileBytes } from './read-file-bytes.js';

/** The manifest's file name inside a corpus folder. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * Reads and checks `manifest.json` in a folder; null when there is none. Any problem is
 * `E_INVALID_MANIFEST` naming the manifest file and the entry (`documents[2] ("a.txt")`) and field:
 * invalid JSON, a schema violation (see `ManifestSchema`), a file listed twice, an id used twice, or
 * an entry whose file is not in the folder. A relative `dir` is read from `cwd` when given; messages
 * name it as given.
 * @example
 * readManifest('seeds')?.documents[0]?.source; //=> 'Office of Sviatlana Tsikhanouskaya'
 */
export function readManifest(dir: string, cwd?: string): Manifest | null {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(onDisk(file, cwd))) return null;
  const text = decodeTextFile(readFileBytes(file, cwd), file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusError('E_INVALID_MANIFEST', `invalid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = formatPath(issue.path);
    throw new CorpusError('E_INVALID_MANIFEST', `${describeEntry(json, issue.path)}${issue.message}`, {
      file,
      path,
    });
  }
  const files = new Map<string, number>();
  const ids = new Map<string, number>();
  parsed.data.documents.forEach((entry, i) => {
    const where = { file, path: `documents[${i}]` };
    const label = `entry ${i} ("${entry.file}")`;
    const sameFile = files.get(entry.file);
    if (sameFile !== undefined) {
      throw new CorpusError('E_INVALID_MANIFEST', `${label} lists the same file as entry ${sameFile}`, where);
    }
    files.set(entry.file, i);
    if (entry.id !== undefined) {
      const sameId = ids.get(entry.id);
      if (sameId !== undefined) {
        throw new CorpusError(
          'E_INVALID_MANIFEST',
          `${label} uses id "${entry.id}" like entry ${sameId}`,
          where,
        );
      }
      ids.set(entry.id, i);
    }
    const target = onDisk(join(dir, entry.file), cwd);
    if (!existsSync(target) || !statSync(target).isFile()) {
      throw new CorpusError('E_INVALID_MANIFEST', `${label}: no such file in ${dir}`, where);
    }
  });
  return parsed.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** `entry 2 ("a.txt"): ` when the issue is inside an entry. */
function describeEntry(json: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'documents' || typeof path[1] !== 'number') return '';
  const entry = (json as { documents: unknown[] }).documents[path[1]];
  const name = typeof entry === 'object' && entry !== null ? (entry as { file?: unknown }).file : undefined;
  return `entry ${path[1]}${typeof name === 'string' ? ` ("${name}")` : ''}: `;
}
