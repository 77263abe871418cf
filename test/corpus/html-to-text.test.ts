import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/corpus/index.js';

describe('htmlToText', () => {
  it('makes one paragraph per block and a line break per <br>', () => {
    expect(
      htmlToText(
        '<div><p>Un <b>deux</b>\n  trois</p><p>quatre<br>cinq</p><ul><li>a</li><li>b</li></ul></div>',
      ),
    ).toEqual({
      text: 'Un deux trois\n\nquatre\ncinq\n\na\n\nb',
      h1: null,
      title: null,
    });
  });

  it('drops script, style, noscript, nav, aside, form, hidden elements and the page header/footer', () => {
    const html = `<header>Site</header><nav>Menu</nav><main><header><h1>Titre</h1></header>
      <p>Texte<script>alert(1)</script><style>.a{}</style><noscript>JS</noscript></p>
      <aside>À lire</aside><form><input value="x"><button>Envoyer</button></form>
      <p hidden>caché</p><span aria-hidden="true">icône</span><footer>Fin d’article</footer></main><footer>© Site</footer>`;
    const out = htmlToText(html);
    expect(out.text).toBe('Titre\n\nTexte\n\nFin d’article');
    expect(out.h1).toBe('Titre');
  });

  it('decodes entities and takes <title> apart from the text', () => {
    const out = htmlToText(
      '<title>Le &quot;titre&quot; | Site</title><p>&Eacute;t&eacute; &amp; hiver&#8239;: 5&nbsp;%</p>',
    );
    expect(out.title).toBe('Le "titre" | Site');
    expect(out.text).toBe('Été & hiver : 5 %');
    expect(out.h1).toBeNull();
  });

  it('survives broken markup', () => {
    expect(htmlToText('<p>un<div>deux</p></span><p>trois').text).toBe('un\n\ndeux\n\ntrois');
    expect(htmlToText('').text).toBe('');
  });
});
