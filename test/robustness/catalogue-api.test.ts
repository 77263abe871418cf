/**
 * The catalogue of bad and odd input, through the library's API (`loadCorpus`, `analyzeDocument`,
 * `analyzeCorpus`). Each test's name states the expected behaviour; docs/input-and-errors.md has the
 * same table.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeCorpus,
  analyzeDocument,
  CorpusError,
  cstoKazakhstan2022Spec,
  type DocumentAnalysis,
  defineTopic,
  loadCorpus,
  loadJsonlText,
  processText,
  TopicError,
} from '../../src/index.js';
import { EN, FR, FR_ARTICLE, line, RECORDS } from './fixtures.js';
import { brokenCorpusLaw, expectLawful, expectThrowsCode, findingsOf, tempFolder } from './harness.js';

const analyze = (text: string, lang?: 'fr' | 'en'): DocumentAnalysis =>
  analyzeDocument(lang ? { source: 'S', text, lang } : { source: 'S', text });

/** Findings that do not depend on the number of word tokens (scripts added to a text add tokens). */
const withoutTokenCount = (d: DocumentAnalysis) => ({ ...(findingsOf(d) as object), tokens: 0 });

function expectNothingFound(d: DocumentAnalysis): void {
  expect(d.tokens).toBe(0);
  for (const s of Object.values(d.stance)) {
    expect(s).toEqual({ score: 0, label: 'neutral', confidence: 0, sum: 0, evidence: [] });
  }
  expect([d.loaded, d.naming, d.quotes, d.frames]).toEqual([[], [], [], []]);
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
}

describe('empty, blank and punctuation-only text', () => {
  it('empty text: analyzeDocument gives zero tokens, neutral stances, no findings; loading it is E_MISSING_TEXT', () => {
    const d = analyze('');
    expectNothingFound(d);
    expect(d).toMatchObject({ lang: 'other', sentences: 0, title: null, removed: [] });
    const e = expectThrowsCode(() => loadCorpus([{ source: 'S', text: '' }]), 'E_MISSING_TEXT');
    expect(e).toBeInstanceOf(CorpusError);
    expect(e.file).toBe('record 1');
    expectThrowsCode(() => analyzeCorpus([{ source: 'S', text: '' }]), 'E_MISSING_TEXT');
  });

  it('empty text with skipInvalid: the record is reported as missing-text and the others are analysed', () => {
    const corpus = loadCorpus([{ source: 'S', text: '' }, RECORDS[0]!], { skipInvalid: true });
    expect(corpus.documents.map((d) => d.id)).toEqual(['fr-a-1']);
    expect(corpus.skipped).toEqual([expect.objectContaining({ file: 'record 1', reason: 'missing-text' })]);
    const analysis = analyzeCorpus(corpus);
    expect(analysis.skipped).toEqual(corpus.skipped);
    expect(brokenCorpusLaw(analysis, corpus.documents)).toBeNull();
  });

  it('whitespace only (spaces, tabs, line breaks, no-break and em spaces): like empty text', () => {
    const blank = ' \n\t\r\n\u00a0\u2003\u202f ';
    expectNothingFound(analyze(blank));
    expectNothingFound(analyze(blank, 'fr'));
    expectThrowsCode(() => loadCorpus([{ source: 'S', text: blank }]), 'E_MISSING_TEXT');
    const dir = tempFolder({ 'blank.txt': blank, 'blank.jsonl': '\n  \n\r\n' });
    expectThrowsCode(() => loadCorpus(join(dir, 'blank.txt')), 'E_EMPTY_FILE');
    expectThrowsCode(() => loadCorpus(join(dir, 'blank.jsonl')), 'E_EMPTY_CORPUS');
  });

  it('punctuation only: loads and is analysed as a document without words (lang "other", rates 0, no NaN)', () => {
    const text = '!!! … ??? — « » ; , . (…) [] -- ** //';
    expectNothingFound(analyze(text));
    // In French too: the empty pair « » is two marks, not a quotation; nothing is found.
    expectNothingFound(analyze(text, 'fr'));
    expect(analyze('Il a déclaré : «  ». He said "" then.', 'fr').quotes).toEqual([]);
    const corpus = loadCorpus([{ id: 'p', source: 'S', text }]);
    expect(corpus.documents[0]!.text).toBe(text);
    const analysis = analyzeCorpus(corpus);
    expect(analysis.documents[0]).toMatchObject({ tokens: 0, lang: 'other' });
    expect(analysis.sources[0]).toMatchObject({ source: 'S', tokens: 0 });
    expect(analysis.sources[0]!.loadedRates.total).toBe(0);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(brokenCorpusLaw(analysis, corpus.documents)).toBeNull();
  });
});

