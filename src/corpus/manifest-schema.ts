import { z } from 'zod';

/**
 * A hand-labelled stance toward one target: a label and a signed strength in [-2, 2] whose sign agrees
 * with the label (`against` < 0, `favor` > 0, `neutral` = 0).
 * @example
 * StanceLabelSchema.parse({ label: 'against', strength: -2 });
 */
export const StanceLabelSchema = z
  .object({
    label: z.enum(['against', 'favor', 'neutral']),
    strength: z.number().min(-2).max(2),
  })
  .strict()
  .refine(
    (s) => (s.label === 'against' ? s.strength < 0 : s.label === 'favor' ? s.strength > 0 : s.strength === 0),
    {
      message: 'strength sign must agree with label (against < 0, favor > 0, neutral = 0)',
      path: ['strength'],
    },
  );

/**
 * Facts about one file of a folder. Only `file` is required; unknown fields are rejected (a typo such
 * as `sorce` is an error, not a silently ignored fact).
 * @example
 * ManifestEntrySchema.parse({ file: 'a.txt', source: 'Le Monde', lang: 'fr' });
 */
export const ManifestEntrySchema = z
  .object({
    file: z
      .string()
      .min(1)
      .refine((f) => !f.includes('/') && !f.includes('\\'), 'must be a file name in the folder, not a path'),
    id: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1).optional(),
    kind: z.string().min(1).optional(),
    date: z.string().min(1).optional(),
    lang: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    description: z.string().optional(),
    stance: z.record(z.string().min(1), StanceLabelSchema).optional(),
  })
  .strict();

/**
 * A folder's `manifest.json`: `{ "documents": [ { "file": "a.txt", "source": "…", … } ] }`.
 * @example
 * ManifestSchema.parse({ documents: [{ file: 'a.txt', source: 'Le Monde' }] }).documents.length; //=> 1
 */
export const ManifestSchema = z.object({ documents: z.array(ManifestEntrySchema) }).strict();

/**
 * One manifest entry.
 * @example
 * const entry: ManifestEntry = { file: 'a.txt', source: 'Le Monde', lang: 'fr' };
 */
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
/**
 * A whole manifest.
 * @example
 * const manifest: Manifest = { documents: [{ file: 'a.txt', source: 'Le Monde' }] };
 */
export type Manifest = z.infer<typeof ManifestSchema>;
/**
 * A stance label.
 * @example
 * const stance: StanceLabel = { label: 'favor', strength: 1 };
 */
export type StanceLabel = z.infer<typeof StanceLabelSchema>;
