import { CorpusError } from '../core/errors.js';
import { assignIds } from './assign-ids.js';
import type { DraftDocument } from './draft-document.js';
import { parseArticle } from './parse-article.js';
import type { Corpus, SkippedInput } from './types.js';

/**
 * Turns drafts into a corpus: unique ids (`assignIds`), each text parsed (`parseArticle`), skips kept.
 * No document at all is `E_EMPTY_CORPUS` (its `details` hold the skipped inputs, its message their count).
 * @example
 * buildCorpus([{ input: { source: 'S', text: 'Titre\n\nCorps.' }, place: {}, origin: 'record 1',
 *   sourceFrom: 'record' }], [], false, 'records').documents[0]?.id; //=> 's-1'
 */
export function buildCorpus(
  drafts: readonly DraftDocument[],
  skipped: readonly SkippedInput[],
  skipInvalid: boolean,
  inputName: string,
): Corpus {
  if (drafts.length === 0) {
    const why = skipped.length > 0 ? `: all ${skipped.length} input(s) were skipped` : '';
    throw new CorpusError('E_EMPTY_CORPUS', `no document to load${why}`, { file: inputName }, { skipped });
  }
  const { ids, skipped: renamed } = assignIds(
    drafts.map((d) =>
      d.id === undefined
        ? { source: d.input.source, place: d.place }
        : { id: d.id, source: d.input.source, place: d.place },
    ),
    skipInvalid,
  );
  const documents = drafts.map((d, i) => {
    const article = parseArticle(d.input.text, { ...d.input, id: ids[i]!, origin: d.origin });
    article.sourceFrom = d.sourceFrom;
    return article;
  });
  return { documents, skipped: [...skipped, ...renamed] };
}