describe('a title with no body', () => {
  it('a lone headline line is not taken as a title: it is the body, and is analysed', () => {
    const text = 'Les soldats de la paix de l’OTSC arrivent à Almaty';
    const [a] = loadCorpus([{ source: 'S', text }]).documents;
    expect(a).toMatchObject({ title: null, titleSpan: null, body: [{ start: 0, end: text.length }] });
    const d = analyzeDocument(a!);
    expect(d.naming.map((n) => n.term)).toContain('soldat de la paix');
    expectLawful(d, text);
  });

  it('a record whose text is only its title: the title is located, the body is empty, the title is still read', () => {
    const text = 'Les soldats de la paix arrivent';
    const [a] = loadCorpus([{ source: 'S', title: text, text }]).documents;
    expect(a).toMatchObject({ title: text, titleSpan: { start: 0, end: text.length }, body: [] });
    const d = analyzeDocument(a!);
    expect(d.tokens).toBe(6);
    expect(d.naming.map((n) => n.text)).toEqual(['soldats de la paix']);
  });

  it('a title with a blank text is E_MISSING_TEXT (a title alone is not an article)', () => {
    expectThrowsCode(() => loadCorpus([{ source: 'S', title: 'Titre', text: ' ' }]), 'E_MISSING_TEXT');
  });
});

describe('very long input', () => {
  it('one sentence of 100,000 characters: one sentence, every repeated name found, offsets exact', () => {
    const unit = 'les soldats de la paix sont arrivés puis ';
    const repeats = Math.ceil(100_000 / unit.length);
    const text = unit.repeat(repeats).trimEnd();
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const d = analyze(text, 'fr');
    expect(d.sentences).toBe(1);
    expect(d.tokens).toBe(repeats * 8);
    expect(d.naming.filter((n) => n.term === 'soldat de la paix')).toHaveLength(repeats);
    expectLawful(d, text);
  });
});

describe('binary bytes and invalid UTF-8', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const latin1 = new TextEncoder().encode('Les soldats sont arrivés.\n');
  const invalid = new Uint8Array([...new TextEncoder().encode('Titre\n\nLigne deux\n'), 0x61, 0xe9, 0x0a]);

  it('a file with a NUL byte is a binary file: E_UNSUPPORTED_FILE naming the file', () => {
    const dir = tempFolder({ 'photo.txt': bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a) });
    expect(expectThrowsCode(() => loadCorpus(join(dir, 'photo.txt')), 'E_UNSUPPORTED_FILE').file).toBe(
      join(dir, 'photo.txt'),
    );
  });

  it('invalid UTF-8 (a Latin-1 "é") is E_INVALID_UTF8 naming the file and the line; no replacement character', () => {
    const dir = tempFolder({ 'a.txt': invalid, 'ok.txt': latin1 });
    const e = expectThrowsCode(() => loadCorpus('a.txt', { cwd: dir }), 'E_INVALID_UTF8');
    expect([e.file, e.line]).toEqual(['a.txt', 4]);
    expect(e.message).toMatch(/^a\.txt:4: /);
    expect(loadCorpus('ok.txt', { cwd: dir }).documents[0]!.text).not.toContain('\ufffd');
  });

  it('in a folder: a bad file throws; with skipInvalid it is reported (binary-file, invalid-utf8) and the rest loads', () => {
    const dir = tempFolder({ 'a.txt': invalid, 'b.txt': bytes(0x00, 0x01), 'c.txt': FR_ARTICLE });
    expectThrowsCode(() => loadCorpus(dir), 'E_INVALID_UTF8');
    const corpus = loadCorpus(dir, { skipInvalid: true });
    expect(corpus.documents.map((d) => d.id)).toEqual(['c']);
    expect(corpus.skipped.map((s) => [s.file, s.line, s.reason])).toEqual([
      [join(dir, 'a.txt'), 4, 'invalid-utf8'],
      [join(dir, 'b.txt'), undefined, 'binary-file'],
    ]);
  });

  it('raw surrogate bytes (CESU-8 "ED A0 80") are invalid UTF-8, even inside a JSONL string', () => {
    const prefix = new TextEncoder().encode('{"source":"S","text":"a');
    const suffix = new TextEncoder().encode('"}\n');
    const dir = tempFolder({ 'c.jsonl': new Uint8Array([...prefix, 0xed, 0xa0, 0x80, ...suffix]) });
    expect(expectThrowsCode(() => loadCorpus(join(dir, 'c.jsonl')), 'E_INVALID_UTF8').line).toBe(1);
  });
});

