import type { CorpusAnalysis } from '../compare/analyze-corpus.js';
import type { Topic } from '../topics/types.js';
import { documentFindings } from './document-findings.js';
import { count, interval, percent, signed, stanceWord } from './format-number.js';
import { markdownTable, escapeMarkdown as md } from './markdown/markdown-table.js';
import { topicLabels } from './topic-labels.js';

/** Options of {@link renderMarkdown}. */
export interface MarkdownReportOptions {
  /**
   * The topic the corpus was analysed with (for the names of targets, actors and speaker groups).
   * @default the bundled topic of the analysis's topic id, if any
   */
  topic?: Topic;
  /**
   * The report's title.
   * @default the topic's name
   */
  title?: string;
  /**
   * How many names per actor group and source the naming table lists.
   * @default 4
   */
  namesPerCell?: number;
  /**
   * How many distinctive terms per source.
   * @default 8
   */
  distinctivePerSource?: number;
  /**
   * How many stance cues per article the article tables list (strongest first); 0 leaves the
   * articles out.
   * @default 10
   */
  cuesPerArticle?: number;
}

/**
 * Renders a corpus analysis as Markdown with the HTML report's content as tables and no chart, for
 * READMEs, notebooks and issue trackers: the ranking toward the main target with intervals and
 * strongest cues, one summary per source, loaded-vocabulary rates by voice and category, the naming
 * table, distinctive terms, quoted voices, frame shares, then per article its stance and strongest
 * cues with their offsets. Every string from the data is escaped (pipes, Markdown punctuation, HTML,
 * line breaks). Renders only; deterministic.
 * @example
 * const text = renderMarkdown(analyzeCorpus(loadSeedCorpus()));
 * text.startsWith('# The CSTO intervention in Kazakhstan'); //=> true
 */
