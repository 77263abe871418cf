import type { DocumentAnalysis } from '../analysis/types.js';
import type { Voice } from '../core/types.js';

/**
 * One positioned finding of a document as the report shows it: a stance cue toward a target, a
 * loaded-vocabulary cue, or a name given to an actor group.
 * @example
 * const f: ReportFinding = { kind: 'stance', text: 'soldats de la paix', start: 4, end: 22, category: 'legitimising-euphemism',
 *   rule: 'topic/fr/soldat-de-la-paix', voice: 'authorial', weight: 1.2, target: 'intervention' };
 */
export interface ReportFinding {
  kind: 'stance' | 'loaded' | 'naming';
  text: string;
  start: number;
  end: number;
  category: string;
  rule: string;
  voice: Voice;
  /** Stance: the signed weight toward `target`; loaded: how loaded the term is (0–2); naming: absent. */
  weight?: number;
  target?: string;
  /** Naming: the actor group named. */
  actor?: string;
  /** Naming: the lexicon term. */
  term?: string;
  /** Scare-quoted or after "so-called". */
  scare?: boolean;
  modifiers?: string[];
  note?: string;
}

/**
 * Every positioned finding of a document, in a fixed order (by start, end, kind, rule, target): the
 * stance evidence toward every target, the loaded-vocabulary cues and the naming mentions. Only
 * gathers what the analysis holds; it computes nothing.
 * @example
 * documentFindings(analysis.documents[0]).filter((f) => f.kind === 'stance').length; //=> stance evidence items
 */
export function documentFindings(doc: DocumentAnalysis): ReportFinding[] {
  const out: ReportFinding[] = [];
  for (const target of Object.keys(doc.stance).sort()) {
    for (const e of doc.stance[target]!.evidence) {
      const f: ReportFinding = {
        kind: 'stance',
        text: e.text,
        start: e.start,
        end: e.end,
        category: e.category,
        rule: e.rule,
        voice: e.voice,
        weight: e.weight,
        target: e.target ?? target,
      };
      if (e.modifiers && e.modifiers.length > 0) f.modifiers = e.modifiers;
      if (e.note) f.note = e.note;
      out.push(f);
    }
  }
  for (const c of doc.loaded) {
    out.push({
      kind: 'loaded',
      text: c.text,
      start: c.start,
      end: c.end,
      category: c.category,
      rule: c.rule,
      voice: c.voice,
      weight: c.weight,
      scare: c.scare,
    });
  }
  for (const n of doc.naming) {
    out.push({
      kind: 'naming',
      text: n.text,
      start: n.start,
      end: n.end,
      category: n.category,
      rule: n.rule,
      voice: n.voice,
      actor: n.actor,
      term: n.term,
      scare: n.scare,
    });
  }
  const order = { stance: 0, loaded: 1, naming: 2 };
  return out.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      order[a.kind] - order[b.kind] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      ((a.target ?? '') < (b.target ?? '') ? -1 : (a.target ?? '') > (b.target ?? '') ? 1 : 0),
  );
}

/**
 * The category a highlight is coloured by: that of its strongest stance cue (largest |weight|), else
 * of its most loaded cue, else of its first name.
 * @example
 * leadCategory([{ kind: 'naming', category: 'neutral-name', … }, { kind: 'stance', category: 'threat-claim', weight: 0.4, … }]);
 * //=> 'threat-claim'
 */
export function leadCategory(findings: readonly ReportFinding[]): string {
  let best: ReportFinding | undefined;
  const rank = (f: ReportFinding) => (f.kind === 'stance' ? 2 : f.kind === 'loaded' ? 1 : 0);
  for (const f of findings) {
    if (
      !best ||
      rank(f) > rank(best) ||
      (rank(f) === rank(best) && Math.abs(f.weight ?? 0) > Math.abs(best.weight ?? 0))
    )
      best = f;
  }
  return best?.category ?? 'other';
}
