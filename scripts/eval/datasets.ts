/**
 * Readers for the research-only development data in `../shared/datasets` (relative to the
 * repository root). They read at run time only: nothing from these corpora is copied into the repo.
 * Every reader takes an optional root (for tests) and otherwise uses {@link datasetsRoot}.
 *
 * Verified conventions (see the report of the eval helper):
 * - SemEval-2023 fr: span offsets are code points into the raw file content, CRLF kept (the `\r`
 *   count); no file has an astral character, so they equal UTF-16 indices. Paragraph labels use
 *   1-based line numbers of the `\n`-split raw text (line 1 is the title); exactly the non-blank
 *   lines are listed.
 * - PTC: code points into the raw file; converted to UTF-16 indices here.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codePointToUtf16 } from './code-point-offsets.js';

/** The repository root, found from this file's location (scripts/eval/ → ../..). */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The datasets folder, `../shared/datasets` from the repository root, or null when it is absent.
 * @example
 * datasetsRoot(); //=> '/work/shared/datasets' (or null on a machine without the data)
 */
export function datasetsRoot(): string | null {
  const root = path.resolve(REPO_ROOT, '../shared/datasets');
  return existsSync(root) ? root : null;
}

/**
 * One stance-dev article with its gold stance toward the intervention.
 * @example
 * const r: StanceDevRecord = { id: 'dfr01', source: 'Outlet', lang: 'fr', date: '2022-01-08', title: 'Titre',
 *   text: 'Texte…', url: 'https://example.org/a', label: 'favor', strength: 2 };
 */
export interface StanceDevRecord {
  id: string;
  /** The outlet. */
  source: string;
  lang: string;
  date: string;
  title: string;
  text: string;
  url: string;
  label: 'favor' | 'against' | 'neutral';
  /** Signed strength from −2 (against) to +2 (favour). */
  strength: number;
}

/**
 * A technique span, half-open UTF-16 offsets into the article's raw text.
 * @example
 * const s: TechniqueSpan = { technique: 'Loaded_Language', start: 120, end: 131 };
 */
export interface TechniqueSpan {
  technique: string;
  start: number;
  end: number;
}

/**
 * One SemEval-2023 French training article with its span, paragraph, frame and genre labels.
 * @example
 * const a: SemevalArticle = readSemevalFr()[0];
 * a.text.split('\n')[a.paragraphs[0].line - 1]; // the first labelled paragraph (the title)
 */
export interface SemevalArticle {
  id: string;
  /** The raw file content, CRLF kept. */
  text: string;
  spans: TechniqueSpan[];
  /** Techniques per line (1-based line of the `\n`-split text); every non-blank line is listed. */
  paragraphs: { line: number; techniques: string[] }[];
  /** Subtask-2 frame labels (Policy Frames Codebook names, e.g. `Security_and_defense`). */
  frames: string[];
  /** Subtask-1 genre (`opinion`, `reporting`, `satire`), null when the file has no entry for the article. */
  genre: string | null;
}

/**
 * One PTC training article with its technique spans.
 * @example
 * const a: PtcArticle = readPtc()[0];
 * a.text.slice(a.spans[0].start, a.spans[0].end); // the first annotated fragment
 */
export interface PtcArticle {
  id: string;
  text: string;
  spans: TechniqueSpan[];
}

/**
 * Reads `stance-dev/stance-dev.<lang>.jsonl`, mapping `pro` → `favor` and `contra` → `against`.
 * @throws Error naming the file and line of a malformed record.
 * @example
 * readStanceDev('fr').length; //=> 20
 */
