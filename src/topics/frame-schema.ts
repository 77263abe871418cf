import { z } from 'zod';

/**
 * The frames media-framing detects: eight dimensions of the Policy Frames Codebook (Boydstun et al.,
 * 2014), in the order reports list them. Ids are stable.
 * - `security-defence`: security and defence (war, armies, terrorism, threats);
 * - `legality`: legality, constitutionality and jurisprudence (laws, courts, rulings);
 * - `political`: political considerations (elections, parties, government, parliament);
 * - `external-reputation`: external regulation and reputation (diplomacy, sanctions, alliances);
 * - `crime-punishment`: crime and punishment (offences, police, prisons, sentences);
 * - `economic`: economic (prices, jobs, budgets, markets);
 * - `morality-human-rights`: morality, ethics, religion, human rights and dignity;
 * - `public-opinion`: public opinion (polls, protests, popular mood).
 * @example
 * FrameId.parse('economic'); //=> 'economic'
 */
export const FrameId = z.enum([
  'security-defence',
  'legality',
  'political',
  'external-reputation',
  'crime-punishment',
  'economic',
  'morality-human-rights',
  'public-opinion',
]);
export type FrameId = z.infer<typeof FrameId>;

/**
 * One entry of a frame lexicon: a word or pattern (term syntax of `schema.ts`), the frame it signals
 * and how surely, 0–2 (2: nearly always signals the frame; 0.5: a weak cue that needs company; 0: an
 * idiom listed only so that it hides a shorter cue, e.g. `à tout prix` hides `=prix`).
 * @example
 * FrameEntry.parse({ term: 'pouvoir d\'achat', frame: 'economic', weight: 2 });
 * //=> { term: "pouvoir d'achat", frame: 'economic', weight: 2 }
 */
export const FrameEntry = z
  .object({
    term: z.string().min(1),
    frame: FrameId,
    /** How surely the term signals the frame, 0–2. */
    weight: z.number().min(0).max(2),
    note: z.string().optional(),
  })
  .strict();
export type FrameEntry = z.infer<typeof FrameEntry>;

/**
 * A whole frame lexicon for one language.
 * @example
 * FrameLexicon.parse([{ term: 'sondage*', frame: 'public-opinion', weight: 2 }]).length; //=> 1
 */
export const FrameLexicon = z.array(FrameEntry);
export type FrameLexicon = z.infer<typeof FrameLexicon>;