describe('control characters, accents, apostrophes and quotation marks', () => {
  it('NUL and control characters inside a text are kept verbatim, are not words, and change no finding', () => {
    const text = FR.replace('jeudi', 'jeudi\u0000\u0007\u001b\u007f').replace(
      'mairie',
      'mairie\u0001\u0008\u009b',
    );
    const [a] = loadCorpus([{ source: 'S', text }]).documents;
    expect(a!.text).toBe(text);
    const d = analyzeDocument(a!);
    expect(findingsOf(d)).toEqual(findingsOf(analyze(FR)));
    expectLawful(d, text);
  });

  it('the Unicode line separators (NEL U+0085, U+2028, U+2029) end a line like \\n: same findings as with \\n', () => {
    const lf = FR.replace(/\. /g, '.\n');
    for (const sep of ['\u0085', '\u2028', '\u2029']) {
      const text = FR.replace(/\. /g, `.${sep}`);
      const d = analyze(text);
      expect(findingsOf(d)).toEqual(findingsOf(analyze(lf)));
      expectLawful(d, text);
    }
  });

  it('NFD and NFC accents give the same findings; offsets index each text as given', () => {
    for (const base of [FR, FR_ARTICLE, EN.replace('Tokayev', 'Tokaïev')]) {
      const nfd = base.normalize('NFD');
      expect(nfd).not.toBe(base);
      const [c, d] = [analyze(base), analyze(nfd)];
      expect(findingsOf(d)).toEqual(findingsOf(c));
      expectLawful(d, nfd);
      expect(d.naming.map((n) => n.text.normalize('NFC'))).toEqual(c.naming.map((n) => n.text));
    }
  });

  it('curly and straight apostrophes and quotation marks (« », “ ”, " ") give the same findings', () => {
    const straight = FR.replace(/’/g, "'").replace(/« /g, '"').replace(/ »/g, '"');
    const english = FR.replace(/« /g, '“').replace(/ »/g, '”');
    const base = findingsOf(analyze(FR));
    expect(findingsOf(analyze(straight))).toEqual(base);
    expect(findingsOf(analyze(english))).toEqual(base);
    const curlyEn = EN.replace(/(^|\s)"/g, '$1“').replace(/"/g, '”');
    expect(curlyEn).toContain('“terrorists”');
    expect(findingsOf(analyze(curlyEn))).toEqual(findingsOf(analyze(EN)));
  });

  it('an unclosed quotation runs to the end of its paragraph only; the next paragraph is the outlet’s voice', () => {
    const text =
      'Un témoin a dit « les terroristes ont attaqué la mairie.\n\nLes soldats de la paix sont arrivés jeudi.';
    const pt = processText({ text, lang: 'fr' });
    expect(pt.quotes).toHaveLength(1);
    expect(pt.quotes[0]).toMatchObject({ closed: false, text: '« les terroristes ont attaqué la mairie.' });
    const d = analyze(text, 'fr');
    expect(d.naming.find((n) => n.term === 'soldat de la paix')?.voice).toBe('authorial');
    expectLawful(d, text);
  });

  it('stray closing marks and runs of opening marks are never paired across paragraphs; nothing throws', () => {
    for (const text of [
      'Les soldats » sont arrivés ».\n\n« « « Les terroristes',
      '» » » « «\n\n“ ” ” “ „ ‹ › ‘ ’',
      '"""" Les soldats de la paix "',
    ]) {
      const pt = processText({ text, lang: 'fr' });
      for (const q of pt.quotes) expect(q.text.includes('\n\n')).toBe(false);
      expectLawful(analyze(text, 'fr'), text);
    }
  });

  it('nested quotation marks: the inner quotation is a child of the outer one; the cue inside is quoted', () => {
    const text =
      '« Ils appellent ça “ maintien de l’ordre ” mais ce sont des terroristes », a déclaré un opposant.';
    const pt = processText({ text, lang: 'fr' });
    expect(pt.quotes.map((q) => [q.open, q.close, q.depth, q.parent])).toEqual([
      ['«', '»', 0, -1],
      ['“', '”', 1, 0],
    ]);
    const d = analyze(text, 'fr');
    expect(d.loaded.find((c) => c.text === 'terroristes')?.voice).toBe('quoted');
    expectLawful(d, text);
  });
});