export function renderMarkdown(analysis: CorpusAnalysis, options: MarkdownReportOptions = {}): string {
  const labels = topicLabels(analysis, options.topic);
  const c = analysis.comparison;
  const target = labels.target(c.mainTarget);
  const ranking = c.ranking[c.mainTarget] ?? [];
  const bySource = new Map(analysis.sources.map((s) => [s.source, s]));
  const order = [
    ...ranking.map((r) => r.source),
    ...c.sources.filter((s) => !ranking.some((r) => r.source === s)),
  ];
  const out: string[] = [];
  const words = analysis.documents.reduce((n, d) => n + d.tokens, 0);

  out.push(`# ${md(options.title ?? labels.topicName)}\n`);
  out.push(
    `${count(analysis.documents.length)} documents from ${c.sources.length} sources, ${count(words)} words. ` +
      'Made with media-framing: every figure traces back to positioned evidence in the articles.\n',
  );

  const level = Math.round((ranking[0]?.interval.level ?? 0.9) * 100);
  out.push(`## Sources ranked by stance toward ${md(target)}\n`);
  out.push(
    `Score of each source’s average document, from −1 (against) to +1 (in favour), with its ${level}% bootstrap interval.\n`,
  );
  out.push(
    markdownTable(
      ['rank', 'source', 'score', `${level}% interval`, 'label', 'cues', 'strongest cues'],
      ranking.map((r) => [
        String(r.rank),
        md(r.source),
        signed(r.score),
        interval(r.interval),
        stanceWord(r.label),
        String(r.evidenceCount),
        (bySource.get(r.source)?.stance[c.mainTarget]?.evidence ?? [])
          .slice(0, 3)
          .map((e) => `“${md(e.text)}” ${signed(e.weight)}`)
          .join(', '),
      ]),
      ['r', 'l', 'r', 'l', 'l', 'r', 'l'],
    ),
  );
  const others = Object.keys(c.ranking).filter((t) => t !== c.mainTarget);
  if (others.length > 0) {
    out.push('### Stance toward the other targets\n');
    out.push(
      markdownTable(
        ['source', ...others.map((t) => md(labels.target(t)))],
        c.sources.map((source) => [
          md(source),
          ...others.map((t) => {
            const r = c.ranking[t]!.find((x) => x.source === source);
            return !r ? '—' : r.evidenceCount === 0 ? 'no cue' : `${signed(r.score)} ${interval(r.interval)}`;
          }),
        ]),
      ),
    );
  }

  out.push('## Each source in one sentence\n');
  for (const source of order) out.push(`- ${md(c.summaries[source] ?? source)}`);
  out.push('');

  out.push('## Loaded vocabulary (cues per 1,000 words)\n');
  const categories = [
    ...new Set(analysis.sources.flatMap((s) => Object.keys(s.loadedRates.byCategory))),
  ].sort();
  const voices = ['authorial', 'quoted', 'attributed'];
  out.push(
    markdownTable(
      ['source', 'total', ...voices, ...categories.map((k) => md(labels.plain(k)))],
      order.map((source) => {
        const s = bySource.get(source)!;
        const f = (x: number | undefined) => (x ?? 0).toFixed(1);
        return [
          md(source),
          f(s.loadedRates.total),
          ...voices.map((v) => f(s.loadedRates.byVoice[v])),
          ...categories.map((k) => f(s.loadedRates.byCategory[k])),
        ];
      }),
      ['l', ...Array<'r'>(1 + voices.length + categories.length).fill('r')],
    ),
  );

  out.push('## Who calls whom what\n');
  out.push(
    'Names each source gives to each actor group: own voice count, then quoted (q) and reported (r) uses; ″ marks scare-quoted uses.\n',
  );
  const present = new Set(c.naming.map((n) => n.actor));
  const actors = [
    ...labels.actorIds.filter((a) => present.has(a)),
    ...[...present].filter((a) => !labels.actorIds.includes(a)).sort(),
  ];
  const perCell = options.namesPerCell ?? 4;
  out.push(
    actors.length === 0
      ? 'No actor group is named in this corpus.\n'
      : markdownTable(
          ['actor group', ...c.sources.map(md)],
          actors.map((actor) => [
            md(labels.actor(actor)),
            ...c.sources.map((source) => {
              const terms = c.naming
                .filter((n) => n.actor === actor && n.source === source)
                .sort(
                  (a, b) =>
                    b.authorial - a.authorial || b.total - a.total || (a.surface < b.surface ? -1 : 1),
                );
              const shown = terms.slice(0, perCell).map((n) => {
                const split = [
                  n.authorial > 0 ? String(n.authorial) : '',
                  n.quoted > 0 ? `${n.quoted}q` : '',
                  n.attributed > 0 ? `${n.attributed}r` : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                const name = n.authorial > 0 ? `**${md(n.surface)}**` : md(n.surface);
                return `${name}${n.scare > 0 ? ' ″' : ''} ${split}`;
              });
              if (terms.length > shown.length) shown.push(`+${terms.length - shown.length} more`);
              return shown.join('<br>') || '—';
            }),
          ]),
        ),
  );

  out.push('## Words that set each source apart\n');
  const perSource = options.distinctivePerSource ?? 8;
  out.push(
    markdownTable(
      ['source', 'terms (count here / elsewhere, z)'],
      c.sources.map((source) => [
        md(source),
        (c.distinctive[source] ?? [])
          .slice(0, perSource)
          .map((t) => `${md(t.surface)} (${t.count}/${t.rest}, ${t.z.toFixed(1)})`)
          .join(', ') || '—',
      ]),
    ),
  );

  out.push('## Who each source quotes\n');
  const groups = [...new Set(c.voices.map((v) => v.speakerGroup))].sort();
  out.push(
    groups.length === 0
      ? 'No quotation with a known speaker.\n'
      : markdownTable(
          ['speaker group', ...c.sources.map(md)],
          groups.map((g) => [
            md(labels.speaker(g)),
            ...c.sources.map((source) => {
              const v = c.voices.find((x) => x.source === source && x.speakerGroup === g);
              return v && v.quotations > 0 ? `${v.quotations} quotes, ${v.words} words` : '—';
            }),
          ]),
        ),
  );

  out.push('## Frames (share of sentences)\n');
  const frames = [...new Set(c.sources.flatMap((s) => Object.keys(c.frames[s] ?? {})))].sort();
  out.push(
    frames.length === 0
      ? 'No frame cue found.\n'
      : markdownTable(
          ['source', ...frames.map((f) => md(labels.plain(f)))],
          c.sources.map((source) => [
            md(source),
            ...frames.map((f) => percent(c.frames[source]?.[f]?.share ?? 0)),
          ]),
          ['l', ...Array<'r'>(frames.length).fill('r')],
        ),
  );

  const cues = options.cuesPerArticle ?? 10;
  if (cues > 0) {
    out.push('## The articles\n');
    for (const doc of analysis.documents) {
      const s = doc.stance[c.mainTarget];
      out.push(`### ${md(doc.title ?? doc.id)}\n`);
      out.push(
        `${md(doc.source)} · ${md(doc.lang)} · ${count(doc.tokens)} words · id ${md(doc.id)}` +
          (s ? ` · ${stanceWord(s.label)} toward ${md(target)} (${signed(s.score)})` : '') +
          '\n',
      );
      const top = documentFindings(doc)
        .filter((f) => f.kind === 'stance' && f.target === c.mainTarget)
        .sort((a, b) => Math.abs(b.weight ?? 0) - Math.abs(a.weight ?? 0) || a.start - b.start)
        .slice(0, cues);
      if (top.length === 0) {
        out.push('No stance cue toward the main target.\n');
        continue;
      }
      out.push(
        markdownTable(
          ['cue', 'weight', 'category', 'voice', 'rule', 'offsets'],
          top.map((f) => [
            `“${md(f.text)}”`,
            signed(f.weight ?? 0),
            md(labels.plain(f.category)),
            md(f.voice),
            md(f.rule),
            `${f.start}–${f.end}`,
          ]),
          ['l', 'r', 'l', 'l', 'l', 'r'],
        ),
      );
    }
  }
  if (analysis.skipped.length > 0) {
    out.push('## Skipped input\n');
    out.push(
      markdownTable(
        ['where', 'reason', 'message'],
        analysis.skipped.map((s) => [
          md(`${s.file}${s.line !== undefined ? `:${s.line}` : ''}`),
          md(s.reason),
          md(s.message),
        ]),
      ),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
