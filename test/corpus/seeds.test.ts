import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/index.js';
import { loadSeedCorpus, readManifest, seedsFolder } from '../../src/corpus/index.js';
import { expectConsistentArticle } from './article-invariants.js';

const corpus = loadSeedCorpus();
const byId = new Map(corpus.documents.map((d) => [d.id.slice(0, 3), d]));
const doc = (n: string): Article => byId.get(n)!;
const reasons = (a: Article): string[] => a.removed.map((r) => r.reason);
const bodyText = (a: Article): string => a.body.map((s) => a.text.slice(s.start, s.end)).join('\n');

describe('loadSeedCorpus', () => {
  it('loads the five seeds from four sources with their manifest facts', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual([
      '000_8fa92758182b86d6',
      '001_02a02f38b188e72d',
      '002_9aaabc60780d98ae',
      '003_6725e37f21ff759c',
      '004_378a68a9eec595c3',
    ]);
    expect(corpus.documents.map((d) => d.source)).toEqual([
      'Office of Sviatlana Tsikhanouskaya',
      'Express.co.uk',
      'News-Front',
      'News-Front',
      'EVZ',
    ]);
    expect(new Set(corpus.documents.map((d) => d.source)).size).toBe(4);
    expect(corpus.documents.every((d) => d.lang === 'fr' && d.sourceFrom === 'manifest')).toBe(true);
    expect(doc('000')).toMatchObject({ kind: 'statement', date: '2022-01-06' });
    expect(doc('001').kind).toBe('news/opinion');
    expect(corpus.skipped).toEqual([]);
  });

  it('reads the hand-labelled stances from the manifest', () => {
    const manifest = readManifest(seedsFolder())!;
    expect(manifest.documents.map((e) => e.stance?.['intervention'])).toEqual([
      { label: 'against', strength: -2 },
      { label: 'against', strength: -2 },
      { label: 'favor', strength: 2 },
      { label: 'favor', strength: 1 },
      { label: 'against', strength: -1 },
    ]);
  });

  it('finds each title (the first line, or the line under the breadcrumb that repeats it)', () => {
    expect(doc('000').title).toMatch(/^Déclaration du Bureau de S\. Tikhanovska/);
    expect(doc('000').titleSpan?.start).toBe(0);
    expect(doc('001').title).toMatch(/^Tenez bon !.*guerre\.$/);
    expect(doc('002').title).toMatch(/^Les Casques bleus biélorusses/);
    expect(doc('003').title).toMatch(/^Loukachenko .*\(Vidéo\)$/);
    expect(doc('004').title).toMatch(/^C’est officiel !.*VIDÉO$/);
    for (const d of corpus.documents)
      expect(d.text.slice(d.titleSpan!.start, d.titleSpan!.end)).toBe(d.title);
  });

  it('000 loses only its back-to-top button', () => {
    expect(reasons(doc('000'))).toEqual(['back-to-top']);
    expect(doc('000').removed[0]!.text).toBe('Bouton retour en haut de la page');
  });

  it('001 loses its breadcrumb, the empty "par" byline, "Related Articles" and the cookie banner', () => {
    expect(reasons(doc('001'))).toEqual(['breadcrumb', 'byline', 'related-link', 'cookie-banner']);
    const [crumb, byline, related, cookies] = doc('001').removed;
    expect(crumb!.text.startsWith('Home » MONDE » ')).toBe(true);
    expect(byline!.text).toBe('par');
    expect(related!.text).toBe('Related Articles');
    expect(cookies!.text).toMatch(/^This website uses cookies/);
  });

  it('002 loses its "Lire aussi" link and the closing call to join on social networks', () => {
    expect(reasons(doc('002'))).toEqual(['related-link', 'social-follow']);
    expect(doc('002').removed[0]!.text).toMatch(/^Lire aussi : /);
    expect(doc('002').removed[1]!.text).toMatch(/^Rejoignez\u00a0News-Front sur Facebook/);
  });

  it('003 loses only the closing call to join on social networks', () => {
    expect(reasons(doc('003'))).toEqual(['social-follow']);
  });

  it('004 loses breadcrumb, counters, source line, two "Lire aussi", previous/next links and the author byline', () => {
    const a = doc('004');
    expect(reasons(a)).toEqual([
      'breadcrumb',
      'counter',
      'counter',
      'source-line',
      'related-link',
      'related-link',
      'article-nav',
      'article-nav',
      'byline',
    ]);
    expect(a.removed.find((r) => r.reason === 'source-line')!.text).toBe('Source : Archives EVZ');
    expect(a.removed.filter((r) => r.reason === 'counter').map((r) => r.text)).toEqual(['62', '0']);
    expect(a.removed[0]!.text.startsWith('Accueil Internationales ')).toBe(true);
    const byline = a.removed.at(-1)!;
    expect(byline.end).toBe(a.text.trimEnd().length); // the byline closes the text
    expect(byline.text).toContain('Fan de Rugby');
  });

  it('keeps clean bodies: no page furniture left, the article paragraphs all there', () => {
    for (const d of corpus.documents) {
      const body = bodyText(d);
      for (const marker of [
        'Lire aussi',
        'Rejoignez',
        'cookies',
        'Bouton retour',
        'Article précédent',
        'Source :',
        'Related Articles',
        'Home »',
      ]) {
        expect(body, `${d.id} body contains "${marker}"`).not.toContain(marker);
      }
      expect(body.length / d.text.length).toBeGreaterThan(0.8);
    }
    // body sentences that merely contain "source"-like words stay
    expect(bodyText(doc('004'))).toContain('note l’AFP');
    expect(bodyText(doc('001'))).toContain('Poutine Biden');
  });

  it('keeps every offset consistent: regions, title and body tile the text except whitespace', () => {
    for (const d of corpus.documents) expectConsistentArticle(d);
  });
});