describe('emoji and other scripts', () => {
  it('emoji (flags, skin tones, ZWJ families) are single non-word tokens and change no finding', () => {
    const text = FR.replace('jeudi.', 'jeudi 🇰🇿.').replace('mairie.', 'mairie 😡👍🏽 👨‍👩‍👧.');
    const pt = processText({ text, lang: 'fr' });
    expect(pt.tokens.filter((t) => t.kind === 'emoji').map((t) => t.text)).toEqual([
      '🇰🇿',
      '😡',
      '👍🏽',
      '👨‍👩‍👧',
    ]);
    const d = analyze(text);
    expect(findingsOf(d)).toEqual(findingsOf(analyze(FR)));
    expectLawful(d, text);
  });

  it('Cyrillic and Kazakh inside French: still French, the French findings unchanged, the quotes in Cyrillic found', () => {
    const text = FR.replace(
      'jeudi.',
      'jeudi, sous des pancartes « Шал кет! » et « Қазақстан біздің үйіміз ».',
    );
    const d = analyze(text);
    const base = analyze(FR);
    expect(d.lang).toBe('fr');
    expect(d.naming.map((n) => n.rule)).toEqual(base.naming.map((n) => n.rule));
    expect(d.loaded.map((c) => c.rule)).toEqual(base.loaded.map((c) => c.rule));
    expect(d.quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining(['Шал кет!', 'Қазақстан біздің үйіміз']),
    );
    for (const t of Object.keys(base.stance)) expect(d.stance[t]!.label).toBe(base.stance[t]!.label);
    expectLawful(d, text);
  });

  it('a text all in Kazakh is lang "other": analysed without findings, never an error', () => {
    const text =
      'Қазақстан Республикасының Президенті халыққа үндеу жасады. Алматыда тәртіп қалпына келтірілді.';
    const d = analyze(text);
    expect(d.lang).toBe('other');
    expect(d.tokens).toBeGreaterThan(0);
    expect([d.loaded, d.naming, d.quotes]).toEqual([[], [], []]);
  });

  it('right-to-left text (Arabic, Hebrew, bidi controls) inside French: kept, French findings unchanged', () => {
    const text = FR.replace('jeudi.', 'jeudi \u200fالحكومة\u200f \u202bשלום\u202c.');
    const d = analyze(text);
    expect(withoutTokenCount(d)).toEqual(withoutTokenCount(analyze(FR)));
    expect(d.tokens).toBeGreaterThan(analyze(FR).tokens);
    expectLawful(d, text);
  });
});

