import type { ProcessedText, Token } from '../text/types.js';
import {
  compareOccurrence,
  compareStrings,
  type SourceTerm,
  TERM_OCCURRENCES,
  type TermOccurrence,
} from './source-stats.js';

/** One n-gram in the trie of a source's grams: a path of stems from the root. */
interface GramNode {
  /** The space-joined stems (the gram's key in `SourceStats.terms`). */
  key: string;
  children: Map<string, GramNode> | null;
  count: number;
  surfaces: string[];
  surfaceCounts: number[];
  /** The smallest occurrences by `(docId, start, end)`, at most `TERM_OCCURRENCES`, sorted. */
  occurrences: TermOccurrence[];
  /** Sequence number of a document whose remaining occurrences are known to sort after the kept ones. */
  rejected: number;
}

function newNode(key: string): GramNode {
  return { key, children: null, count: 0, surfaces: [], surfaceCounts: [], occurrences: [], rejected: -1 };
}

/**
 * The term counts of a source, gathered document by document: what `sourceStatsOf(doc, countTerms(pt))`
 * merged over the source's documents gives in `SourceStats.terms`, without building and merging
 * per-document tables. Grams live in a trie keyed by stems (no key string per occurrence); a surface
 * form is sliced from the text only the first time it is seen.
 * @example
 * const acc = termAccumulator();
 * acc.add('doc-1', processText({ text: 'Les forces de sécurité arrivent.', lang: 'fr' }));
 * acc.terms()['forc de secur'].occurrences; //=> [{ docId: 'doc-1', start: 4, end: 22 }]
 */
export interface TermAccumulator {
  /** Counts the 1- to 3-grams of one document (see `countTerms` for what a gram is). */
  add(docId: string, pt: ProcessedText): void;
  /** The source's terms, keys sorted, each with sorted surfaces and its first occurrences. */
  terms(): Record<string, SourceTerm>;
}

/**
 * A new, empty {@link TermAccumulator}.
 * @example
 * termAccumulator().terms(); //=> {}
 */
export function termAccumulator(): TermAccumulator {
  const root = newNode('');
  let docs = 0;

  function child(node: GramNode, stem: string): GramNode {
    let children = node.children;
    if (children === null) {
      children = new Map();
      node.children = children;
    }
    let next = children.get(stem);
    if (next === undefined) {
      next = newNode(node === root ? stem : `${node.key} ${stem}`);
      children.set(stem, next);
    }
    return next;
  }

  function count(
    node: GramNode,
    text: string,
    docId: string,
    doc: number,
    start: number,
    end: number,
    surface: string | null,
  ) {
    node.count++;
    // Surface forms: compared in place, sliced only when new.
    const length = end - start;
    const surfaces = node.surfaces;
    let s = 0;
    if (surface !== null) {
      for (; s < surfaces.length; s++) if (surfaces[s] === surface) break;
    } else {
      for (; s < surfaces.length; s++) {
        const form = surfaces[s]!;
        if (form.length === length && sameAt(text, start, form)) break;
      }
    }
    if (s < surfaces.length) node.surfaceCounts[s]!++;
    else {
      surfaces.push(surface ?? text.slice(start, end));
      node.surfaceCounts.push(1);
    }
    // Occurrences: inside a document they come in (start, end) order, so once one is rejected the
    // rest of the document is too.
    if (node.rejected === doc) return;
    const occ = node.occurrences;
    let at = occ.length;
    while (at > 0) {
      const o = occ[at - 1]!;
      const c = o.docId === docId ? o.start - start || o.end - end : compareStrings(o.docId, docId);
      if (c <= 0) break;
      at--;
    }
    if (at >= TERM_OCCURRENCES) {
      node.rejected = doc;
      return;
    }
    if (at === occ.length) occ.push({ docId, start, end });
    else {
      occ.splice(at, 0, { docId, start, end });
      if (occ.length > TERM_OCCURRENCES) occ.pop();
    }
  }

  function add(docId: string, pt: ProcessedText): void {
    const doc = docs++;
    const tokens = pt.tokens;
    const text = pt.text;
    const n = tokens.length;
    const word = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (isWord(tokens[i]!)) word[i] = 1;
    for (let i = 0; i < n; i++) {
      const first = tokens[i]!;
      if (word[i] === 0 || first.stop) continue;
      let node = child(root, first.stem);
      count(node, text, docId, doc, first.start, first.end, first.text);
      let prev = first;
      for (let k = i + 1; k < i + 3 && k < n; k++) {
        const last = tokens[k]!;
        if (word[k] === 0 || last.sentence !== prev.sentence || last.quote !== prev.quote) break;
        node = child(node, last.stem);
        if (!last.stop) count(node, text, docId, doc, first.start, last.end, null);
        prev = last;
      }
    }
  }

  function terms(): Record<string, SourceTerm> {
    const nodes: GramNode[] = [];
    const stack: GramNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.children) for (const c of node.children.values()) stack.push(c);
      if (node.count > 0) nodes.push(node);
    }
    nodes.sort((a, b) => compareStrings(a.key, b.key));
    const out: Record<string, SourceTerm> = {};
    for (let i = 0; i < nodes.length; ) {
      const first = nodes[i]!;
      let j = i + 1;
      while (j < nodes.length && nodes[j]!.key === first.key) j++;
      // Two paths give the same key only if a stem holds a space: such nodes merge like tables do.
      out[first.key] = j === i + 1 ? termOf(first) : mergedTermOf(nodes.slice(i, j));
      i = j;
    }
    return out;
  }

  return { add, terms };
}

