import type { DocumentInput } from '../../src/corpus/types.js';

/**
 * Articles whose text, title and source carry HTML and script: each payload, if it ever ran, would
 * set `window.__pwned`. Written for these tests (fr and en).
 */
export const HOSTILE_PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "'><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
  '</mark></div><script>window.__pwned = "close"</script>',
  '<a href="javascript:window.__pwned=\'link\'">lien</a>',
] as const;

export const hostileCorpus: DocumentInput[] = [
  {
    id: 'hostile-fr-1',
    source: '<img src=x onerror="window.__pwned = \'source\'">',
    title: '"><script>window.__pwned = "title"</script>',
    lang: 'fr',
    text:
      `Les soldats de la paix sont arrivés à Almaty ${HOSTILE_PAYLOADS[0]} hier soir.\n\n` +
      `Selon le ministre, les terroristes ${HOSTILE_PAYLOADS[1]} ont attaqué la mairie.\n\n` +
      `« Ces bandits ${HOSTILE_PAYLOADS[2]} seront punis », a déclaré le président Tokaïev.\n\n` +
      `Les manifestants dénoncent une occupation ${HOSTILE_PAYLOADS[4]} du pays.`,
  },
  {
    id: 'hostile-en-1',
    source: 'Pipe | Source & "Co"',
    title: `Peacekeepers ${HOSTILE_PAYLOADS[3]} arrive`,
    lang: 'en',
    url: 'javascript:window.__pwned = "url"',
    text:
      `The CSTO peacekeepers ${HOSTILE_PAYLOADS[5]} restored order in Almaty.\n\n` +
      `Critics called the deployment an occupation and the protesters terrorists ${HOSTILE_PAYLOADS[1]}.\n\n` +
      `"These looters will be punished," said the president.`,
  },
];
