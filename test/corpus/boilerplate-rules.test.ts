import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../src/corpus/index.js';

const OPENING = 'Les troupes sont arrivées mercredi dans la capitale, selon le ministère.';
const CLOSING = 'Le président a promis un retour au calme dans les prochains jours.';

/** The reason given to `line` set between two body paragraphs, or null when it is kept. */
function reasonOf(line: string): string | null {
  const text = `${OPENING}\n\n${line}\n\n${CLOSING}`;
  const start = OPENING.length + 2;
  const region = findBoilerplate(text).find((r) => r.start >= start && r.end <= start + line.length);
  if (region) expect(text.slice(region.start, region.end)).toBe(region.text);
  return region?.reason ?? null;
}

const HITS: Record<string, readonly string[]> = {
  breadcrumb: [
    'Accueil » Monde » Europe',
    'Home | World | Business',
    'Accueil > International > Kazakhstan : la crise',
    'Home > World > Asia',
    'Home / News / Politics',
  ],
  navigation: [
    'Accueil Monde Politique Économie Sport Culture',
    'Monde | Politique | Économie | Sport',
    'Menu',
    'Skip to content',
    'Rechercher',
  ],
  'cookie-banner': [
    'Nous utilisons des cookies pour améliorer votre expérience sur notre site.',
    'We use cookies to personalise content and ads.',
    'En poursuivant votre navigation, vous acceptez l’utilisation de cookies.',
    'Accepter',
    'Tout accepter',
    'Accept all',
  ],
  'related-link': [
    'Lire aussi : Les prix du gaz flambent dans la région',
    'À lire aussi',
    'LIRE AUSSI >> Une autre histoire',
    'À lire également - Le débat au Parlement',
    'Read more: Inside the talks in Geneva',
    'Related Articles',
    'Articles similaires',
    'Sur le même sujet',
    'You may also like',
  ],
  'social-follow': [
    'Suivez-nous sur Telegram',
    'Rejoignez-nous sur Facebook et Instagram pour ne rien manquer',
    'Follow us on Twitter and Facebook',
    'Join our Telegram channel for more',
  ],
  'share-buttons': [
    'Partager sur Facebook',
    'Share on X',
    'Facebook Twitter WhatsApp Email',
    'Partager',
    'Copier le lien',
  ],
  'article-nav': [
    'Article précédent',
    'Article suivantUn titre collé au lien',
    'Previous article',
    'Next post: The day after',
  ],
  'back-to-top': ['Bouton retour en haut de la page', 'Retour en haut ↑', 'Back to top', 'Scroll to top'],
  counter: [
    '0 commentaire',
    '12 Comments',
    'Partager 0',
    '62',
    '1 234 vues',
    'Commentaires (3)',
    '4 min de lecture',
  ],
  'comment-form': [
    'Leave a Reply',
    'Laisser un commentaire',
    'Votre adresse e-mail ne sera pas publiée.',
    'Your email address will not be published. Required fields are marked *',
    'Commentaires',
  ],
  byline: [
    'Par Marie Dupont',
    'Par Jean-Pierre Martin, à Moscou',
    'par',
    'By John Smith',
    'By Anna K. Novak | Reuters',
    'Par Ursula von der Leyen le 6 janvier 2022',
    'Auteur : Marie Dupont',
    'Written by Tom Jones',
    'De notre correspondant à Moscou',
  ],
  'photo-credit': [
    'Photo : AFP',
    'Photo: Reuters/John Doe',
    '© Reuters',
    'Crédit photo : Jean Dupont / AFP',
    '(Photo AFP)',
    'Image: Getty Images',
    'Un char à Almaty. © AFP',
  ],
  'source-line': ['Source : AFP', 'Sources: Reuters, AP', 'Source : Archives du journal'],
  paywall: [
    'Cet article est réservé aux abonnés',
    'Il vous reste 75 % de cet article à lire.',
    'Déjà abonné ? Connectez-vous',
    'Subscribe to continue reading',
    'Already a subscriber? Log in',
  ],
  newsletter: [
    'Inscrivez-vous à notre newsletter',
    'Recevez notre newsletter quotidienne',
    'Sign up for our newsletter',
    'Newsletter',
  ],
  'icon-run': [
    'icon bookmark icon camera icon check icon close',
    'icon-facebook icon-twitter icon-mail share',
  ],
  timestamp: [
    'Publié le 6 janvier 2022 à 10h32',
    '06/01/2022 14:32',
    'Updated: Jan 6, 2022 10:32 GMT',
    'Mis à jour le 07/01/2022 à 08h15',
    'il y a 3 heures',
    '2 hours ago',
    'Jeudi 6 janvier 2022',
  ],
  'tag-list': [
    'Tags : Kazakhstan, Russie, OTSC',
    'Mots-clés : Russie, Almaty',
    'Keywords: Russia, CSTO',
    'Filed under: World',
  ],
  advertisement: ['Publicité', 'Advertisement', 'Contenu sponsorisé', 'La suite après cette publicité'],
};