describe('HTML and scripts in a text', () => {
  const html = [
    '<h1>Des troupes de l’OTSC à Almaty</h1>',
    `<p>${FR}</p>`,
    '<script>var label = "terroristes"; track("bandits");</script>',
    '<style>p { color: red }</style><!-- commentaire -->',
    '<p>Les <b>manifestants</b> réclament la baisse du prix du gaz.</p>',
  ].join('\n');

  it('markup in a record is set aside as "markup" regions by offsets, never read; the text stays as given', () => {
    const [a] = loadCorpus([{ source: 'S', text: html }]).documents;
    expect(a!.text).toBe(html);
    expect(a!.title).toBe('Des troupes de l’OTSC à Almaty');
    const markup = a!.removed.filter((r) => r.reason === 'markup').map((r) => r.text);
    expect(markup).toEqual([
      '<h1>',
      '</h1>',
      '<p>',
      '</p>',
      '<script>var label = "terroristes"; track("bandits");</script>',
      '<style>p { color: red }</style>',
      '<!-- commentaire -->',
      '<p>',
      '<b>',
      '</b>',
      '</p>',
    ]);
    const d = analyzeDocument(a!);
    const script = html.indexOf('<script>');
    const scriptEnd = html.indexOf('</script>');
    for (const c of d.loaded) expect(c.start < script || c.start > scriptEnd).toBe(true);
    expect(d.loaded.filter((c) => c.text === 'terroristes')).toHaveLength(1);
    expect(d.naming.map((n) => n.text)).toContain('manifestants');
    expectLawful(d, html);
  });

  it('a < that opens no known tag is text: "a < b", "<3", "<Tokaïev>"', () => {
    const text = 'Les prix montent: a < b et <3 pour <Tokaïev> jeudi.';
    const [a] = loadCorpus([{ source: 'S', text }]).documents;
    expect(a!.removed).toEqual([]);
  });

  it('an HTML file is reduced to its text (scripts, styles, navigation dropped); offsets index the reduced text', () => {
    const page = `<!doctype html><html><head><title>T</title><script>alert("terroristes")</script></head>
      <body><nav><a href="/">Accueil</a></nav><article><h1>Titre</h1><p>${FR}</p></article></body></html>`;
    const dir = tempFolder({ 'page.html': page });
    const [a] = loadCorpus(dir).documents;
    expect(a!.title).toBe('Titre');
    expect(a!.text).not.toMatch(/alert|Accueil|<p>/);
    const d = analyzeDocument(a!);
    expect(d.loaded.filter((c) => c.text === 'terroristes')).toHaveLength(1);
    expectLawful(d, a!.text);
  });
});

describe('line ends and JSON strings', () => {
  it('CRLF line ends give the same title, body and findings as LF; offsets index the CRLF text', () => {
    const lf = FR_ARTICLE;
    const crlf = lf.replace(/\n/g, '\r\n');
    const [a, b] = loadCorpus([
      { id: 'lf', source: 'S', text: lf },
      { id: 'crlf', source: 'S', text: crlf },
    ]).documents;
    expect(b!.title).toBe(a!.title);
    expect(b!.body.map((s) => crlf.slice(s.start, s.end).replace(/\r\n/g, '\n'))).toEqual(
      a!.body.map((s) => lf.slice(s.start, s.end)),
    );
    const d = analyzeDocument(b!);
    expect(findingsOf(d)).toEqual(findingsOf(analyzeDocument(a!)));
    expectLawful(d, crlf);
    const old = lf.replace(/\n/g, '\r');
    expect(findingsOf(analyze(old))).toEqual(findingsOf(analyzeDocument(a!)));
  });

  it('a JSONL file with CRLF line ends loads like LF', () => {
    const dir = tempFolder({ 'c.jsonl': `${line(RECORDS[0]!)}\r\n\r\n${line(RECORDS[2]!)}\r\n` });
    const corpus = loadCorpus(join(dir, 'c.jsonl'));
    expect(corpus.documents.map((d) => [d.id, d.origin])).toEqual([
      ['fr-a-1', `${join(dir, 'c.jsonl')}:1`],
      ['en-c-1', `${join(dir, 'c.jsonl')}:3`],
    ]);
  });

  it('lone surrogates escaped in JSON strings are kept, analysed with exact offsets, and written back escaped', () => {
    const content = `{"id":"x","source":"S","text":"Les soldats de la paix \\ud800 sont arrivés \\udfff jeudi. \\ud83d"}\n`;
    const corpus = loadJsonlText(content, 'mem.jsonl');
    const text = corpus.documents[0]!.text;
    expect(text).toBe('Les soldats de la paix \ud800 sont arrivés \udfff jeudi. \ud83d');
    const analysis = analyzeCorpus(corpus);
    expect(analysis.documents[0]!.naming.map((n) => n.text)).toEqual(['soldats de la paix']);
    expect(brokenCorpusLaw(analysis, corpus.documents)).toBeNull();
    const json = JSON.stringify(analysis);
    expect(json).not.toMatch(/[\ud800-\udfff]/);
    expect(JSON.parse(json)).toEqual(analysis);
  });
});

