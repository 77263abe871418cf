import { z } from 'zod';
import { FramingError } from '../core/errors.js';
import type { StanceClass, StanceLabelInput } from './types.js';

const LabelEntry = z.object({
  id: z.string().min(1),
  label: z.enum(['favor', 'against', 'neutral', 'pro', 'contra']),
  strength: z.number().optional(),
});

const TO_CLASS: Record<StanceLabelInput['label'], StanceClass> = {
  favor: 'favor',
  against: 'against',
  neutral: 'neutral',
  pro: 'favor',
  contra: 'against',
};

/**
 * A validated gold stance label, with the class in SemEval names.
 * @example
 * const l: StanceLabel = { id: 'dfr01', label: 'favor', strength: 2 };
 */
export interface StanceLabel {
  id: string;
  label: StanceClass;
  strength?: number;
}

/**
 * Validates gold stance labels and maps `pro` → `favor`, `contra` → `against`.
 * @throws {FramingError} `E_LABELS_INVALID` naming the first bad entry (index, id when readable, field),
 *   or a repeated id.
 * @example
 * parseStanceLabels([{ id: 'a', label: 'contra', strength: -2 }]);
 * //=> [{ id: 'a', label: 'against', strength: -2 }]
 * parseStanceLabels([{ id: 'a', label: 'yes' }]);
 * // throws FramingError E_LABELS_INVALID: 'at labels[0].label: label "a": Invalid option: …'
 */
export function parseStanceLabels(raw: unknown): StanceLabel[] {
  const parsed = z.array(LabelEntry).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index, ...rest] = issue.path;
    const path =
      typeof index === 'number' ? `labels[${index}]${rest.map((p) => `.${String(p)}`).join('')}` : 'labels';
    const entry = typeof index === 'number' && Array.isArray(raw) ? raw[index] : undefined;
    const id =
      entry !== null && typeof entry === 'object' && 'id' in entry
        ? (entry as { id: unknown }).id
        : undefined;
    const who = typeof id === 'string' ? `label "${id}": ` : '';
    throw new FramingError('E_LABELS_INVALID', `${who}${issue.message}`, { path }, parsed.error.issues);
  }
  const seen = new Set<string>();
  return parsed.data.map((entry, index) => {
    if (seen.has(entry.id)) {
      throw new FramingError('E_LABELS_INVALID', `label "${entry.id}" is given twice`, {
        path: `labels[${index}].id`,
      });
    }
    seen.add(entry.id);
    const label: StanceLabel = { id: entry.id, label: TO_CLASS[entry.label] };
    if (entry.strength !== undefined) label.strength = entry.strength;
    return label;
  });
}
