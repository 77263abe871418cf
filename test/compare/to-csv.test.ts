import { describe, expect, it } from 'vitest';
import { toCSV } from '../../src/compare/to-csv.js';

describe('toCSV', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    const csv = toCSV([
      { term: 'soldats "de la paix"', count: 2, scare: true },
      { term: 'bandits, pillards', count: 1, scare: false },
      { term: 'ligne\nsuivante', count: 0, scare: null },
      { term: 'retour\rchariot', count: -1.5, scare: false },
    ]);
    expect(csv).toBe(
      'term,count,scare\r\n' +
        '"soldats ""de la paix""",2,true\r\n' +
        '"bandits, pillards",1,false\r\n' +
        '"ligne\nsuivante",0,\r\n' +
        '"retour\rchariot",-1.5,false\r\n',
    );
  });

  it('keeps a fixed column order: given columns first, else first appearance', () => {
    const rows = [
      { b: 1, a: 'x' },
      { a: 'y', b: 2, c: 'z' },
    ];
    expect(toCSV(rows)).toBe('b,a,c\r\n1,x,\r\n2,y,z\r\n');
    expect(toCSV(rows, ['a', 'b'])).toBe('a,b\r\nx,1\r\ny,2\r\n');
  });

  it('writes a header alone for no rows with columns, and nothing without', () => {
    expect(toCSV([], ['source', 'metric'])).toBe('source,metric\r\n');
    expect(toCSV([])).toBe('');
  });

  it('leaves plain fields (accents, spaces, guillemets) unquoted', () => {
    expect(toCSV([{ t: '« otages » à Almaty' }])).toBe('t\r\n« otages » à Almaty\r\n');
  });
});
