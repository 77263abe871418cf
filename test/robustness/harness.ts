/**
 * What the robustness tests share: temporary folders, the CLI run in-process with captured streams,
 * and the laws every analysis must obey (offsets slice to their text, scores in range).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import type { Article, CorpusAnalysis, DocumentAnalysis, FramingErrorCode } from '../../src/index.js';
import { FramingError } from '../../src/index.js';

let root: string | null = null;
let counter = 0;

/** A fresh folder under the OS temporary folder holding `files` (text or raw bytes; `a/b.txt` makes `a/`). */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  if (root === null) {
    root = mkdtempSync(join(tmpdir(), 'mf-robustness-'));
    const made = root;
    // On exit rather than afterAll: folders made while collecting a describe block outlive it.
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  const dir = join(root, `case-${++counter}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process (`runCli`) with a fake CliIO: `cwd` for relative paths, `stdin` as raw
 * bytes (as `main.ts` gives them) or a string; `chunked` also offers the bytes as a stream of 7-byte
 * chunks (`stdinChunks`), as `main.ts` does for the commands that stream.
 */
export async function cli(
  argv: readonly string[],
  options: { cwd?: string; stdin?: string | Uint8Array; chunked?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin ?? new Uint8Array();
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readStdin: async () => stdin,
    cwd: options.cwd ?? tempFolder(),
    stderrIsTTY: false,
  };
  if (options.chunked && typeof stdin !== 'string') {
    // As `main.ts` streams it: byte chunks cut at odd places (inside multi-byte characters too).
    (io as CliIO & { stdinChunks?: () => AsyncIterable<Uint8Array> }).stdinChunks = async function* () {
      for (let i = 0; i < stdin.length; i += 7) yield stdin.subarray(i, i + 7);
    };
  }
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** The documented shape of every error line the CLI prints. */
export const ERROR_LINE = /^media-framing: error (E_[A-Z0-9_]+): (.+)$/;

/**
 * Asserts a failed CLI run: exactly one stderr line `media-framing: error CODE: message`, nothing on
 * stdout, the exit code, and returns the message (after the code).
 */
export function expectCliError(run: CliRun, code: FramingErrorCode, exit: 1 | 2): string {
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n'), JSON.stringify(run.stderr)).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  const m = ERROR_LINE.exec(lines[0]!);
  expect(m, lines[0]).not.toBeNull();
  expect(m![1]).toBe(code);
  expect(run.code).toBe(exit);
  return m![2]!;
}

/** The error `fn` throws, which must be a FramingError with `code`. */
export function expectThrowsCode(fn: () => unknown, code: FramingErrorCode): FramingError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a FramingError').toBeInstanceOf(FramingError);
  expect((thrown as FramingError).code).toBe(code);
  return thrown as FramingError;
}

/** A span with its text. */
interface Located {
  text: string;
  start: number;
  end: number;
}

/**
 * The first law a document analysis breaks against its text, or null: every positioned item
 * (stance evidence, loaded cues, names, quotes with their speaker and verb, frame evidence, removed
 * regions) lies inside the text and slices to its `text`; scores in [-1, 1], confidences in [0, 1],
 * frame shares in [0, 1], sentence indices in range, counts non-negative integers.
 * Plain checks, not `expect`, so that property runs stay fast.
 */
export function brokenLaw(doc: DocumentAnalysis, text: string): string | null {
  const inside = (what: string, x: Located): string | null => {
    if (!(Number.isInteger(x.start) && Number.isInteger(x.end))) return `${what}: non-integer offsets`;
    if (!(x.start >= 0 && x.start <= x.end && x.end <= text.length))
      return `${what}: [${x.start}, ${x.end}) outside a text of length ${text.length}`;
    if (text.slice(x.start, x.end) !== x.text)
      return `${what}: slice ${JSON.stringify(text.slice(x.start, x.end))} ≠ ${JSON.stringify(x.text)}`;
    return null;
  };
  const sentence = (what: string, s: number): string | null =>
    Number.isInteger(s) && s >= 0 && s < Math.max(doc.sentences, 1) ? null : `${what}: sentence ${s}`;
  const checks: (string | null)[] = [];
  if (!(Number.isInteger(doc.tokens) && doc.tokens >= 0)) return 'tokens';
  if (!(Number.isInteger(doc.sentences) && doc.sentences >= 0)) return 'sentences';
  if (!(doc.langConfidence >= 0 && doc.langConfidence <= 1)) return `langConfidence ${doc.langConfidence}`;
  for (const [target, s] of Object.entries(doc.stance)) {
    if (!(s.score >= -1 && s.score <= 1)) return `stance ${target}: score ${s.score}`;
    if (!(s.confidence >= 0 && s.confidence <= 1)) return `stance ${target}: confidence ${s.confidence}`;
    if (!['favor', 'against', 'neutral'].includes(s.label)) return `stance ${target}: label ${s.label}`;
    if (!Number.isFinite(s.sum)) return `stance ${target}: sum ${s.sum}`;
    for (const e of s.evidence) {
      checks.push(
        inside(`stance ${target} evidence ${e.rule}`, e),
        sentence(`evidence ${e.rule}`, e.sentence),
      );
      if (!Number.isFinite(e.weight)) return `evidence ${e.rule}: weight ${e.weight}`;
    }
  }
  for (const c of doc.loaded)
    checks.push(inside(`loaded ${c.rule}`, c), sentence(`loaded ${c.rule}`, c.sentence));
  for (const n of doc.naming)
    checks.push(inside(`name ${n.rule}`, n), sentence(`name ${n.rule}`, n.sentence));
  for (const q of doc.quotes) {
    checks.push(inside(`quote ${q.pattern}`, q), sentence(`quote ${q.pattern}`, q.sentence));
    if (q.speaker) checks.push(inside(`speaker of ${q.pattern}`, q.speaker));
    if (q.verb) checks.push(inside(`verb of ${q.pattern}`, q.verb));
    if (!(Number.isInteger(q.words) && q.words >= 0)) return `quote words ${q.words}`;
  }
  for (const f of doc.frames) {
    if (!(f.share >= 0 && f.share <= 1)) return `frame ${f.frame}: share ${f.share}`;
    for (const e of f.evidence) checks.push(inside(`frame ${f.frame} evidence`, e));
  }
  for (const r of doc.removed) checks.push(inside(`removed ${r.reason}`, r));
  for (const [k, v] of Object.entries(doc.loadedCounts.byCategory))
    if (!(Number.isInteger(v) && v >= 0)) return `loadedCounts ${k}`;
  return checks.find((c) => c !== null) ?? null;
}

/**
 * The first law a corpus analysis breaks, or null: every document obeys {@link brokenLaw} against its
 * article's text; source scores and intervals in range; source evidence and distinctive-term
 * occurrences point inside a document of that source.
 */
export function brokenCorpusLaw(analysis: CorpusAnalysis, articles: readonly Article[]): string | null {
  const byId = new Map(articles.map((a) => [a.id, a]));
  if (analysis.documents.length !== articles.length) return 'one analysis per article';
  for (const doc of analysis.documents) {
    const article = byId.get(doc.id);
    if (!article) return `no article ${doc.id}`;
    const broken = brokenLaw(doc, article.text);
    if (broken) return `${doc.id}: ${broken}`;
  }
  for (const s of analysis.sources) {
    for (const [target, st] of Object.entries(s.stance)) {
      if (!(st.score >= -1 && st.score <= 1)) return `${s.source} ${target}: score ${st.score}`;
      if (!(st.confidence >= 0 && st.confidence <= 1)) return `${s.source} ${target}: confidence`;
      const { low, high } = st.interval;
      if (!(low >= -1 && low <= high && high <= 1)) return `${s.source} ${target}: interval ${low}..${high}`;
      for (const e of st.evidence) {
        const text = byId.get(e.docId)?.text;
        if (text === undefined || !s.documents.includes(e.docId))
          return `${s.source}: evidence in ${e.docId}`;
        if (text.slice(e.start, e.end) !== e.text) return `${s.source}: evidence slice in ${e.docId}`;
      }
    }
  }
  for (const [source, terms] of Object.entries(analysis.comparison.distinctive)) {
    const docs = analysis.sources.find((s) => s.source === source)?.documents ?? [];
    for (const t of terms) {
      for (const o of t.occurrences) {
        const text = byId.get(o.docId)?.text;
        if (text === undefined || !docs.includes(o.docId)) return `${source}: occurrence in ${o.docId}`;
        if (!(o.start >= 0 && o.start < o.end && o.end <= text.length)) return `${source}: occurrence range`;
      }
    }
  }
  return null;
}

/** Asserts {@link brokenLaw} finds nothing. */
export function expectLawful(doc: DocumentAnalysis, text: string): void {
  expect(brokenLaw(doc, text)).toBeNull();
}

/**
 * The findings of an analysis without their offsets: what two spellings of the same text (NFC/NFD,
 * CRLF/LF, curly/straight) must share. Texts are compared NFC-normalised.
 */
export function findingsOf(doc: DocumentAnalysis): unknown {
  const nfc = (s: string) => s.normalize('NFC').replace(/\r\n/g, '\n');
  return {
    lang: doc.lang,
    tokens: doc.tokens,
    sentences: doc.sentences,
    title: doc.title === null ? null : nfc(doc.title),
    stance: Object.fromEntries(
      Object.entries(doc.stance).map(([t, s]) => [
        t,
        {
          score: s.score,
          label: s.label,
          confidence: s.confidence,
          evidence: s.evidence.map((e) => [e.rule, e.weight, e.voice, e.modifiers ?? [], e.sentence]),
        },
      ]),
    ),
    loaded: doc.loaded.map((c) => [c.rule, c.voice, c.weight, c.scare, c.polarity]),
    naming: doc.naming.map((n) => [n.rule, n.actor, n.voice, n.scare]),
    quotes: doc.quotes.map((q) => [q.kind, q.role, q.words, q.speakerGroup, q.verb?.class ?? null]),
    frames: doc.frames.map((f) => [f.frame, f.sentences, f.share]),
    removed: doc.removed.map((r) => [r.reason, nfc(r.text)]),
  };
}
