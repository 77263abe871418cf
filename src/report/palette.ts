/**
 * The Okabe–Ito palette (Okabe & Ito 2008), distinguishable by readers with the common forms of
 * colour blindness. Black is left out: it is the text colour.
 * @example
 * OKABE_ITO.blue; //=> '#0072B2'
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

/**
 * Colours of the stance labels (favour blue, against vermillion, neutral grey), the pair that stays
 * apart under every common colour-vision deficiency.
 * @example
 * STANCE_COLOURS.against; //=> '#D55E00'
 */
export const STANCE_COLOURS = {
  favor: OKABE_ITO.blue,
  against: OKABE_ITO.vermillion,
  neutral: OKABE_ITO.grey,
} as const;

/**
 * Colours of the three voices (who speaks a cue).
 * @example
 * VOICE_COLOURS.quoted; //=> '#E69F00'
 */
export const VOICE_COLOURS = {
  authorial: OKABE_ITO.blue,
  quoted: OKABE_ITO.orange,
  attributed: OKABE_ITO.bluishGreen,
} as const;

/**
 * How a highlight category is drawn: a colour from the palette and a border style. Beyond seven
 * categories the colours repeat with another border style, so that every category keeps a distinct
 * look without relying on hue alone.
 * @example
 * const s: CategoryStyle = { category: 'threat-claim', colour: '#E69F00', tint: '#F7D999', border: 'solid' };
 */
export interface CategoryStyle {
  category: string;
  /** The full colour (borders, legend swatches). */
  colour: string;
  /** A light tint of it (highlight backgrounds; black text stays readable on it). */
  tint: string;
  border: 'solid' | 'dashed' | 'dotted' | 'double';
}

const CYCLE = [
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.yellow,
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
];
const BORDERS: CategoryStyle['border'][] = ['solid', 'dashed', 'dotted', 'double'];

/**
 * Styles for highlight categories, in the order given (callers list the most frequent first, so that
 * the most common categories get plain solid borders). `quiet` categories (plain names, which are
 * everywhere) get no fill and a dotted grey underline and use no colour of the palette. The same
 * list always gives the same styles.
 * @example
 * categoryStyles(['threat-claim', 'emotive']).map((s) => s.colour); //=> ['#E69F00', '#56B4E9']
 * categoryStyles(['neutral-name', 'emotive'], { quiet: ['neutral-name'] })[1].colour; //=> '#E69F00'
 */
export function categoryStyles(
  categories: readonly string[],
  options: { quiet?: readonly string[] } = {},
): CategoryStyle[] {
  let i = 0;
  return categories.map((category) => {
    if (options.quiet?.includes(category))
      return { category, colour: '#77777F', tint: 'transparent', border: 'dotted' };
    const colour = CYCLE[i % CYCLE.length]!;
    const border = BORDERS[Math.floor(i / CYCLE.length) % BORDERS.length]!;
    i++;
    return { category, colour, tint: tintOf(colour, 0.4), border };
  });
}

/**
 * A colour mixed with white: `amount` 1 is the colour itself, 0 is white.
 * @example
 * tintOf('#000000', 0.5); //=> '#808080'
 */
export function tintOf(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * amount);
  const rgb = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${rgb
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
