import { bundledTopics } from '../../topics/index.js';
import type { CliIO } from '../io.js';

/**
 * `media-framing topics`: lists the bundled topics with their targets and lexicon sizes.
 * @example
 * runTopics(io); // prints "csto-kazakhstan-2022  The CSTO intervention in Kazakhstan…"
 */
export function runTopics(io: CliIO): void {
  for (const topic of Object.values(bundledTopics)) {
    io.stdout(`${topic.id}\n  ${topic.name}\n`);
    io.stdout(`  main target: ${topic.mainTarget}; targets: ${topic.targets.map((t) => t.id).join(', ')}\n`);
    io.stdout(`  actor groups: ${topic.actors.map((a) => a.id).join(', ')}\n`);
    io.stdout(
      `  lexicon entries: fr ${topic.entries('fr').length}, en ${topic.entries('en').length} (topic and generic layers)\n`,
    );
  }
}