export function readStanceDev(lang: 'fr' | 'en', root: string | null = datasetsRoot()): StanceDevRecord[] {
  const file = path.join(requireRoot(root), 'stance-dev', `stance-dev.${lang}.jsonl`);
  const labels: Record<string, StanceDevRecord['label']> = {
    pro: 'favor',
    contra: 'against',
    neutral: 'neutral',
  };
  const records: StanceDevRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}:${i + 1}`;
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`${where}: not valid JSON`);
      }
      const label = labels[String(raw.label)];
      if (label === undefined) throw new Error(`${where}: unknown label ${JSON.stringify(raw.label)}`);
      if (typeof raw.strength !== 'number') throw new Error(`${where}: strength is not a number`);
      for (const key of ['id', 'outlet', 'text'] as const) {
        if (typeof raw[key] !== 'string' || raw[key] === '') throw new Error(`${where}: missing "${key}"`);
      }
      records.push({
        id: raw.id as string,
        source: raw.outlet as string,
        lang: typeof raw.lang === 'string' ? raw.lang : lang,
        date: typeof raw.date === 'string' ? raw.date : '',
        title: typeof raw.title === 'string' ? raw.title : '',
        text: raw.text as string,
        url: typeof raw.url === 'string' ? raw.url : '',
        label,
        strength: raw.strength,
      });
    });
  return records;
}

/**
 * Reads the SemEval-2023 Task 3 French training articles with their labels, sorted by id.
 * @throws Error naming the file and line of a malformed or out-of-range label.
 * @example
 * const articles = readSemevalFr();
 * articles.length; //=> 158
 */
export function readSemevalFr(root: string | null = datasetsRoot()): SemevalArticle[] {
  const dir = path.join(requireRoot(root), 'semeval2023-fr-train');
  const articlesDir = path.join(dir, 'train-articles-subtask-3');
  const spansDir = path.join(dir, 'train-labels-subtask-3-spans');
  const paragraphs = groupRows(path.join(dir, 'train-labels-subtask-3.txt'), (cols, where) => {
    const line = Number(cols[1]);
    if (!Number.isInteger(line) || line < 1) throw new Error(`${where}: bad line number ${cols[1]}`);
    return { line, techniques: splitList(cols[2]) };
  });
  const frames = groupRows(path.join(dir, 'train-labels-subtask-2.txt'), (cols) => splitList(cols[1]));
  const genres = groupRows(path.join(dir, 'train-labels-subtask-1.txt'), (cols) => cols[1] ?? '');
  return articleFiles(articlesDir).map(({ id, file }) => {
    const text = readFileSync(file, 'utf8');
    const spanFile = path.join(spansDir, `article${id}-labels-subtask-3.txt`);
    const spans = existsSync(spanFile) ? readSpans(spanFile, id, text) : [];
    return {
      id,
      text,
      spans,
      paragraphs: (paragraphs.get(id) ?? []).sort((a, b) => a.line - b.line),
      frames: frames.get(id)?.[0] ?? [],
      genre: genres.get(id)?.[0] || null,
    };
  });
}

/**
 * Reads the PTC v2 training articles with their technique spans (code points converted to UTF-16
 * indices), sorted by id. Articles whose label file is empty or absent get no spans.
 * @throws Error naming the file and line of a malformed or out-of-range label.
 * @example
 * readPtc().length; //=> 75
 */
export function readPtc(root: string | null = datasetsRoot()): PtcArticle[] {
  const dir = path.join(requireRoot(root), 'ptc-train');
  const labelsDir = path.join(dir, 'train-labels-task-flc-tc');
  return articleFiles(path.join(dir, 'train-articles')).map(({ id, file }) => {
    const text = readFileSync(file, 'utf8');
    const labelFile = path.join(labelsDir, `article${id}.task-flc-tc.labels`);
    return { id, text, spans: existsSync(labelFile) ? readSpans(labelFile, id, text) : [] };
  });
}

function requireRoot(root: string | null): string {
  if (root === null) throw new Error('the datasets folder ../shared/datasets is absent');
  return root;
}

/** `article<ID>.txt` files of a folder, sorted by id. */
function articleFiles(dir: string): { id: string; file: string }[] {
  return readdirSync(dir)
    .map((name) => /^article(.+)\.txt$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1]!, file: path.join(dir, m[0]) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Reads `id<TAB>technique<TAB>start<TAB>end` rows (code points) into UTF-16 spans, checked against the text. */
function readSpans(file: string, id: string, text: string): TechniqueSpan[] {
  const toUtf16 = codePointToUtf16(text);
  const spans: TechniqueSpan[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((row, i) => {
      const where = `${file}:${i + 1}`;
      const cols = row.replace(/\r$/, '').split('\t');
      if (cols.length === 1 && cols[0] === '') return;
      if (cols.length !== 4) throw new Error(`${where}: expected 4 tab-separated columns`);
      if (cols[0] !== id) throw new Error(`${where}: article id ${cols[0]} in the labels of article ${id}`);
      const start = toUtf16(Number(cols[2]));
      const end = toUtf16(Number(cols[3]));
      if (start < 0 || end < 0 || end < start)
        throw new Error(`${where}: span ${cols[2]}–${cols[3]} out of the text`);
      spans.push({ technique: cols[1]!, start, end });
    });
  return spans;
}

/** Reads a tab-separated label file into rows grouped by article id (column 0), in file order. */
function groupRows<T>(file: string, parse: (cols: string[], where: string) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((row, i) => {
      const line = row.replace(/\r$/, '');
      if (line.trim() === '') return;
      const cols = line.split('\t');
      const value = parse(cols, `${file}:${i + 1}`);
      out.set(cols[0]!, [...(out.get(cols[0]!) ?? []), value]);
    });
  return out;
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