describe('JSONL records', () => {
  const good = [line(RECORDS[0]!), line(RECORDS[1]!), line(RECORDS[2]!)];

  it('a bad line in the middle: E_INVALID_JSON naming the file and line 2', () => {
    const dir = tempFolder({ 'c.jsonl': `${good[0]}\n{"source": "S", "text": \n${good[2]}\n` });
    const e = expectThrowsCode(() => loadCorpus('c.jsonl', { cwd: dir }), 'E_INVALID_JSON');
    expect([e.file, e.line]).toEqual(['c.jsonl', 2]);
    expect(e.message).toMatch(/^c\.jsonl:2: invalid JSON/);
  });

  it('with skipInvalid the bad line is skipped and reported with its line; the others are analysed', () => {
    const dir = tempFolder({ 'c.jsonl': `${good[0]}\nnot json\n${good[2]}\n` });
    const corpus = loadCorpus('c.jsonl', { cwd: dir, skipInvalid: true });
    expect(corpus.documents.map((d) => d.id)).toEqual(['fr-a-1', 'en-c-1']);
    expect(corpus.skipped).toEqual([
      { file: 'c.jsonl', line: 2, reason: 'invalid-json', message: expect.stringMatching(/^c\.jsonl:2: /) },
    ]);
    const analysis = analyzeCorpus(corpus);
    expect(analysis.documents.map((d) => d.id)).toEqual(['fr-a-1', 'en-c-1']);
    expect(analysis.skipped).toEqual(corpus.skipped);
  });

  it('a record without text is E_MISSING_TEXT, without source E_MISSING_SOURCE, a wrong type E_INVALID_RECORD: each names its line', () => {
    const cases: [string, string][] = [
      [line({ source: 'S' }), 'E_MISSING_TEXT'],
      [line({ source: 'S', text: null }), 'E_MISSING_TEXT'],
      [line({ text: FR }), 'E_MISSING_SOURCE'],
      [line({ source: '  ', text: FR }), 'E_MISSING_SOURCE'],
      [line({ source: 'S', text: 42 }), 'E_INVALID_RECORD'],
      [line({ source: 'S', text: FR, date: 2022 }), 'E_INVALID_RECORD'],
      ['[1, 2]', 'E_INVALID_RECORD'],
      ['"texte"', 'E_INVALID_RECORD'],
    ];
    for (const [bad, code] of cases) {
      const e = expectThrowsCode(() => loadJsonlText(`${good[0]}\n\n${bad}\n`, 'c.jsonl'), code as never);
      expect([e.file, e.line]).toEqual(['c.jsonl', 3]);
    }
    expect(
      loadJsonlText(line({ text: FR }), 'c.jsonl', { defaultSource: 'Agence' }).documents[0]!.source,
    ).toBe('Agence');
  });

  it('duplicate ids are never merged or dropped: E_DUPLICATE_ID naming both lines; with skipInvalid both are analysed, the second as id#2', () => {
    const content = `${line({ id: 'a', source: 'S', text: FR })}\n${line({ id: 'a', source: 'T', text: EN })}\n`;
    const e = expectThrowsCode(() => loadJsonlText(content, 'c.jsonl'), 'E_DUPLICATE_ID');
    expect(e.message).toContain('c.jsonl:1');
    expect(e.message).toContain('c.jsonl:2');
    const corpus = loadJsonlText(content, 'c.jsonl', { skipInvalid: true });
    expect(corpus.documents.map((d) => [d.id, d.source])).toEqual([
      ['a', 'S'],
      ['a#2', 'T'],
    ]);
    expect(corpus.skipped).toEqual([expect.objectContaining({ line: 2, reason: 'duplicate-id-renamed' })]);
    const analysis = analyzeCorpus(corpus);
    expect(analysis.sources.map((s) => [s.source, s.documents])).toEqual([
      ['S', ['a']],
      ['T', ['a#2']],
    ]);
    expectThrowsCode(
      () =>
        analyzeCorpus([
          { id: 'a', source: 'S', text: FR },
          { id: 'a', source: 'S', text: EN },
        ]),
      'E_DUPLICATE_ID',
    );
  });

  it('an empty JSONL (no byte, only blank lines, only a BOM) is E_EMPTY_CORPUS; all lines skipped is E_EMPTY_CORPUS too', () => {
    for (const content of ['', '\n\n  \n', '\ufeff']) {
      expectThrowsCode(() => loadJsonlText(content, 'c.jsonl'), 'E_EMPTY_CORPUS');
    }
    const dir = tempFolder({ 'empty.jsonl': '' });
    expectThrowsCode(() => loadCorpus(join(dir, 'empty.jsonl')), 'E_EMPTY_CORPUS');
    const e = expectThrowsCode(
      () => loadJsonlText('x\ny\n', 'c.jsonl', { skipInvalid: true }),
      'E_EMPTY_CORPUS',
    );
    expect(e.message).toContain('all 2 input(s) were skipped');
  });
});

