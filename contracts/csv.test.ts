import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.ts';

describe('csvCell', () => {
  it.each([
    ['=1+2', `"'=1+2"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+2', `"'\t=1+2"`],
    ['\r=1+2', `"'\r=1+2"`],
    [-404, `"'-404"`],
  ])('keeps %j as text a spreadsheet does not run', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['1-2', '1-2'],
    ['a=b', 'a=b'],
    [" 'quoted'", " 'quoted'"],
    ['2026-11-20T09:30:00Z', '2026-11-20T09:30:00Z'],
    [204, '204'],
    [null, ''],
    [undefined, ''],
  ])('writes %j as %j (RFC 4180)', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('csvLine', () => {
  it('joins the cells with commas and ends the line with CRLF', () => {
    expect(csvLine(['a', null, '=b', 3])).toBe(`a,,"'=b",3\r\n`);
  });
});