function termOf(node: GramNode): SourceTerm {
  const surfaces: Record<string, number> = {};
  if (node.surfaces.length === 1) surfaces[node.surfaces[0]!] = node.surfaceCounts[0]!;
  else {
    const order = node.surfaces
      .map((_, i) => i)
      .sort((a, b) => compareStrings(node.surfaces[a]!, node.surfaces[b]!));
    for (const i of order) surfaces[node.surfaces[i]!] = node.surfaceCounts[i]!;
  }
  return {
    count: node.count,
    surfaces,
    occurrences: node.occurrences.map((o) => ({ docId: o.docId, start: o.start, end: o.end })),
  };
}

function mergedTermOf(nodes: readonly GramNode[]): SourceTerm {
  const surfaceCounts = new Map<string, number>();
  let total = 0;
  let occurrences: TermOccurrence[] = [];
  for (const node of nodes) {
    total += node.count;
    node.surfaces.forEach((form, i) => {
      surfaceCounts.set(form, (surfaceCounts.get(form) ?? 0) + node.surfaceCounts[i]!);
    });
    occurrences = occurrences.concat(node.occurrences);
  }
  occurrences.sort(compareOccurrence);
  const surfaces: Record<string, number> = {};
  for (const form of [...surfaceCounts.keys()].sort()) surfaces[form] = surfaceCounts.get(form)!;
  return {
    count: total,
    surfaces,
    occurrences: occurrences
      .slice(0, TERM_OCCURRENCES)
      .map((o) => ({ docId: o.docId, start: o.start, end: o.end })),
  };
}

/** Whether `text` holds `form` at `start` (`text.startsWith(form, start)`, without its call cost). */
function sameAt(text: string, start: number, form: string): boolean {
  for (let j = 0; j < form.length; j++) if (text.charCodeAt(start + j) !== form.charCodeAt(j)) return false;
  return true;
}

const DIGIT = /\p{Nd}/u;

/** A word token with a stem and no digit (what `countTerms` counts). */
function isWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const stem = token.stem;
  if (stem.length === 0) return false;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return false;
    // No decimal digit lies between U+007F and U+0660 (accented Latin letters need no regex).
    if (c >= 0x660) return !DIGIT.test(stem);
  }
  return true;
}
