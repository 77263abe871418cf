import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape-html.js';

describe('escapeHtml', () => {
  it('turns the five HTML-significant characters into entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves accents, curly quotes, guillemets, emoji, tabs and line breaks alone', () => {
    const text = 'L’OTSC « arrive »\tà Almaty 🇰🇿\nCRLF\r\nfin';
    expect(escapeHtml(text)).toBe(text);
  });

  it('replaces lone surrogates and control characters with U+FFFD, one for one', () => {
    expect(escapeHtml('a\u0000b\u001Fc\uD800d\uDC00e\u007F')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD');
  });

  it('escapes hostile markup so that no tag survives', () => {
    const out = escapeHtml('"><svg onload=alert(1)><script>x</script>');
    expect(out).not.toMatch(/[<>"]/);
    expect(out).toBe('&quot;&gt;&lt;svg onload=alert(1)&gt;&lt;script&gt;x&lt;/script&gt;');
  });
});
