import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.js';
import { expectConsistentArticle } from './article-invariants.js';

const BODY = 'Les troupes sont arrivées mercredi dans la capitale, selon le ministère.';
const slices = (text: string, spans: { start: number; end: number }[]): string[] =>
  spans.map((s) => text.slice(s.start, s.end));

describe('parseArticle: title', () => {
  it('takes a short first line without final period as the title', () => {
    const a = parseArticle(`Des soldats russes à Almaty\n\n${BODY}`, { source: 'S' });
    expect(a.title).toBe('Des soldats russes à Almaty');
    expect(a.titleSpan).toEqual({ start: 0, end: 27 });
    expect(slices(a.text, a.body)).toEqual([BODY]);
  });

  it('refuses first lines that read like body text', () => {
    for (const first of [
      'Une phrase de corps qui se termine ainsi.',
      'Voici ce qu’a déclaré le ministre :',
      'et puis les troupes sont parties',
      'x'.repeat(201),
      '2022',
    ]) {
      const a = parseArticle(`${first}\n\n${BODY}`);
      expect(a.title, first).toBeNull();
      expect(a.titleSpan).toBeNull();
    }
    expect(parseArticle('Titre seul sans corps').title).toBeNull();
  });

  it('accepts a final period when the breadcrumb above repeats the line, or after a Markdown marker', () => {
    const t = 'Boris et Biden doivent agir maintenant.';
    expect(parseArticle(`Home » World » ${t}\n\n${t}\n\n${BODY}`).title).toBe(t);
    const md = parseArticle(`# ${t}\n\n${BODY}`);
    expect(md.title).toBe(t);
    expect(md.titleSpan).toEqual({ start: 2, end: 2 + t.length });
    expectConsistentArticle(md);
  });

  it('skips boilerplate before the title', () => {
    const a = parseArticle(`Accueil » Monde\n62\n\nLe titre vrai\n\n${BODY}`);
    expect(a.title).toBe('Le titre vrai');
    expect(a.removed.map((r) => r.reason)).toEqual(['breadcrumb', 'counter']);
  });

  it('uses meta.title, located only when it is the first kept line', () => {
    const inText = parseArticle(`Le titre donné\n\n${BODY}`, { title: '  Le titre donné ' });
    expect(inText.title).toBe('Le titre donné');
    expect(inText.titleSpan).toEqual({ start: 0, end: 14 });
    const elsewhere = parseArticle(`${BODY}\n\nLe titre donné`, { title: 'Le titre donné' });
    expect(elsewhere.title).toBe('Le titre donné');
    expect(elsewhere.titleSpan).toBeNull();
    expect(slices(elsewhere.text, elsewhere.body)).toEqual([`${BODY}\n\nLe titre donné`]);
  });
});

describe('parseArticle: text and facts', () => {
  it('keeps the text as given except a leading BOM; CRLF regions exclude the \\r', () => {
    const a = parseArticle(`\uFEFFTitre\r\n\r\n${BODY}\r\nLire aussi : autre chose\r\n`);
    expect(a.text.startsWith('Titre\r\n')).toBe(true);
    expect(a.removed).toEqual([
      {
        text: 'Lire aussi : autre chose',
        start: a.text.indexOf('Lire'),
        end: a.text.indexOf('Lire') + 24,
        reason: 'related-link',
      },
    ]);
    expectConsistentArticle(a);
  });

  it('copies facts and normalises the language; defaults id and source', () => {
    const a = parseArticle(`Titre\n\n${BODY}`, {
      id: 'a1',
      source: 'Le Monde',
      lang: 'French',
      date: '2022-01-06',
      url: 'https://example.org/a',
      kind: 'news',
      origin: 'x.jsonl:2',
    });
    expect(a).toMatchObject({
      id: 'a1',
      source: 'Le Monde',
      lang: 'fr',
      date: '2022-01-06',
      kind: 'news',
      origin: 'x.jsonl:2',
    });
    const bare = parseArticle(BODY);
    expect(bare).toMatchObject({ id: 'article', source: 'unknown', title: null });
    expect('lang' in bare).toBe(false);
  });

  it('returns plain JSON', () => {
    const a = parseArticle(`Accueil » Monde\n\nTitre\n\n${BODY}\n\n© AFP`, { source: 'S', lang: 'en' });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('splits the body around removed regions', () => {
    const a = parseArticle(`Titre\n\n${BODY}\n\nPhoto : AFP\n\nSecond paragraphe du texte.\n`);
    expect(slices(a.text, a.body)).toEqual([BODY, 'Second paragraphe du texte.']);
    expect(a.removed.map((r) => r.reason)).toEqual(['photo-credit']);
  });
});

describe('parseArticle: offset laws (property)', () => {
  const pieces = [
    'Accueil » Monde » Europe',
    'Lire aussi : la suite',
    'Titre possible',
    BODY,
    'Par Marie Dupont',
    '62',
    '© Reuters',
    'Article suivantCollé',
    'Journaliste, elle aime la montagne.',
    'Nous utilisons des cookies.',
    '# Un titre',
    'Source : AFP',
    'é😀’\u00a0«»',
  ];
  const line = fc.oneof(
    fc.constantFrom(...pieces),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );
  const sep = fc.constantFrom('\n', '\r\n', '\n\n', '\r', '\n \t\n', '\u2028');
  const doc = fc
    .array(fc.tuple(line, sep), { maxLength: 12 })
    .map((parts) => parts.map(([l, s]) => l + s).join(''));

  it('a Markdown title after a lone \r line end: its # marker counts as part of the title line', () => {
    const a = parseArticle('0\r# Un titre\n:\n', {});
    expect(a.titleSpan).toEqual({ start: 4, end: 12 });
    expectConsistentArticle(a);
  });

  it('slices, orders and covers every non-whitespace character', () => {
    fc.assert(
      fc.property(
        doc,
        fc.option(fc.constantFrom('Titre possible', 'Autre'), { nil: undefined }),
        (text, title) => {
          const a = parseArticle(text, title === undefined ? {} : { title });
          expectConsistentArticle(a);
        },
      ),
      { numRuns: 400 },
    );
  });
});
