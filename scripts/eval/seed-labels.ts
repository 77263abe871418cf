/**
 * Reads the stance labels of the seed corpus from `seeds/manifest.json` at run time. The manifest is
 * read leniently: its document list is `documents` (or `articles`, or the manifest itself when it is
 * an array); an entry's id is `id`, else its `file` name without extension; its label is
 * `stance.intervention = { label, strength }` (or `stance[target]`).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StanceLabelInput } from '../../src/evaluate/index.js';

const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

/**
 * The seed labels for a target, and the manifest entries that carry none.
 * @example
 * readSeedLabels().labels; //=> [{ id: '000_8fa9…', label: 'against', strength: -1 }, …]
 */
export function readSeedLabels(target = 'intervention'): {
  manifest: string;
  found: boolean;
  labels: StanceLabelInput[];
  unlabelled: string[];
} {
  const manifest = path.join(SEEDS_DIR, 'manifest.json');
  if (!existsSync(manifest)) return { manifest, found: false, labels: [], unlabelled: [] };
  const raw = JSON.parse(readFileSync(manifest, 'utf8')) as unknown;
  const entries: unknown[] = Array.isArray(raw)
    ? raw
    : isRecord(raw) && Array.isArray(raw.documents)
      ? raw.documents
      : isRecord(raw) && Array.isArray(raw.articles)
        ? raw.articles
        : [];
  const labels: StanceLabelInput[] = [];
  const unlabelled: string[] = [];
  entries.forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const id =
      typeof entry.id === 'string'
        ? entry.id
        : typeof entry.file === 'string'
          ? path.basename(entry.file, path.extname(entry.file))
          : `#${i}`;
    const stance = isRecord(entry.stance) ? entry.stance[target] : undefined;
    if (!isRecord(stance)) {
      unlabelled.push(id);
      return;
    }
    const label: StanceLabelInput = { id, label: stance.label as StanceLabelInput['label'] };
    if (typeof stance.strength === 'number') label.strength = stance.strength;
    labels.push(label);
  });
  return { manifest, found: true, labels, unlabelled };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
