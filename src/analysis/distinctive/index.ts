/**
 * Distinctive vocabulary, per document: the n-gram counts that per-source statistics sum and the
 * log-odds comparison (in `compare/`) reads.
 * @module
 */

export type { CountTermsOptions, DocumentTerm, DocumentTerms } from './count-terms.js';
export { countTerms } from './count-terms.js';
