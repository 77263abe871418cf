/**
 * Your own event: a small topic defined with `defineTopic`, applied to a JSONL file of articles.
 * The event (the closure of a steelworks in a French valley, and the strike against it) and the six
 * articles in examples/data/steelworks.jsonl (French and English, three outlets) are made up for
 * this example.
 *
 *   npx tsx examples/custom-topic.ts
 *
 * A topic names what stance is measured toward (targets), whose naming is compared (actors), whose
 * quotations are counted (speakers), and the topic-specific vocabulary in each language: each term
 * with its category, how loaded it is (0–2) and its signed weight toward each target when an outlet
 * uses it in its own voice. The generic loaded-vocabulary layer (emotive words, intensifiers…) and
 * the language rules (negation, reporting verbs…) come bundled.
 *
 * In your own code, import from 'media-framing' instead of '../src/…'.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCorpus, defineTopic, loadCorpus, type TopicSpecInput } from '../src/index.js';
import { renderHtml, renderTerminal } from '../src/report/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

const steelworks: TopicSpecInput = {
  id: 'valmont-steelworks',
  name: 'The closure of the Valmont steelworks (an invented example)',
  mainTarget: 'closure',
  targets: [
    { id: 'closure', label: { en: 'the closure plan', fr: 'le plan de fermeture' } },
    { id: 'strikers', label: { en: 'the strikers', fr: 'les grévistes' } },
  ],
  actors: [
    { id: 'company', label: { en: 'the company', fr: 'l’entreprise' }, target: 'closure' },
    { id: 'workers', label: { en: 'the workers', fr: 'les salariés' }, target: 'strikers' },
    { id: 'dispute', label: { en: 'the dispute', fr: 'le conflit' } },
  ],
  speakers: [
    {
      id: 'management',
      label: { en: 'Management', fr: 'la direction' },
      terms: {
        fr: ['directeur général', 'direction', 'delorme'],
        en: ['chief executive', 'management', 'delorme'],
      },
      leaning: { closure: 1 },
    },
    {
      id: 'unions',
      label: { en: 'Unions', fr: 'les syndicats' },
      terms: {
        fr: ['déléguée syndicale', 'délégué syndical', 'royer'],
        en: ['union representative', 'royer'],
      },
      leaning: { closure: -1 },
    },
  ],
  lexicon: {
    fr: [
      { term: '=acierval', category: 'neutral-name', actor: 'company' },
      { term: 'direction', category: 'neutral-name', actor: 'company' },
      { term: 'salarié', category: 'neutral-name', actor: 'workers' },
      { term: 'ouvrier', category: 'neutral-name', actor: 'workers' },
      { term: 'gréviste', category: 'neutral-name', actor: 'workers' },
      {
        term: 'bloqueur',
        category: 'delegitimising-label',
        actor: 'workers',
        loaded: 1.2,
        stance: { strikers: -1 },
      },
      {
        term: "preneur d' otage",
        category: 'delegitimising-label',
        actor: 'workers',
        loaded: 1.8,
        stance: { strikers: -1.5 },
      },
      { term: 'grève', category: 'neutral-name', actor: 'dispute' },
      { term: 'mouvement social', category: 'neutral-name', actor: 'dispute' },
      {
        term: "prise d' otage",
        category: 'delegitimising-label',
        actor: 'dispute',
        loaded: 1.8,
        stance: { strikers: -1.5 },
      },
      {
        term: 'chantage',
        category: 'delegitimising-label',
        actor: 'dispute',
        loaded: 1.4,
        stance: { strikers: -1 },
      },
      {
        term: "plan de sauvegarde de l' emploi",
        category: 'legitimising-euphemism',
        loaded: 1,
        stance: { closure: 1 },
      },
      { term: 'restructuration', category: 'legitimising-euphemism', loaded: 0.8, stance: { closure: 0.8 } },
      { term: 'modernisation', category: 'legitimising-euphemism', loaded: 0.8, stance: { closure: 0.8 } },
      { term: 'casse sociale', category: 'popular-grievance', loaded: 1.6, stance: { closure: -1.4 } },
      { term: 'licenciement massif', category: 'popular-grievance', loaded: 1.2, stance: { closure: -1 } },
      { term: 'solidarité', category: 'popular-grievance', loaded: 0.6, stance: { strikers: 0.6 } },
    ],
    en: [
      { term: '=acierval', category: 'neutral-name', actor: 'company' },
      { term: 'management', category: 'neutral-name', actor: 'company' },
      { term: 'worker', category: 'neutral-name', actor: 'workers' },
      { term: 'striking worker', category: 'neutral-name', actor: 'workers' },
      {
        term: 'militant',
        category: 'delegitimising-label',
        actor: 'workers',
        loaded: 1.2,
        stance: { strikers: -1 },
      },
      { term: 'strike', category: 'neutral-name', actor: 'dispute' },
      { term: 'blockade', category: 'neutral-name', actor: 'dispute' },
      {
        term: 'hold * hostage',
        category: 'delegitimising-label',
        actor: 'dispute',
        loaded: 1.6,
        stance: { strikers: -1.3 },
      },
      { term: 'job protection plan', category: 'legitimising-euphemism', loaded: 1, stance: { closure: 1 } },
      { term: 'restructuring', category: 'legitimising-euphemism', loaded: 0.8, stance: { closure: 0.8 } },
      { term: 'modernisation', category: 'legitimising-euphemism', loaded: 0.8, stance: { closure: 0.8 } },
      { term: 'mass layoff', category: 'popular-grievance', loaded: 1.2, stance: { closure: -1 } },
    ],
  },
};

const topic = defineTopic(steelworks);
const corpus = loadCorpus(path.join(here, 'data', 'steelworks.jsonl'));
const analysis = analyzeCorpus(corpus, { topic });

process.stdout.write(
  `${topic.name}: ${analysis.documents.length} articles from ${analysis.comparison.sources.length} outlets\n\n`,
);
process.stdout.write(renderTerminal(analysis, { topic, sections: ['ranking', 'naming', 'voices'] }));

const outDir = path.join(here, 'output');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'steelworks-report.html');
writeFileSync(file, await renderHtml(analysis, { articles: corpus, topic }));
process.stdout.write(`\nWrote ${path.relative(process.cwd(), file) || file}\n`);
