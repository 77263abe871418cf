/** One attribution-pattern fixture: a sentence and what must be found in it. */
export interface PatternCase {
  lang: 'fr' | 'en';
  text: string;
  kind: 'direct' | 'indirect';
  /** The pattern that fires (a RegExp where the topic's own word lists make another one fire). */
  pattern: string | RegExp;
  content: string;
  speaker: string;
  group: string | null;
  verb: string | null;
}

/** A French and an English sentence for every attribution pattern. */
export const patternCases: PatternCase[] = [
  // « … », a déclaré X / "…," said X
  {
    lang: 'fr',
    text: '« Nous partirons dès que possible », a déclaré le président Kassym-Jomart Tokaïev.',
    kind: 'direct',
    pattern: 'fr/quote-then-verb-speaker',
    content: 'Nous partirons dès que possible',
    speaker: 'le président Kassym-Jomart Tokaïev',
    group: 'kazakh-officials',
    verb: 'déclaré',
  },
  {
    lang: 'en',
    text: '"Our troops will go home soon," said Russian Foreign Minister Sergei Lavrov.',
    kind: 'direct',
    pattern: 'en/quote-then-verb-speaker',
    content: 'Our troops will go home soon,',
    speaker: 'Russian Foreign Minister Sergei Lavrov',
    group: 'russian-officials',
    verb: 'said',
  },
  // « … », selon X / "…," according to X
  {
    lang: 'fr',
    text: '« La situation reste très grave », selon Amnesty International.',
    kind: 'direct',
    pattern: 'fr/quote-then-marker-speaker',
    content: 'La situation reste très grave',
    speaker: 'Amnesty International',
    group: 'international-bodies',
    verb: null,
  },
  {
    lang: 'en',
    text: '"The streets are calm again tonight," according to the Kazakh interior ministry.',
    kind: 'direct',
    pattern: 'en/quote-then-marker-speaker',
    content: 'The streets are calm again tonight,',
    speaker: 'the Kazakh interior ministry',
    group: 'kazakh-officials',
    verb: null,
  },
  // « … », X a déclaré / "…," X said
  {
    lang: 'fr',
    text: '« Aucune menace extérieure ne pèse sur le pays », Tikhanovskaïa a estimé mardi.',
    kind: 'direct',
    pattern: 'fr/quote-then-speaker-verb',
    content: 'Aucune menace extérieure ne pèse sur le pays',
    speaker: 'Tikhanovskaïa',
    group: 'opposition',
    verb: 'estimé',
  },
  {
    lang: 'en',
    text: '"The mission has been completed in full," the CSTO secretary general said.',
    kind: 'direct',
    pattern: 'en/quote-then-speaker-verb',
    content: 'The mission has been completed in full,',
    speaker: 'the CSTO secretary general',
    group: 'csto-officials',
    verb: 'said',
  },
  // X a déclaré : « … » / X said: "…"
  {
    lang: 'fr',
    text: 'Le porte-parole du Kremlin a déclaré : « Les soldats resteront le temps nécessaire. »',
    kind: 'direct',
    pattern: 'fr/speaker-verb-colon-quote',
    content: 'Les soldats resteront le temps nécessaire.',
    speaker: 'Le porte-parole du Kremlin',
    group: 'russian-officials',
    verb: 'déclaré',
  },
  {
    lang: 'en',
    text: 'Antony Blinken said: "It is very hard to get such guests to leave your house."',
    kind: 'direct',
    pattern: 'en/speaker-verb-colon-quote',
    content: 'It is very hard to get such guests to leave your house.',
    speaker: 'Antony Blinken',
    group: 'western-governments',
    verb: 'said',
  },
  // X a déclaré que … / X said (that) …
  {
    lang: 'fr',
    text: 'Le ministère de l’Intérieur a indiqué que des centaines de personnes avaient été arrêtées.',
    kind: 'indirect',
    pattern: 'fr/speaker-verb-that',
    content: 'des centaines de personnes avaient été arrêtées',
    speaker: 'Le ministère de l’Intérieur',
    group: 'kazakh-officials',
    verb: 'indiqué',
  },
  {
    lang: 'en',
    text: 'The Kremlin said that the troops would leave within two weeks.',
    kind: 'indirect',
    pattern: 'en/speaker-verb-that',
    content: 'the troops would leave within two weeks',
    speaker: 'The Kremlin',
    group: 'russian-officials',
    verb: 'said',
  },
  {
    lang: 'en',
    text: 'Several witnesses said the police fired into the crowd.',
    kind: 'indirect',
    pattern: 'en/speaker-verb-clause',
    content: 'the police fired into the crowd',
    speaker: 'Several witnesses',
    group: 'protesters',
    verb: 'said',
  },
  // X told Reuters (that) … / X a déclaré à l'AFP que …
  {
    lang: 'en',
    text: 'Dmitry Peskov told Reuters that the operation was going to plan.',
    kind: 'indirect',
    pattern: 'en/speaker-verb-that',
    content: 'the operation was going to plan',
    speaker: 'Dmitry Peskov',
    group: 'russian-officials',
    verb: 'told',
  },
  {
    lang: 'en',
    text: 'An analyst told Reuters the deployment was mostly symbolic.',
    kind: 'indirect',
    pattern: 'en/speaker-verb-clause',
    content: 'the deployment was mostly symbolic',
    speaker: 'An analyst',
    group: 'experts',
    verb: 'told',
  },
  {
    lang: 'fr',
    text: 'Un politologue a déclaré à l’AFP que le pouvoir sortait renforcé de la crise.',
    kind: 'indirect',
    pattern: 'fr/speaker-verb-that',
    content: 'le pouvoir sortait renforcé de la crise',
    speaker: 'Un politologue',
    group: 'experts',
    verb: 'déclaré',
  },
  // selon X, … / according to X, …
  {
    lang: 'fr',
    text: 'Selon le Kremlin, la mission est entièrement accomplie.',
    kind: 'indirect',
    pattern: 'fr/marker-speaker-clause',
    content: 'la mission est entièrement accomplie',
    speaker: 'le Kremlin',
    group: 'russian-officials',
    verb: null,
  },
  {
    lang: 'en',
    text: 'According to Human Rights Watch, dozens of detainees were beaten.',
    kind: 'indirect',
    pattern: 'en/marker-speaker-clause',
    content: 'dozens of detainees were beaten',
    speaker: 'Human Rights Watch',
    group: 'international-bodies',
    verb: null,
  },
  // d'après X, …
  {
    lang: 'fr',
    text: 'D’après l’agence Interfax, les premiers avions ont atterri à Almaty.',
    kind: 'indirect',
    pattern: 'fr/marker-speaker-clause',
    content: 'les premiers avions ont atterri à Almaty',
    speaker: 'l’agence Interfax',
    group: 'media',
    verb: null,
  },
  // …, selon X. / …, according to X.
  {
    lang: 'fr',
    text: 'Le calme est revenu dans la ville, selon des habitants.',
    kind: 'indirect',
    pattern: 'fr/clause-then-marker-speaker',
    content: 'Le calme est revenu dans la ville',
    speaker: 'des habitants',
    group: 'protesters',
    verb: null,
  },
  {
    lang: 'en',
    text: 'Order has been fully restored, according to President Tokayev.',
    kind: 'indirect',
    pattern: 'en/clause-then-marker-speaker',
    content: 'Order has been fully restored',
    speaker: 'President Tokayev',
    group: 'kazakh-officials',
    verb: null,
  },
  // pour X, … (speaker-like X only)
  {
    lang: 'fr',
    text: 'Pour Moscou, il s’agit d’une opération de stabilisation.',
    kind: 'indirect',
    // The topic rules list « pour Moscou » as an attribution marker; the fallback reads « pour » + speaker.
    pattern: /^fr\/(pour|marker)-speaker-clause$/,
    content: 'il s’agit d’une opération de stabilisation',
    speaker: 'Moscou',
    group: 'russian-officials',
    verb: null,
  },
  // …, X said. / …, a déclaré X.
  {
    lang: 'en',
    text: 'The situation is under control, the Kazakh government said in a statement.',
    kind: 'indirect',
    pattern: 'en/clause-then-speaker-verb',
    content: 'The situation is under control',
    speaker: 'the Kazakh government',
    group: 'kazakh-officials',
    verb: 'said',
  },
  {
    lang: 'fr',
    text: 'Les troupes quitteront le pays la semaine prochaine, a annoncé le président kazakh.',
    kind: 'indirect',
    pattern: 'fr/clause-then-verb-speaker',
    content: 'Les troupes quitteront le pays la semaine prochaine',
    speaker: 'le président kazakh',
    group: 'kazakh-officials',
    verb: 'annoncé',
  },
  // X claimed / alleged / insisted / warned that …
  {
    lang: 'en',
    text: 'Stanislav Zas warned that the contingent could stay longer.',
    kind: 'indirect',
    pattern: 'en/speaker-verb-that',
    content: 'the contingent could stay longer',
    speaker: 'Stanislav Zas',
    group: 'csto-officials',
    verb: 'warned',
  },
  {
    lang: 'en',
    text: 'Mukhtar Ablyazov alleged that the regime had staged the violence.',
    kind: 'indirect',
    pattern: 'en/speaker-verb-that',
    content: 'the regime had staged the violence',
    speaker: 'Mukhtar Ablyazov',
    group: 'opposition',
    verb: 'alleged',
  },
];
