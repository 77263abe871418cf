import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './fake-io.js';

const corpus = [
  {
    id: 'fr-pro',
    source: 'A',
    lang: 'fr',
    text: 'Les soldats de la paix ont rétabli l’ordre à Almaty. Les terroristes ont fui.',
  },
  {
    id: 'fr-contra',
    source: 'B',
    lang: 'fr',
    text: 'Cette occupation étrangère est une répression brutale du peuple kazakh.',
  },
  {
    id: 'en-contra',
    source: 'C',
    lang: 'en',
    text: 'Critics called the deployment an occupation and a brutal crackdown.',
  },
];

function setUp(labels: string): string {
  const cwd = tempDir();
  writeFileSync(path.join(cwd, 'corpus.jsonl'), corpus.map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(path.join(cwd, 'labels.jsonl'), labels);
  return cwd;
}

const goodLabels = [
  { id: 'fr-pro', label: 'pro', strength: 2 },
  { id: 'fr-contra', label: 'contra', strength: -2 },
  { id: 'en-contra', label: 'against', strength: -1 },
  { id: 'gone', label: 'neutral' },
]
  .map((l) => JSON.stringify(l))
  .join('\n');

describe('media-framing eval', () => {
  it('prints F_avg, accuracy, Spearman, per-class scores and the confusion matrix', async () => {
    const cwd = setUp(goodLabels);
    const { code, stdout } = await run(['eval', 'corpus.jsonl', '--labels', 'labels.jsonl'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Stance toward intervention: 3 labelled documents scored \(1 labels without a document/,
    );
    expect(stdout).toMatch(/F_avg \d\.\d{3} {3}accuracy \d\.\d{3} {3}Spearman (-?\d\.\d{3}|n\/a) \(n 3\)/);
    expect(stdout).toContain('confusion (rows: label, columns: predicted)');
    expect(stdout).toMatch(/\n {2}against +\d+ +\d+ +\d+\n/);
    expect(stdout).toContain('By language');
    expect(stdout).toContain('Labels without an analysed document: gone');
  });

  it('writes the evaluation as JSON with --format json, and reads a JSON array of labels', async () => {
    const cwd = setUp('');
    writeFileSync(path.join(cwd, 'labels.json'), JSON.stringify([{ id: 'fr-contra', label: 'against' }]));
    const { code, stdout } = await run(
      ['eval', 'corpus.jsonl', '--labels', 'labels.json', '--format', 'json'],
      { cwd },
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.target).toBe('intervention');
    expect(result.overall.n).toBe(1);
    expect(result.unlabelled).toBe(2);
    expect(Object.keys(result.overall.confusion)).toEqual(['favor', 'against', 'neutral']);
  });

  it('is bad data (exit 1) on an invalid labels line, naming the file and the line', async () => {
    const cwd = setUp(`${JSON.stringify({ id: 'fr-pro', label: 'pro' })}\n{ broken\n`);
    const { code, stderr } = await run(['eval', 'corpus.jsonl', '--labels', 'labels.jsonl'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^media-framing: error E_LABELS_INVALID: labels\.jsonl:2: invalid JSON/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('is bad data on an unknown label value, naming the entry', async () => {
    const cwd = setUp(JSON.stringify({ id: 'fr-pro', label: 'yes' }));
    const { code, stderr } = await run(['eval', 'corpus.jsonl', '--labels', 'labels.jsonl'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/E_LABELS_INVALID: labels\.jsonl at labels\[0\]\.label: label "fr-pro"/);
  });

  it('is bad usage without --labels', async () => {
    const cwd = setUp(goodLabels);
    const none = await run(['eval', 'corpus.jsonl'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/required option '--labels <file>' not specified/);
    expect(none.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('is bad data when the labels file does not exist', async () => {
    const cwd = setUp(goodLabels);
    const missing = await run(['eval', 'corpus.jsonl', '--labels', 'nope.jsonl'], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^media-framing: error E_PATH_NOT_FOUND: nope\.jsonl/);
  });
});
