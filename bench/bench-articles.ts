/**
 * Articles written for the benchmark (not taken from any dataset): news-like prose in English and
 * French with quotations, reporting verbs, negations, scare quotes and the topic's vocabulary, so that
 * every analysis has work to do.
 * @module
 */
import type { DocumentInput } from '../src/corpus/types.js';

const EN_WIRE = `Troops from the alliance land in Almaty as unrest spreads

The first transport planes carrying soldiers of the Collective Security Treaty Organization touched down on Thursday, officials said, hours after President Tokayev asked the bloc for help.
"This is a limited mission with a clear mandate," a spokesman for the alliance told reporters in Moscow. He said the contingent would guard airports and government buildings and would not take part in policing the streets.
Critics were not convinced. "They call them peacekeepers, but nobody voted for this," said a lawyer who asked not to be named. Opposition groups described the deployment as an occupation and warned that it could last for months.
The government insists that the protests were hijacked by "terrorist gangs" trained abroad. It has not shown any evidence for that claim, and rights groups said the so-called foreign fighters were mostly young men from poor districts.
According to the interior ministry, more than 4,000 people were detained across the country. The ministry reported that order had been restored in most regions, although gunfire was still heard overnight in the old square.
Analysts in Washington and Brussels urged restraint. "The use of force against peaceful protesters is never acceptable," the European Union's foreign-policy chief said in a statement, adding that the bloc was following events closely.
In Nur-Sultan, the president thanked the allies and promised reforms. He denied that the troops had fired on civilians and said the mission would end "as soon as the situation is stable".
Residents described empty shops and long queues for bread. "We did not expect tanks in our city," one teacher said. "Prices rose, people went out, and now everyone is afraid to speak."`;

const EN_OPINION = `Opinion: A peacekeeping mission that keeps a regime in place

It is tempting to see the arrival of foreign soldiers in Kazakhstan as a routine act of solidarity between allies. It is not. The treaty was written to defend members against external aggression, yet the aggression invoked here is a domestic uprising over fuel prices.
The Kremlin claims it is merely answering a call for help. But the speed of the operation suggests that plans were ready long before the first protests. Moscow has rarely missed an opportunity to extend its reach, and the so-called stabilisation force gives it leverage over a neighbour that had kept a careful distance.
Supporters of the intervention argue that chaos would have spread without it, that looters had seized weapons and that the police had lost control. Some of that may be true. Yet the order to "shoot without warning", announced on national television, did not come from foreign generals; it came from the president himself, who accused "bandits and terrorists" of a coup.
Western governments have been cautious. Officials in London said they were monitoring the situation, while a senior diplomat privately conceded that "nobody wants a second front". That caution is understandable, but it should not become silence.
The mission may indeed leave within weeks, as promised. If it does, the alliance will have set a precedent all the same: that a ruler facing his own citizens can summon troops from abroad and call it peacekeeping.`;

const FR_REPORT = `Au Kazakhstan, l'arrivée des forces de l'OTSC divise les observateurs

Les premiers soldats de l'alliance menée par Moscou sont arrivés jeudi à Almaty, selon le ministère de la Défense russe. Le président Tokaïev avait sollicité la veille l'aide de l'OTSC, l'alliance militaire dirigée par la Russie, face à ce qu'il a qualifié d'« agression terroriste ».
« Il s'agit d'une mission de maintien de la paix, limitée dans le temps », a assuré un porte-parole de l'organisation. D'après lui, les troupes protégeront des sites stratégiques et ne participeront pas au maintien de l'ordre.
L'opposition dénonce au contraire une « occupation » déguisée. « On nous parle de soldats de la paix, mais personne n'a demandé leur venue », affirme un militant joint par téléphone, qui n'a pas souhaité donner son nom.
Les autorités affirment que des « bandes armées » venues de l'étranger ont attaqué les bâtiments publics. Aucune preuve n'a été présentée à ce jour, et plusieurs organisations de défense des droits humains estiment que la plupart des manifestants protestaient contre la hausse du prix du gaz.
Selon le ministère de l'Intérieur, près de huit mille personnes ont été interpellées. Des coupures d'internet ont rendu difficile la vérification des bilans, qui varient fortement d'une source à l'autre.
À Bruxelles, la diplomatie européenne a appelé à la retenue et au respect des libertés. Paris a demandé que les forces étrangères quittent le pays « dès que possible », tandis que Pékin a salué le rétablissement de l'ordre.
Dans les rues d'Almaty, les habitants racontent la peur et les pénuries. « Nous n'avons jamais vu de chars ici », confie une enseignante. « Les gens voulaient seulement vivre dignement. »`;

/**
 * The benchmark's own articles, one per source.
 * @example
 * benchArticles().map((a) => a.lang); //=> ['en', 'en', 'fr']
 */
export function benchArticles(): DocumentInput[] {
  return [
    { id: 'bench-en-wire', source: 'Bench Wire', lang: 'en', text: EN_WIRE },
    { id: 'bench-en-opinion', source: 'Bench Opinion', lang: 'en', text: EN_OPINION },
    { id: 'bench-fr-report', source: 'Bench Quotidien', lang: 'fr', text: FR_REPORT },
  ];
}
