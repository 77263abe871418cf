import { CorpusError } from '../core/errors.js';

/** How many leading bytes are checked for NUL bytes (a sign of a binary file). */
export const BINARY_SNIFF_BYTES = 8192;

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes as strict UTF-8 and drops a leading byte-order mark.
 * - A NUL byte in the first 8 KB means a binary file: `E_UNSUPPORTED_FILE`.
 * - Invalid UTF-8 is `E_INVALID_UTF8`, naming the file and the 1-based line of the first bad byte
 *   (no replacement characters are ever inserted).
 * Nothing else is changed: line breaks and spaces stay as they are.
 * @example
 * decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.txt'); //=> 'A'
 */
export function decodeTextFile(bytes: Uint8Array, file: string): string {
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) {
      throw new CorpusError('E_UNSUPPORTED_FILE', 'looks like a binary file (NUL byte), not text', { file });
    }
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const line = firstBadLine(bytes);
    throw new CorpusError('E_INVALID_UTF8', 'is not valid UTF-8 (re-save the file as UTF-8)', { file, line });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The 1-based line holding the first invalid UTF-8 sequence: decode line by line until one fails. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}
