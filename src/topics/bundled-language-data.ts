import genericEn from './generic/en.json';
import genericFr from './generic/fr.json';
import rulesEn from './rules/en.json';
import rulesFr from './rules/fr.json';

/**
 * The bundled generic loaded-vocabulary layer, per language (raw JSON, validated by `defineTopic`).
 * @example
 * bundledGeneric.fr.length > 100; //=> true
 */
export const bundledGeneric: Record<'fr' | 'en', unknown> = { fr: genericFr, en: genericEn };

/**
 * The bundled negators, distancers, reporting verbs and attribution markers, per language.
 * @example
 * (bundledRules.en as { negators: string[] }).negators.includes('not'); //=> true
 */
export const bundledRules: Record<'fr' | 'en', unknown> = { fr: rulesFr, en: rulesEn };
