import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, type FramingErrorCode, UsageError } from '../../src/core/errors.js';
import { type DocumentInput, loadCorpus, loadJsonlText } from '../../src/corpus/index.js';
import { expectConsistentArticle } from './article-invariants.js';

const root = mkdtempSync(join(tmpdir(), 'mf-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** A fresh folder holding the given files (string content or raw bytes). */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `case-${++counter}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function caught(fn: () => unknown): CorpusError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

function expectCode(fn: () => unknown, code: FramingErrorCode): CorpusError {
  const error = caught(fn);
  expect(error.code).toBe(code);
  return error;
}

const ARTICLE = 'Un titre d’article\n\nLes troupes sont arrivées mercredi, selon le ministère.\n';
const line = (o: object): string => JSON.stringify(o);

describe('loadCorpus: paths and files', () => {
  it('E_PATH_NOT_FOUND for a missing path', () => {
    const e = expectCode(() => loadCorpus(join(root, 'nope', 'corpus.jsonl')), 'E_PATH_NOT_FOUND');
    expect(e.message).toContain('corpus.jsonl');
  });

  it('E_EMPTY_FILE for an empty or whitespace-only file', () => {
    const dir = folder({ 'a.txt': '', 'b.txt': ' \n\t\r\n' });
    expect(expectCode(() => loadCorpus(join(dir, 'a.txt')), 'E_EMPTY_FILE').file).toBe(join(dir, 'a.txt'));
    expectCode(() => loadCorpus(join(dir, 'b.txt')), 'E_EMPTY_FILE');
  });

  it('E_INVALID_UTF8 names the file and the line of the first bad byte', () => {
    const bytes = new Uint8Array([...Buffer.from('Titre\nLigne deux '), 0xff, 0x0a, ...Buffer.from('fin')]);
    const dir = folder({ 'bad.txt': bytes });
    const e = expectCode(() => loadCorpus(join(dir, 'bad.txt')), 'E_INVALID_UTF8');
    expect(e.line).toBe(2);
    expect(e.message).toContain(`bad.txt:2`);
  });

  it('drops a leading BOM and keeps the rest byte for byte', () => {
    const dir = folder({ 'bom.txt': `\uFEFF${ARTICLE}` });
    const [a] = loadCorpus(join(dir, 'bom.txt')).documents;
    expect(a!.text).toBe(ARTICLE);
    expect(a!.title).toBe('Un titre d’article');
    expect(a).toMatchObject({
      id: 'bom',
      source: 'bom',
      sourceFrom: 'file-name',
      origin: join(dir, 'bom.txt'),
    });
  });

  it('E_UNSUPPORTED_FILE for a binary file and for an unsupported extension given directly', () => {
    const dir = folder({
      'bin.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]),
      'a.pdf': 'x',
    });
    expectCode(() => loadCorpus(join(dir, 'bin.txt')), 'E_UNSUPPORTED_FILE');
    expect(expectCode(() => loadCorpus(join(dir, 'a.pdf')), 'E_UNSUPPORTED_FILE').message).toContain('.pdf');
  });

  it('E_UNREADABLE for a path that cannot be read (symbolic-link loop; permissions when not root)', () => {
    const dir = folder({});
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    expect(expectCode(() => loadCorpus(join(dir, 'loop-a.txt')), 'E_UNREADABLE').message).toContain('ELOOP');
    const inFolder = folder({ 'ok.txt': ARTICLE });
    symlinkSync(join(inFolder, 'missing.txt'), join(inFolder, 'broken.txt'));
    expectCode(() => loadCorpus(inFolder), 'E_UNREADABLE');
    const kept = loadCorpus(inFolder, { skipInvalid: true });
    expect(kept.skipped).toEqual([
      expect.objectContaining({ reason: 'unreadable', file: join(inFolder, 'broken.txt') }),
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('E_UNREADABLE for a file without read permission', () => {
    const dir = folder({ 'secret.txt': ARTICLE });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    expectCode(() => loadCorpus(join(dir, 'secret.txt')), 'E_UNREADABLE');
  });

  it('E_NOT_A_FILE for a device, E_NOT_A_DIRECTORY for a path through a file', () => {
    expectCode(() => loadCorpus('/dev/null'), 'E_NOT_A_FILE');
    const dir = folder({ 'a.txt': ARTICLE });
    expectCode(() => loadCorpus(join(dir, 'a.txt', 'b.txt')), 'E_NOT_A_DIRECTORY');
  });

  it('resolves a relative path against options.cwd', () => {
    const dir = folder({ 'a.txt': ARTICLE });
    expect(loadCorpus('a.txt', { cwd: dir }).documents[0]!.id).toBe('a');
  });
});

describe('loadCorpus: JSONL', () => {
  const jsonl = (name: string, content: string): string => join(folder({ [name]: content }), name);

  it('loads records; CRLF and blank lines are fine; ids, sources, lang and origin follow the records', () => {
    const path = jsonl(
      'c.jsonl',
      [
        line({
          id: 'x1',
          source: 'Le Monde',
          text: ARTICLE,
          lang: 'French',
          date: '2022-01-06',
          url: 'https://e.org/1',
          kind: 'news',
        }),
        '',
        line({ source: 'Le Monde', text: ARTICLE, title: 'Titre donné', lang: null }),
        line({
          id: 7,
          source: 'BBC',
          text: 'Troops arrive\n\nRussian-led troops reached Almaty on Thursday.',
          lang: 'en-GB',
        }),
      ].join('\r\n'),
    );
    const { documents, skipped } = loadCorpus(path);
    expect(skipped).toEqual([]);
    expect(documents.map((d) => [d.id, d.source, d.lang, d.origin, d.sourceFrom])).toEqual([
      ['x1', 'Le Monde', 'fr', `${path}:1`, 'record'],
      ['le-monde-1', 'Le Monde', undefined, `${path}:3`, 'record'],
      ['7', 'BBC', 'en', `${path}:4`, 'record'],
    ]);
    expect(documents[0]).toMatchObject({ date: '2022-01-06', url: 'https://e.org/1', kind: 'news' });
    expect(documents[1]!.title).toBe('Titre donné');
    expect(documents[1]!.titleSpan).toBeNull();
    expect(documents[2]!.title).toBe('Troops arrive');
    documents.forEach(expectConsistentArticle);
  });

  it('E_INVALID_JSON names the file and the line (3)', () => {
    const path = jsonl(
      'bad.jsonl',
      [line({ source: 'S', text: 'a' }), '', '{"source": "S", "text": '].join('\n'),
    );
    const e = expectCode(() => loadCorpus(path), 'E_INVALID_JSON');
    expect(e.line).toBe(3);
    expect(e.message).toContain('bad.jsonl:3');
  });

  it('E_INVALID_RECORD for a line that is not an object', () => {
    const e = expectCode(() => loadCorpus(jsonl('arr.jsonl', '[1, 2]\n')), 'E_INVALID_RECORD');
    expect(e.message).toMatch(/arr\.jsonl:1: .*array/);
    expectCode(() => loadCorpus(jsonl('str.jsonl', '"text"\n')), 'E_INVALID_RECORD');
  });

  it('E_MISSING_TEXT for a missing, null or blank text', () => {
    for (const record of [{ source: 'S' }, { source: 'S', text: null }, { source: 'S', text: '  \n' }]) {
      const e = expectCode(() => loadCorpus(jsonl('t.jsonl', line(record))), 'E_MISSING_TEXT');
      expect(e.message).toContain('t.jsonl:1');
    }
  });

  it('E_MISSING_SOURCE unless a default source is given', () => {
    const path = jsonl('s.jsonl', `${line({ text: ARTICLE })}\n${line({ source: ' ', text: ARTICLE })}\n`);
    expect(expectCode(() => loadCorpus(path), 'E_MISSING_SOURCE').line).toBe(1);
    const { documents } = loadCorpus(path, { defaultSource: 'Inconnu' });
    expect(documents.map((d) => [d.id, d.source, d.sourceFrom])).toEqual([
      ['inconnu-1', 'Inconnu', 'default-source'],
      ['inconnu-2', 'Inconnu', 'default-source'],
    ]);
  });

  it('E_INVALID_RECORD names the field of the wrong type', () => {
    const cases: [object, string][] = [
      [{ source: 'S', text: 'T', lang: 5 }, 'lang'],
      [{ source: 3, text: 'T' }, 'source'],
      [{ source: 'S', text: ['T'] }, 'text'],
      [{ source: 'S', text: 'T', id: true }, 'id'],
      [{ source: 'S', text: 'T', date: { y: 2022 } }, 'date'],
    ];
    for (const [record, field] of cases) {
      const e = expectCode(() => loadCorpus(jsonl('w.jsonl', line(record))), 'E_INVALID_RECORD');
      expect(e.path).toBe(field);
      expect(e.message).toContain(`w.jsonl:1 at ${field}:`);
    }
  });

  it('E_DUPLICATE_ID names both lines; with skipInvalid the second is kept as id#2 and reported', () => {
    const path = jsonl(
      'd.jsonl',
      [
        line({ id: 'a', source: 'S', text: 'un' }),
        line({ id: 'b', source: 'S', text: 'deux' }),
        line({ id: 'a', source: 'S', text: 'trois' }),
      ].join('\n'),
    );
    const e = expectCode(() => loadCorpus(path), 'E_DUPLICATE_ID');
    expect(e.message).toContain(`${path}:1`);
    expect(e.message).toContain(`${path}:3`);
    const { documents, skipped } = loadCorpus(path, { skipInvalid: true });
    expect(documents.map((d) => d.id)).toEqual(['a', 'b', 'a#2']);
    expect(documents[2]!.text).toBe('trois');
    expect(skipped).toEqual([
      { file: path, line: 3, reason: 'duplicate-id-renamed', message: expect.stringContaining('a#2') },
    ]);
  });

  it('E_INVALID_UTF8 in a JSONL file names its line', () => {
    const bytes = new Uint8Array([
      ...Buffer.from(`${line({ source: 'S', text: 'a' })}\n{"source":"S","text":"`),
      0xc3,
      0x28,
      ...Buffer.from('"}\n'),
    ]);
    const e = expectCode(() => loadCorpus(join(folder({ 'u.jsonl': bytes }), 'u.jsonl')), 'E_INVALID_UTF8');
    expect(e.line).toBe(2);
  });

  it('E_EMPTY_CORPUS for an empty JSONL file or one with only blank lines', () => {
    expectCode(() => loadCorpus(jsonl('e.jsonl', '')), 'E_EMPTY_CORPUS');
    expectCode(() => loadCorpus(jsonl('e.jsonl', '\n  \r\n\n')), 'E_EMPTY_CORPUS');
  });

  it('skipInvalid: bad lines are reported with line, reason and message, the rest loads', () => {
    const path = jsonl(
      'mixed.jsonl',
      [
        line({ source: 'S', text: ARTICLE }),
        '{oops',
        line({ source: 'S' }),
        line({ text: ARTICLE }),
        line({ source: 'S', text: ARTICLE, lang: 1 }),
        '42',
        line({ source: 'T', text: ARTICLE }),
      ].join('\n'),
    );
    const { documents, skipped } = loadCorpus(path, { skipInvalid: true });
    expect(documents.map((d) => d.origin)).toEqual([`${path}:1`, `${path}:7`]);
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [2, 'invalid-json'],
      [3, 'missing-text'],
      [4, 'missing-source'],
      [5, 'invalid-record'],
      [6, 'invalid-record'],
    ]);
    for (const s of skipped) expect(s.message).toContain(`${path}:${s.line}`);
    const allBad = jsonl('bad.jsonl', '{oops\n[]\n');
    const e = expectCode(() => loadCorpus(allBad, { skipInvalid: true }), 'E_EMPTY_CORPUS');
    expect(e.details).toEqual({
      skipped: [expect.objectContaining({ line: 1 }), expect.objectContaining({ line: 2 })],
    });
  });

  it('loadJsonlText loads JSONL held in memory, naming it in errors', () => {
    expect(
      loadJsonlText(`\uFEFF${line({ source: 'S', text: ARTICLE })}\n`, '<stdin>').documents[0]!.origin,
    ).toBe('<stdin>:1');
    expect(expectCode(() => loadJsonlText('x\n', '<stdin>'), 'E_INVALID_JSON').message).toContain(
      '<stdin>:1',
    );
  });
});

describe('loadCorpus: records', () => {
  it('loads an array and any iterable; ids come from the source slug', () => {
    const records: DocumentInput[] = [
      { source: 'Le Monde', text: ARTICLE },
      { source: 'Le Monde', text: ARTICLE, id: 'le-monde-1' },
      { source: 'Le Monde', text: ARTICLE },
    ];
    expect(loadCorpus(records).documents.map((d) => d.id)).toEqual([
      'le-monde-2',
      'le-monde-1',
      'le-monde-3',
    ]);
    function* gen(): Generator<DocumentInput> {
      yield { source: 'Été 2022 — Rédaction', text: ARTICLE };
    }
    const [doc] = loadCorpus(gen()).documents;
    expect(doc).toMatchObject({ id: 'ete-2022-redaction-1', origin: 'record 1', sourceFrom: 'record' });
  });

  it('errors name record N', () => {
    const bad = [{ source: 'S', text: ARTICLE }, { source: 'S' }] as DocumentInput[];
    const e = expectCode(() => loadCorpus(bad), 'E_MISSING_TEXT');
    expect(e.message).toMatch(/^record 2: /);
    expect(loadCorpus(bad, { skipInvalid: true }).skipped).toEqual([
      { file: 'record 2', reason: 'missing-text', message: expect.stringContaining('record 2') },
    ]);
    expectCode(() => loadCorpus([]), 'E_EMPTY_CORPUS');
  });

  it('maps language labels: fr/en synonyms, other labels to "other", absent left for detection', () => {
    const langs = [
      'fr',
      'FRA',
      'français',
      'fr-CA',
      'eng',
      'English',
      'en_US',
      'other',
      'de',
      'russian',
      '',
      undefined,
    ];
    const docs = loadCorpus(
      langs.map((lang) => ({ source: 'S', text: ARTICLE, lang }) as DocumentInput),
    ).documents;
    expect(docs.map((d) => d.lang)).toEqual([
      'fr',
      'fr',
      'fr',
      'fr',
      'en',
      'en',
      'en',
      'other',
      'other',
      'other',
      undefined,
      undefined,
    ]);
  });

  it('refuses input that is neither a path nor an iterable', () => {
    expect(() => loadCorpus(42 as unknown as string)).toThrow(UsageError);
  });
});

describe('loadCorpus: folders', () => {
  it('reads document files sorted by name; reports hidden files, subfolders and other types', () => {
    const dir = folder({
      'b.md': `# Titre Markdown\n\n${ARTICLE}`,
      'a.txt': ARTICLE,
      'c.HTML': '<p>Un texte HTML assez long pour un corps.</p>',
      'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      'report.pdf': '%PDF-1.4',
      'notes.docx': 'PK',
      '.DS_Store': 'x',
      'data.json': '{}',
    });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'd.txt'), ARTICLE);
    const { documents, skipped } = loadCorpus(dir);
    expect(documents.map((d) => [d.id, d.source, d.sourceFrom])).toEqual([
      ['a', 'a', 'file-name'],
      ['b', 'b', 'file-name'],
      ['c', 'c', 'file-name'],
    ]);
    expect(documents[1]!.title).toBe('Titre Markdown');
    expect(skipped.map((s) => [s.file.slice(dir.length + 1), s.reason])).toEqual([
      ['.DS_Store', 'hidden-file'],
      ['data.json', 'unsupported-file-type'],
      ['notes.docx', 'unsupported-file-type'],
      ['photo.jpg', 'unsupported-file-type'],
      ['report.pdf', 'unsupported-file-type'],
      ['sub', 'subfolder'],
    ]);
    expect(loadCorpus(dir, { defaultSource: 'Blog' }).documents.map((d) => [d.source, d.sourceFrom])).toEqual(
      [
        ['Blog', 'default-source'],
        ['Blog', 'default-source'],
        ['Blog', 'default-source'],
      ],
    );
  });

  it('a bad file throws; with skipInvalid it is reported (binary, empty, invalid UTF-8)', () => {
    const dir = folder({
      'a.txt': ARTICLE,
      'bin.txt': new Uint8Array([0x41, 0x00, 0x42]),
      'empty.md': '\n\n',
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
    });
    expectCode(() => loadCorpus(dir), 'E_UNSUPPORTED_FILE');
    const { documents, skipped } = loadCorpus(dir, { skipInvalid: true });
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(skipped.map((s) => [s.file.slice(dir.length + 1), s.reason, s.line])).toEqual([
      ['bin.txt', 'binary-file', undefined],
      ['empty.md', 'empty-file', undefined],
      ['latin1.txt', 'invalid-utf8', 1],
    ]);
  });

  it('E_EMPTY_CORPUS for a folder without any usable file', () => {
    const e = expectCode(
      () => loadCorpus(folder({ 'a.jpg': 'x', '.hidden.txt': ARTICLE })),
      'E_EMPTY_CORPUS',
    );
    expect(e.message).toContain('2 input(s) were skipped');
    expectCode(() => loadCorpus(folder({})), 'E_EMPTY_CORPUS');
  });

  it('duplicate stems: E_DUPLICATE_ID naming both files, or id#2 with skipInvalid', () => {
    const dir = folder({ 'a.txt': ARTICLE, 'a.md': ARTICLE });
    const e = expectCode(() => loadCorpus(dir), 'E_DUPLICATE_ID');
    expect(e.message).toContain(join(dir, 'a.md'));
    expect(e.message).toContain(join(dir, 'a.txt'));
    expect(loadCorpus(dir, { skipInvalid: true }).documents.map((d) => d.id)).toEqual(['a', 'a#2']);
  });

  it('uses manifest facts per file, and the fallback for files it does not list', () => {
    const manifest = {
      documents: [
        {
          file: 'a.txt',
          id: 'art-a',
          source: 'Le Monde',
          kind: 'news',
          date: '2022-01-07',
          lang: 'fr',
          title: 'Titre du manifeste',
        },
      ],
    };
    const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'manifest.json': JSON.stringify(manifest) });
    const { documents, skipped } = loadCorpus(dir, { defaultSource: 'Autre' });
    expect(skipped).toEqual([]);
    expect(documents[0]).toMatchObject({
      id: 'art-a',
      source: 'Le Monde',
      sourceFrom: 'manifest',
      kind: 'news',
      date: '2022-01-07',
      lang: 'fr',
      title: 'Titre du manifeste',
      titleSpan: null,
    });
    expect(documents[1]).toMatchObject({ id: 'b', source: 'Autre', sourceFrom: 'default-source' });
    expect(loadCorpus(join(dir, 'a.txt')).documents[0]!.id).toBe('art-a');
  });

  it('E_INVALID_MANIFEST names the manifest, the entry and the field', () => {
    const cases: [unknown, RegExp][] = [
      [{ documents: [{ file: 'a.txt', sorce: 'X' }] }, /entry 0 \("a\.txt"\).*sorce/],
      [
        { documents: [{ file: 'a.txt', stance: { intervention: { label: 'against', strength: 3 } } }] },
        /entry 0/,
      ],
      [
        { documents: [{ file: 'a.txt', stance: { intervention: { label: 'favor', strength: -1 } } }] },
        /sign/,
      ],
      [
        { documents: [{ file: 'a.txt' }, { file: 'missing.txt' }] },
        /entry 1 \("missing\.txt"\): no such file/,
      ],
      [{ documents: [{ file: 'a.txt' }, { file: 'a.txt' }] }, /same file/],
      [{ documents: [{ file: '../a.txt' }] }, /not a path/],
      [{ docs: [] }, /docs|documents/],
    ];
    for (const [manifest, pattern] of cases) {
      const dir = folder({ 'a.txt': ARTICLE, 'manifest.json': JSON.stringify(manifest) });
      const e = expectCode(() => loadCorpus(dir), 'E_INVALID_MANIFEST');
      expect(e.file).toBe(join(dir, 'manifest.json'));
      expect(e.message).toMatch(pattern);
    }
    const broken = folder({ 'a.txt': ARTICLE, 'manifest.json': '{"documents": [' });
    expect(expectCode(() => loadCorpus(broken), 'E_INVALID_MANIFEST').message).toContain('invalid JSON');
  });
});

