/**
 * Speakers across documents: one person may be “Putin” here and “Vladimir
 * Putin” there, “Trufanov” or “Troufanov”, or only “the Kremlin leader” in
 * an article that never names him. A known conflict of names keeps quotes
 * apart; an unknown speaker, or one known only by a description, fits
 * anyone and forces nothing.
 */

import {keysCompatible, nameKeys} from '../entities/name-key.js'

/** Words that open a description rather than a name (“the Kremlin leader”, “a spokesman”). */
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'one'])

/** Whether a speaker is given by a description, not a name: it opens with a determiner or a lowercase word. */
export function isDescription(name: string): boolean {
  const first = name.trim().split(/\s+/, 1)[0] ?? ''
  return determiners.has(first.toLowerCase()) || /^\p{Ll}/u.test(first)
}

/** Keys of a speaker name, computed once per wording (`null`: unknown speaker, or a description). */
export function speakerKeys(name: string | null | undefined): string[] | null {
  return name && !isDescription(name) ? nameKeys(name) : null
}

/** Whether two speakers (as keys from `speakerKeys`) may be one: unknown fits anyone. */
export function speakerKeysCompatible(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a === null || b === null || a === b || keysCompatible(a, b)
}
