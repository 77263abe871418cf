import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import { escapeHtml } from '../escape-html.js';
import { renderSection } from './render-section.js';

/**
 * The distinctive-terms section: for each source, the terms that set it apart from the rest of the
 * corpus (log-odds ratio with an informative prior), highest z first, with their counts here and in
 * the rest of the corpus.
 * @example
 * renderDistinctiveSection(analysis, { perSource: 10 });
 */
export function renderDistinctiveSection(analysis: CorpusAnalysis, input: { perSource: number }): string {
  const c = analysis.comparison;
  const rows = c.sources.map((source) => {
    const terms = (c.distinctive[source] ?? []).slice(0, input.perSource);
    const list =
      terms.length === 0
        ? '<span class="muted">none stands out</span>'
        : `<ol class="chips">${terms
            .map(
              (t) =>
                `<li><b>${escapeHtml(t.surface)}</b> <span class="muted">${t.count} here · ${t.rest} elsewhere · z ${t.z.toFixed(1)}</span></li>`,
            )
            .join('')}</ol>`;
    return `<tr><th scope="row">${escapeHtml(source)}</th><td>${list}</td></tr>`;
  });
  const table =
    '<div class="scroll"><table class="distinctive"><caption class="sr-only">Most distinctive terms of each source</caption>' +
    `<thead><tr><th scope="col">source</th><th scope="col">terms, most distinctive first</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return renderSection(
    'distinctive',
    'Words that set each source apart',
    table,
    'Terms a source uses more than the rest of the corpus, by the log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008); z above 1.96 is a strong difference. With few documents, read them as leads, not proof.',
  );
}
