import { describe, expect, test } from 'vitest';
import { decodeEntities, escapeHtml } from '../../src/model/html.ts';

describe('escapeHtml', () => {
  test.each([
    ['plain text', 'Tajikistan', 'Tajikistan'],
    ['an ampersand', 'Iran & Pakistan', 'Iran &amp; Pakistan'],
    ['angle brackets', '<b>', '&lt;b&gt;'],
    ['a double quote', 'the "Stans"', 'the &quot;Stans&quot;'],
    ['a single quote (safe in double-quoted attributes)', "Afghanistan's", "Afghanistan's"],
    ['an existing reference, escaped again', '&amp;', '&amp;amp;'],
    ['every special character at once', '&<>"', '&amp;&lt;&gt;&quot;'],
    ['nothing', '', ''],
  ])('%s', (_, text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('decodeEntities', () => {
  test.each([
    ['plain text', 'Kant air base', 'Kant air base'],
    ['an ampersand', 'Iran &amp; Pakistan', 'Iran & Pakistan'],
    ['angle brackets', '&lt;mark&gt;', '<mark>'],
    ['a double quote', '&quot;Stans&quot;', '"Stans"'],
    ['a decimal apostrophe', 'Afghanistan&#39;s', "Afghanistan's"],
    ['a hexadecimal apostrophe', 'Afghanistan&#x27;s', "Afghanistan's"],
    ['a CSP value', 'script-src &#39;self&#39; &#39;sha256-a+b/c=&#39;', "script-src 'self' 'sha256-a+b/c='"],
    ['an escaped reference, decoded once', '&amp;lt;', '&lt;'],
    ['a twice-escaped ampersand, decoded once', '&amp;amp;', '&amp;'],
    ['an unknown reference, left', '&nbsp;&copy;', '&nbsp;&copy;'],
    ['a bare ampersand, left', 'A & B', 'A & B'],
    ['a reference without its semicolon, left', '&amp', '&amp'],
    ['nothing', '', ''],
  ])('%s', (_, text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });

  test.each(['Iran & <Pakistan>', 'the "Stans"', '&amp; already', '<<&&>>""'])('undoes escapeHtml: %s', (text) => {
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });
});
