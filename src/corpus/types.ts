import type { Lang, RemovedRegion, Span } from '../core/types.js';

/**
 * One article as a user gives it (a JSONL line, an array item, or a file with its manifest facts).
 * @example
 * const input: DocumentInput = { source: 'Le Monde', text: 'Titre\n\nCorps…', lang: 'fr' };
 */
export interface DocumentInput {
  id?: string;
  source: string;
  text: string;
  title?: string;
  lang?: Lang | string;
  date?: string;
  url?: string;
  /** Kind of text: `news`, `opinion`, `statement`, `news/opinion`… free text. */
  kind?: string;
}

/**
 * A parsed article: the original text untouched, with its title, body and boilerplate located by offsets.
 * @example
 * const a: Article = loadSeedCorpus().documents[0];
 * a.text.slice(a.titleSpan!.start, a.titleSpan!.end) === a.title; // true
 */
export interface Article {
  id: string;
  source: string;
  /** The original text exactly as given (a file's UTF-8 content, leading BOM removed). */
  text: string;
  /** The title: from the record/manifest, or found in the text (then `titleSpan` locates it). */
  title: string | null;
  /** Where the title stands in `text`, when it was found there. */
  titleSpan: Span | null;
  /** The kept regions of the body, in order (the text minus the title and the removed regions). */
  body: Span[];
  /** What cleaning set aside, with the reason. Nothing disappears silently. */
  removed: RemovedRegion[];
  /** Language as given by the user (`undefined` when it must be detected). */
  lang?: Lang;
  date?: string;
  url?: string;
  kind?: string;
  /** Where the article came from: a file path or `jsonl-file:line`, for error messages. */
  origin?: string;
  /**
   * Where `source` came from (set by `loadCorpus`): the record itself, the folder's manifest, the
   * `defaultSource` option, or the file's name (stem) when nothing else gave one.
   */
  sourceFrom?: SourceFrom;
}

/**
 * Where an article's `source` came from.
 * @example
 * const s: SourceFrom = 'file-name'; // no manifest fact and no defaultSource: the file stem was used
 */
export type SourceFrom = 'record' | 'manifest' | 'default-source' | 'file-name';

/**
 * Something the loader did not use, reported instead of silently dropped.
 * @example
 * const s: SkippedInput = { file: 'corpus/photo.jpg', reason: 'unsupported-file-type', message: '…' };
 */
export interface SkippedInput {
  file: string;
  line?: number;
  reason: string;
  message: string;
}

/**
 * A loaded corpus: its documents and what was skipped while loading.
 * @example
 * const c = loadSeedCorpus();
 * c.documents.length; //=> 5
 * new Set(c.documents.map((d) => d.source)).size; //=> 4
 */
export interface Corpus {
  documents: Article[];
  skipped: SkippedInput[];
}
