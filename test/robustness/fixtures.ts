/**
 * Short hand-written news texts (French and English) the robustness tests bend in every way.
 */

/** A French news paragraph: a topic name, a scare-quoted label, reported speech and a quotation. */
export const FR =
  'Les soldats de la paix de l’OTSC sont arrivés à Almaty jeudi. Selon le ministère, des « terroristes » ont attaqué la mairie. Le président Tokaïev a dénoncé une tentative de coup d’État. « Nous rétablirons l’ordre », a déclaré le porte-parole.';

/** An English news paragraph with the same kinds of findings. */
export const EN =
  'Peacekeepers from the CSTO landed in Almaty on Thursday. According to the ministry, "terrorists" stormed the city hall. President Tokayev denounced an attempted coup. "We will restore order," the spokesman said.';

/** A French article with a title line, two paragraphs and a boilerplate line. */
export const FR_ARTICLE = `Des troupes de l’OTSC arrivent à Almaty

${FR}

Les manifestants réclament la baisse du prix du gaz, rapportent les journalistes sur place.

Lire aussi : la chronologie des événements`;

/** Records of three sources about the same event (ids given, so that order does not change them). */
export const RECORDS = [
  { id: 'fr-a-1', source: 'Journal A', lang: 'fr', text: FR_ARTICLE },
  {
    id: 'fr-b-1',
    source: 'Journal B',
    text: 'Les troupes russes ont envahi le Kazakhstan, dénoncent les opposants. Les prétendus « soldats de la paix » protègent un régime autoritaire.',
  },
  { id: 'en-c-1', source: 'Paper C', text: EN },
  {
    id: 'fr-b-2',
    source: 'Journal B',
    text: 'La répression des manifestations pacifiques a fait des dizaines de morts. Les émeutiers, selon le pouvoir, étaient des bandits.',
  },
];

/** The JSON of one JSONL line. */
export const line = (o: object): string => JSON.stringify(o);