const KEPT: readonly string[] = [
  // "source"
  'Selon une source proche du dossier, les troupes partiront bientôt.',
  'Source d’inquiétude pour Moscou, la crise dure depuis une semaine.',
  'The source said the troops would leave within days.',
  'Sources diplomatiques et militaires divergent sur le calendrier du retrait.',
  // "cookies"
  'Les cookies de la grand-mère ont fait sensation au marché de Noël.',
  'Le site utilise des cookies publicitaires sans consentement, selon la CNIL.',
  'Cookies are small files that websites store on your computer, experts explain.',
  // "partager", "share"
  'Partager le pouvoir reste exclu pour le président, selon ses proches.',
  'Les ministres veulent partager les coûts de la mission.',
  'Share prices fell sharply in Almaty on Thursday.',
  // "par", "by"
  'Par ailleurs, la Russie a démenti toute ingérence.',
  'Par la suite, le gouvernement a démissionné.',
  'By then, the protesters had left the square.',
  'By Thursday the airport was back under government control.',
  'Par Moscou interposé, le Kremlin garde la main.',
  // social networks mentioned in a sentence
  'Le ministre a publié sa réponse sur Telegram.',
  'Suivez la situation : les autorités annoncent un couvre-feu.',
  // "lire aussi", "read more" inside a sentence
  'Lire aussi entre les lignes est un art, dit-il.',
  'Read more carefully, the statement says something else.',
  // dates, numbers
  'Le 6 janvier 2022, les troupes sont arrivées à Almaty.',
  'Il y a 30 ans, le Kazakhstan devenait indépendant.',
  '12 soldats ont été blessés.',
  '2 000 soldats',
  // words of menus and credits in sentences
  'Publicité mensongère : le ministre accuse les médias occidentaux.',
  'Menu du jour : sanctions et menaces.',
  'Image de marque : Moscou soigne sa communication.',
  'Photographie et mémoire : le travail d’un reporter.',
  'Home to millions, Almaty is the largest city.',
  'Next, the president addressed the nation.',
  'Tags et slogans couvraient les murs de la ville.',
  'Monde, Europe et France',
  'The icon of the revolution, a camera in hand, walked on.',
  '« Nous refusons » a-t-il dit » avant de partir.',
  'Abonnés et lecteurs ont réagi en masse.',
  'Accueillir les réfugiés reste une priorité pour Astana.',
];

describe('boilerplate rules: lines set aside (fr + en)', () => {
  for (const [reason, lines] of Object.entries(HITS)) {
    for (const line of lines) {
      it(`${reason}: ${line}`, () => {
        expect(reasonOf(line)).toBe(reason);
      });
    }
  }
});

describe('boilerplate rules: near misses kept', () => {
  for (const line of KEPT) {
    it(`kept: ${line}`, () => {
      expect(reasonOf(line)).toBeNull();
    });
  }
});

describe('boilerplate rules that read the neighbouring lines', () => {
  it('removes a flattened breadcrumb that repeats the next line, and only then', () => {
    const title = 'La Russie envoie des troupes au Kazakhstan après des émeutes';
    const text = `Accueil Internationales La Russie envoie des troupes au Kazakh...\n\n${title}\n\n${OPENING}`;
    expect(findBoilerplate(text).map((r) => r.reason)).toEqual(['breadcrumb']);
    expect(findBoilerplate(`Accueil chaleureux pour les soldats à Almaty\n\n${title}`)).toEqual([]);
  });

  it('removes the author box after previous/next links or a back-to-top button, not body after other boilerplate', () => {
    const bio = 'Journaliste depuis dix ans, elle couvre l’Asie centrale et aime la randonnée.';
    const text = `${OPENING}\n\nArticle précédentUn autre titre\nArticle suivantEncore un titre\n${bio}`;
    const regions = findBoilerplate(text);
    expect(regions.map((r) => [r.reason, r.rule])).toEqual([
      ['article-nav', 'article-nav/previous-next'],
      ['article-nav', 'article-nav/previous-next'],
      ['byline', 'byline/author-box'],
    ]);
    expect(regions[2]!.text).toBe(bio);
    expect(findBoilerplate(`${OPENING}\n\nLire aussi : ailleurs\n\n${bio}`).map((r) => r.reason)).toEqual([
      'related-link',
    ]);
    // more than three lines after the marker: not an author box, all kept
    const many = `${OPENING}\n\nBack to top\n\n${CLOSING}\n\n${CLOSING}\n\n${CLOSING}\n\n${CLOSING}`;
    expect(findBoilerplate(many).map((r) => r.reason)).toEqual(['back-to-top']);
  });

  it('removes headlines listed under a bare "Related" heading at the end, not a list followed by body', () => {
    const list =
      'Related Articles\n\nTroops leave Almaty\n\nWhat the CSTO really is\n\nThis website uses cookies to improve your experience.';
    expect(findBoilerplate(`${OPENING}\n\n${list}`).map((r) => `${r.reason}:${r.rule}`)).toEqual([
      'related-link:related-link/lead',
      'related-link:related-link/list',
      'related-link:related-link/list',
      'cookie-banner:cookie-banner/opening',
    ]);
    const midArticle = `${OPENING}\n\nArticles similaires\n\nUn intertitre de l’article\n\n${CLOSING}`;
    expect(findBoilerplate(midArticle).map((r) => r.reason)).toEqual(['related-link']);
  });

  it('never examines lines longer than every rule allows', () => {
    const long = `Lire aussi : ${'une très longue phrase '.repeat(60)}`;
    expect(findBoilerplate(`${OPENING}\n\n${long}`)).toEqual([]);
  });

  it('stays linear on hostile input (long lines of separators and repeated keywords)', () => {
    const hostile = [
      '» '.repeat(50_000),
      'icon '.repeat(50_000),
      'Par '.repeat(50_000),
      `${'1'.repeat(100_000)}a`,
      `Source${' '.repeat(100_000)}x`,
      '>'.repeat(100_000),
    ].join('\n');
    const regions = findBoilerplate(hostile);
    for (const r of regions) expect(hostile.slice(r.start, r.end)).toBe(r.text);
  });
});