describe('loadCorpus: HTML files', () => {
  it('reduces HTML to text: scripts, styles, navigation dropped; entities decoded; <h1> as title', () => {
    const html = `<!doctype html><html><head><title>Page | Site</title><style>p { color: red }</style>
      <script>document.write("<p>injecté</p>")</script></head><body>
      <header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
      <article><h1>Des troupes &laquo;&nbsp;de paix&nbsp;&raquo; à Almaty</h1>
      <p>Les soldats sont arrivés jeudi&nbsp;; la ville est calme &amp; silencieuse.</p>
      <p>Lire aussi : un autre article</p><script>track()</script></article>
      <footer>© Site 2022</footer></body></html>`;
    const dir = folder({ 'page.html': html });
    const [a] = loadCorpus(dir).documents;
    expect(a!.text).not.toMatch(/injecté|track|color|Accueil|<p>/);
    expect(a!.title).toBe('Des troupes « de paix » à Almaty');
    expect(a!.titleSpan).not.toBeNull();
    expect(a!.text).toContain('la ville est calme & silencieuse.');
    expect(a!.removed.map((r) => r.reason)).toEqual(['related-link']);
    expectConsistentArticle(a!);
  });

  it('E_EMPTY_FILE for an HTML file with no readable text; a JSONL text that looks like HTML is kept as given', () => {
    expectCode(
      () => loadCorpus(join(folder({ 'x.htm': '<script>only()</script>' }), 'x.htm')),
      'E_EMPTY_FILE',
    );
    const [doc] = loadCorpus([{ source: 'S', text: '<p>Bonjour</p>' }]).documents;
    expect(doc!.text).toBe('<p>Bonjour</p>');
  });
});
