import { describe, expect, it } from 'vitest';
import { paragraphScores } from '../../src/evaluate/paragraph-scores.js';

describe('paragraphScores', () => {
  // Lines (1-based): 1 'Title' [0,5)  2 '' [6,6)  3 'A brutal crackdown.' [7,26)  4 'Calm talks.' [27,38)
  const text = 'Title\n\nA brutal crackdown.\nCalm talks.';
  const paragraphs = [
    { line: 1, positive: false },
    { line: 3, positive: true },
    { line: 4, positive: false },
  ];

  it('marks a paragraph positive when a cue overlaps its line', () => {
    const s = paragraphScores([{ text, predicted: [{ start: 9, end: 15 }], paragraphs }]);
    expect(text.slice(9, 15)).toBe('brutal');
    expect(s).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      paragraphs: 3,
      predictedPositive: 1,
      goldPositive: 1,
      truePositive: 1,
      cuesOutsideParagraphs: 0,
    });
  });

  it('counts a false positive paragraph and several cues in one line once', () => {
    const s = paragraphScores([
      {
        text,
        predicted: [
          { start: 9, end: 15 },
          { start: 16, end: 25 },
          { start: 27, end: 31 },
        ],
        paragraphs,
      },
    ]);
    expect(s).toMatchObject({ predictedPositive: 2, truePositive: 1, precision: 0.5, recall: 1 });
  });

  it('handles CRLF lines: the \\r belongs to its line, line numbers stay 1-based', () => {
    const crlf = 'Titre\r\n\r\nUne phrase rude.\r\n';
    const start = crlf.indexOf('rude');
    const s = paragraphScores([
      {
        text: crlf,
        predicted: [{ start, end: start + 4 }],
        paragraphs: [
          { line: 1, positive: false },
          { line: 3, positive: true },
        ],
      },
    ]);
    expect(s).toMatchObject({ truePositive: 1, predictedPositive: 1, goldPositive: 1 });
  });

  it('reports cues on unlisted lines instead of dropping them silently', () => {
    const s = paragraphScores([{ text, predicted: [{ start: 27, end: 31 }], paragraphs: [paragraphs[1]!] }]);
    expect(s).toMatchObject({ paragraphs: 1, predictedPositive: 0, cuesOutsideParagraphs: 1, recall: 0 });
  });
});
