import { appErrorOf } from '../testing/app-error-of.js';
import { describe, expect, it } from 'vitest';
import { documentFromPages, readText } from './read-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

const readError = (bytes: Uint8Array) => appErrorOf(() => readText(bytes));

describe('readText', () => {
  it('reads UTF-8 text as one page when it has no form feeds', () => {
    const document = readText(utf8('Member ID: XJH123456789\nClaim número C-4471\n'));
    expect(document).toEqual({
      source: 'text',
      text: 'Member ID: XJH123456789\nClaim número C-4471\n',
      pages: [{ number: 1, start: 0, end: 44 }],
    });
  });

  it('drops a byte-order mark and turns Windows and old Mac line ends into \\n', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('one\r\ntwo\rthree\n')]);
    expect(readText(bytes).text).toBe('one\ntwo\nthree\n');
  });

  it('keeps form feeds as page breaks, and a final form feed ends the last page', () => {
    const document = readText(utf8('page one\r\n\fpage two\f'));
    expect(document.text).toBe('page one\n\fpage two');
    expect(document.pages).toEqual([
      { number: 1, start: 0, end: 9 },
      { number: 2, start: 10, end: 18 },
    ]);
    expect(document.text.slice(10, 18)).toBe('page two');
  });

  it('reads UTF-16 text that starts with its byte-order mark, as Notepad saves it', () => {
    const body = Buffer.from('Denied\r\n', 'utf16le');
    expect(readText(new Uint8Array([0xff, 0xfe, ...body])).text).toBe('Denied\n');
  });

  it('rejects an empty file as invalid input', () => {
    expect(readError(new Uint8Array()).code).toBe('invalid-input');
  });

  it('rejects binary data: many NUL bytes, or bytes that are not UTF-8', () => {
    const nuls = new Uint8Array(200).fill(0x41).map((byte, index) => (index % 4 === 0 ? 0 : byte));
    expect(readError(nuls).code).toBe('unsupported-file');
    const latin1 = new Uint8Array([...utf8('Claim n'), 0xfa, ...utf8('mero')]);
    expect(readError(latin1).message).toMatch(/does not look like text/);
  });
});

describe('documentFromPages', () => {
  it('joins pages with a form feed and records where each one lies', () => {
    const document = documentFromPages('pdf-text', ['ab', '', 'cde']);
    expect(document.text).toBe('ab\f\fcde');
    expect(document.pages.map(({ start, end }) => document.text.slice(start, end))).toEqual([
      'ab',
      '',
      'cde',
    ]);
    expect(document.pages.map(({ number }) => number)).toEqual([1, 2, 3]);
  });
});
