/**
 * Keeping wink-nlp linear: its tokenizer takes time quadratic in the length of a run of characters
 * without a space (a run of 8,000 `!` takes 40 times as long as 2,000 of them).
 * @module
 */

/** Runs longer than this are cut (news text has none: the longest seen in the datasets is 94). */
export const LONG_RUN = 256;
/** Length of the pieces a long run is cut into. */
export const RUN_PIECE = 128;

/**
 * The text given to wink-nlp: `copy` itself when no run of non-space characters is longer than
 * {@link LONG_RUN}, else `copy` with a space inserted every {@link RUN_PIECE} characters inside each
 * such run. wink's tokens come in the same order and, space aside, with the same characters, so they
 * are still placed on the original text by offset; a token of a cut run ends at a cut (never inside
 * a surrogate pair).
 * @example
 * breakLongRuns('Il a dit non.'); //=> 'Il a dit non.' (the same string)
 * breakLongRuns('!'.repeat(300)).split(' ').map((p) => p.length); //=> [128, 128, 44]
 */
export function breakLongRuns(copy: string): string {
  const n = copy.length;
  let runStart = 0;
  let pieces: string[] | null = null;
  let from = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && copy.charCodeAt(i) !== 0x20) continue;
    if (i - runStart > LONG_RUN) {
      pieces ??= [];
      for (let cut = runStart + RUN_PIECE; cut < i; cut += RUN_PIECE) {
        // Never between the two halves of a surrogate pair.
        const code = copy.charCodeAt(cut - 1);
        if (code >= 0xd800 && code <= 0xdbff) cut++;
        if (cut >= i) break;
        pieces.push(copy.slice(from, cut));
        from = cut;
      }
    }
    runStart = i + 1;
  }
  if (pieces === null) return copy;
  pieces.push(copy.slice(from));
  return pieces.join(' ');
}
