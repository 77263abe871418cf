import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPtc, readSemevalFr, readStanceDev } from '../../scripts/eval/datasets.js';

// A miniature dataset tree with the real layout and formats, written with our own sentences.
let root: string;

function write(rel: string, content: string): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content, 'utf8');
}

const frText = 'Un titre\r\n\r\nLes casseurs ont tout saccagé.\r\n\r\nLe maire parle.\r\n';
const frPlain = 'Autre titre\n\nUne politique absurde.\n';
const enText = 'A title\nThose thugs 😀 wrecked the town.\n';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mf-datasets-'));
  write(
    'stance-dev/stance-dev.fr.jsonl',
    [
      {
        id: 'f1',
        url: 'https://example.org/1',
        outlet: 'Journal A',
        lang: 'fr',
        date: '2022-01-07',
        title: 'T1',
        text: 'Texte un.',
        label: 'pro',
        strength: 2,
        rationale: 'r',
      },
      {
        id: 'f2',
        url: 'https://example.org/2',
        outlet: 'Journal B',
        lang: 'fr',
        date: '2022-01-08',
        title: 'T2',
        text: 'Texte deux.',
        label: 'contra',
        strength: -1,
        rationale: 'r',
      },
      {
        id: 'f3',
        url: 'https://example.org/3',
        outlet: 'Journal C',
        lang: 'fr',
        date: '2022-01-09',
        title: 'T3',
        text: 'Texte trois.',
        label: 'neutral',
        strength: 0,
        rationale: 'r',
      },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
  write(
    'stance-dev/stance-dev.en.jsonl',
    `${JSON.stringify({ id: 'e1', outlet: 'Paper', text: 'Text.', label: 'maybe', strength: 0 })}\n`,
  );

  const sem = 'semeval2023-fr-train';
  write(`${sem}/train-articles-subtask-3/article20.txt`, frText);
  write(`${sem}/train-articles-subtask-3/article10.txt`, frPlain);
  const casseurs = frText.indexOf('casseurs');
  const saccage = frText.indexOf('tout saccagé');
  write(
    `${sem}/train-labels-subtask-3-spans/article20-labels-subtask-3.txt`,
    `20\tName_Calling-Labeling\t${casseurs}\t${casseurs + 8}\r\n20\tLoaded_Language\t${saccage}\t${saccage + 12}\r\n`,
  );
  const absurde = frPlain.indexOf('absurde');
  write(
    `${sem}/train-labels-subtask-3-spans/article10-labels-subtask-3.txt`,
    `10\tLoaded_Language\t${absurde}\t${absurde + 7}\n`,
  );
  write(
    `${sem}/train-labels-subtask-3.txt`,
    '20\t5\t\n20\t1\t\n20\t3\tLoaded_Language,Name_Calling-Labeling\n10\t1\t\n10\t3\tLoaded_Language\n',
  );
  write(`${sem}/train-labels-subtask-2.txt`, '20\tSecurity_and_defense,Political\n10\tEconomic\n');
  write(`${sem}/train-labels-subtask-1.txt`, '20\treporting\n99\topinion\n');

  write('ptc-train/train-articles/article7.txt', enText);
  write('ptc-train/train-articles/article8.txt', 'Nothing here.\n');
  const pts = Array.from(enText);
  const cp = (s: string) => pts.join('').indexOf(s); // BMP prefix: index = code point before the emoji
  const wreckedCp = pts.indexOf('w'); // code point offset of 'wrecked'
  write(
    'ptc-train/train-labels-task-flc-tc/article7.task-flc-tc.labels',
    `7\tName_Calling,Labeling\t${cp('thugs')}\t${cp('thugs') + 5}\n7\tLoaded_Language\t${wreckedCp}\t${wreckedCp + 7}\n`,
  );
  write('ptc-train/train-labels-task-flc-tc/article8.task-flc-tc.labels', '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readStanceDev', () => {
  it('maps pro/contra to favor/against and the outlet to source', () => {
    const records = readStanceDev('fr', root);
    expect(records.map((r) => [r.id, r.label, r.strength, r.source])).toEqual([
      ['f1', 'favor', 2, 'Journal A'],
      ['f2', 'against', -1, 'Journal B'],
      ['f3', 'neutral', 0, 'Journal C'],
    ]);
    expect(records[0]).toMatchObject({
      lang: 'fr',
      date: '2022-01-07',
      title: 'T1',
      url: 'https://example.org/1',
    });
  });

  it('names the file and line of an unknown label', () => {
    expect(() => readStanceDev('en', root)).toThrow(/stance-dev\.en\.jsonl:1: unknown label "maybe"/);
  });

  it('says so when the datasets folder is absent', () => {
    expect(() => readStanceDev('fr', null)).toThrow(/absent/);
  });
});

describe('readSemevalFr', () => {
  it('keeps the raw CRLF text and offsets that count the \\r', () => {
    const [a10, a20] = readSemevalFr(root);
    expect(a10!.id).toBe('10');
    expect(a20!.text).toBe(frText);
    expect(a20!.spans.map((s) => [s.technique, a20!.text.slice(s.start, s.end)])).toEqual([
      ['Name_Calling-Labeling', 'casseurs'],
      ['Loaded_Language', 'tout saccagé'],
    ]);
    expect(a10!.text.slice(a10!.spans[0]!.start, a10!.spans[0]!.end)).toBe('absurde');
  });

  it('sorts paragraph labels by 1-based line, frames and genre (null when absent)', () => {
    const [a10, a20] = readSemevalFr(root);
    expect(a20!.paragraphs).toEqual([
      { line: 1, techniques: [] },
      { line: 3, techniques: ['Loaded_Language', 'Name_Calling-Labeling'] },
      { line: 5, techniques: [] },
    ]);
    expect(a20!.text.split('\n')[2]).toContain('casseurs');
    expect(a20!.frames).toEqual(['Security_and_defense', 'Political']);
    expect(a20!.genre).toBe('reporting');
    expect(a10!.genre).toBeNull();
    expect(a10!.frames).toEqual(['Economic']);
  });
});

describe('readPtc', () => {
  it('converts code-point offsets to UTF-16 indices after an astral character', () => {
    const [a7, a8] = readPtc(root);
    expect(a7!.spans.map((s) => a7!.text.slice(s.start, s.end))).toEqual(['thugs', 'wrecked']);
    expect(a8!.spans).toEqual([]);
  });
});
