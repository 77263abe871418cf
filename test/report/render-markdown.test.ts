import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type CorpusAnalysis } from '../../src/compare/analyze-corpus.js';
import { escapeMarkdown, markdownTable } from '../../src/report/markdown/markdown-table.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { hostileCorpus } from './hostile-corpus.js';

/** The cells of a Markdown table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((c) => c.trim());
}

describe('escapeMarkdown and markdownTable', () => {
  it('escapes pipes, Markdown punctuation, HTML and line breaks', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('*gras* _it_ [lien](x) `code` # ~')).toBe(
      '\\*gras\\* \\_it\\_ \\[lien\\](x) \\`code\\` \\# \\~',
    );
    expect(escapeMarkdown('<script>&')).toBe('&lt;script&gt;&amp;');
    expect(escapeMarkdown('ligne 1\nligne 2\r\nligne 3')).toBe('ligne 1 ligne 2 ligne 3');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  it('writes a header, an alignment rule and one line per row', () => {
    expect(markdownTable(['source', 'score'], [['EVZ', '+0.39']], ['l', 'r'])).toBe(
      '| source | score |\n| --- | ---: |\n| EVZ | +0.39 |\n',
    );
  });
});

describe('renderMarkdown', () => {
  let analysis: CorpusAnalysis;
  let text: string;
  beforeAll(() => {
    analysis = analyzeCorpus(hostileCorpus);
    text = renderMarkdown(analysis);
  });

  it('keeps every table row to its header’s number of cells, even with pipes in the data', () => {
    const lines = text.split('\n');
    let tables = 0;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('| ') || lines[i - 1]?.startsWith('|')) continue;
      tables++;
      const width = cells(lines[i]!).length;
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
        expect(cells(lines[j]!).length, lines[j]).toBe(width);
      }
    }
    expect(tables).toBeGreaterThanOrEqual(6);
    expect(text).toContain('Pipe \\| Source &amp; "Co"');
  });

  it('writes no raw HTML from the data', () => {
    expect(text).not.toMatch(/<(script|img|svg|iframe|a)\b/i);
    expect(text).toContain('&lt;img src=x onerror="window.\\_\\_pwned = \'source\'"&gt;');
  });

  it('ranks the sources as the comparison does, with intervals', () => {
    const ranking = analysis.comparison.ranking[analysis.comparison.mainTarget]!;
    const rows = text
      .split('## Sources ranked by stance')[1]!
      .split('\n')
      .filter((l) => /^\| \d/.test(l));
    expect(rows).toHaveLength(ranking.length);
    rows.forEach((row, i) => {
      expect(cells(row)[0]).toBe(String(i + 1));
      expect(cells(row)[3]).toMatch(/^\[[+−]?\d\.\d\d, [+−]?\d\.\d\d\]$/);
    });
  });

  it('leaves the articles out when asked', () => {
    expect(renderMarkdown(analysis, { cuesPerArticle: 0 })).not.toContain('## The articles');
    expect(text).toContain('## The articles');
  });
});
