/** Placeholder, replaced below. */
import type {Scorer} from './scorer.js'
import type {Wordings} from './wordings.js'
export interface Synonyms {
  shared(scorer: Scorer, other: number): number
}
export function wordnetSynonyms(_wordings: Wordings): Synonyms | undefined {
  return undefined
}
