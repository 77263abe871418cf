/**
 * The reasons a line of an article is set aside as boilerplate (`RemovedRegion.reason`), kebab-case
 * and stable. Each reason is documented here; the rules that give it are in `rules.ts`.
 * @example
 * BOILERPLATE_REASONS['source-line']; //=> 'A source or agency line: "Source : …", "Sources:"…'
 */
export const BOILERPLATE_REASONS = {
  breadcrumb:
    'A breadcrumb trail: "Accueil » Monde » …", "Home > World", or a flattened trail repeating the headline.',
  navigation:
    'Menu or site-navigation text: a run of section names, "Menu", "Rechercher", "Skip to content".',
  'cookie-banner': 'A cookie or consent banner, or one of its buttons ("Accepter", "Accept all").',
  'related-link':
    'A link or list of links to other articles: "Lire aussi : …", "Read more:", "Related Articles".',
  'social-follow': 'A call to follow or join the outlet on social networks: "Suivez-nous sur Telegram".',
  'share-buttons': 'Share buttons: "Partager sur Facebook", "Share on Twitter", "Facebook Twitter Email".',
  'article-nav': 'Links to the previous or next article: "Article précédent…", "Next article".',
  'back-to-top': 'A back-to-top button: "Bouton retour en haut de la page", "Back to top".',
  counter: 'A counter: a number alone, "0 commentaire", "12 Comments", "Partager 0", "4 min de lecture".',
  'comment-form':
    'Comment-section furniture: "Laisser un commentaire", "Leave a Reply", "Your email address…".',
  byline:
    'A byline or author note: "Par X", "By John Smith", "Auteur : …", "par" alone, or the author box closing a page after its end markers.',
  'photo-credit': 'A photo or image credit: "Photo : AFP", "© Reuters", "Crédit photo : …".',
  'source-line': 'A source or agency line: "Source : …", "Sources:"…',
  paywall:
    'A paywall or registration notice: "Cet article est réservé aux abonnés", "Already a subscriber?".',
  newsletter:
    'A newsletter sign-up prompt: "Inscrivez-vous à notre newsletter", "Sign up for our newsletter".',
  'icon-run': 'A run of icon names from a scraped page: "icon bookmark icon camera icon check".',
  timestamp: 'A line holding only a date or time: "Publié le 6 janvier 2022 à 10h00", "2 hours ago".',
  'tag-list': 'A list of tags or keywords: "Tags : …", "Mots-clés : …".',
  advertisement: 'An advertising label: "Publicité", "Advertisement", "Contenu sponsorisé".',
} as const;

/**
 * Why a region was set aside: one of the keys of {@link BOILERPLATE_REASONS}.
 * @example
 * const reason: BoilerplateReason = 'cookie-banner';
 */
export type BoilerplateReason = keyof typeof BOILERPLATE_REASONS;