describe('folders and paths', () => {
  it('a folder with non-text, hidden, binary, unreadable files and a subfolder: the text files load, everything else is reported', () => {
    const dir = tempFolder({
      'a.txt': FR_ARTICLE,
      'b.md': `# Titre\n\n${FR}`,
      'c.txt': new Uint8Array([0x00, 0xff, 0x10]),
      'd.pdf': '%PDF-1.4',
      'e.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      '.DS_Store': 'x',
      'sub/f.txt': FR,
    });
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'g.txt'));
    expectThrowsCode(() => loadCorpus(dir), 'E_UNSUPPORTED_FILE');
    const corpus = loadCorpus(dir, { skipInvalid: true });
    expect(corpus.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(corpus.skipped.map((s) => [s.file.slice(dir.length + 1), s.reason])).toEqual([
      ['.DS_Store', 'hidden-file'],
      ['c.txt', 'binary-file'],
      ['d.pdf', 'unsupported-file-type'],
      ['e.jpg', 'unsupported-file-type'],
      ['g.txt', 'unreadable'],
      ['sub', 'subfolder'],
    ]);
    const analysis = analyzeCorpus(corpus);
    expect(analysis.skipped).toHaveLength(6);
    expect(brokenCorpusLaw(analysis, corpus.documents)).toBeNull();
  });

  it('a folder with only unusable files is E_EMPTY_CORPUS (its details list what was skipped)', () => {
    const dir = tempFolder({ 'a.pdf': 'x', '.hidden.txt': FR });
    const e = expectThrowsCode(() => loadCorpus(dir), 'E_EMPTY_CORPUS');
    expect((e.details as { skipped: unknown[] }).skipped).toHaveLength(2);
  });

  it('a missing path is E_PATH_NOT_FOUND naming the path as given', () => {
    const dir = tempFolder();
    const e = expectThrowsCode(() => loadCorpus('nope/corpus.jsonl', { cwd: dir }), 'E_PATH_NOT_FOUND');
    expect(e.message).toBe('nope/corpus.jsonl: no such file or folder');
    expectThrowsCode(() => loadCorpus(''), 'E_PATH_NOT_FOUND');
  });

  it('a path through a file is E_NOT_A_DIRECTORY; a device is E_NOT_A_FILE; a folder named .jsonl is read as a folder', () => {
    const dir = tempFolder({ 'a.txt': FR_ARTICLE, 'c.jsonl/x.txt': FR_ARTICLE });
    expectThrowsCode(() => loadCorpus('a.txt/b.txt', { cwd: dir }), 'E_NOT_A_DIRECTORY');
    expectThrowsCode(() => loadCorpus('/dev/null'), 'E_NOT_A_FILE');
    expect(loadCorpus('c.jsonl', { cwd: dir }).documents.map((d) => d.origin)).toEqual(['c.jsonl/x.txt']);
  });

  it('a file of another type given directly is E_UNSUPPORTED_FILE (never guessed)', () => {
    const dir = tempFolder({ 'a.pdf': '%PDF', 'b.json': '{}' });
    expectThrowsCode(() => loadCorpus(join(dir, 'a.pdf')), 'E_UNSUPPORTED_FILE');
    expectThrowsCode(() => loadCorpus(join(dir, 'b.json')), 'E_UNSUPPORTED_FILE');
  });
});

describe('topics', () => {
  it('a topic with wrong fields is a TopicError E_TOPIC_INVALID naming the field', () => {
    const cases: [unknown, string][] = [
      [{ ...cstoKazakhstan2022Spec, targets: 3 }, 'targets'],
      [{ id: 'x' }, 'name'],
    ];
    for (const [spec, path] of cases) {
      const e = expectThrowsCode(() => defineTopic(spec as never), 'E_TOPIC_INVALID');
      expect(e).toBeInstanceOf(TopicError);
      expect(e.path).toBe(path);
    }
  });
});
