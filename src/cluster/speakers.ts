/**
 * Speakers across documents: one person may be “Putin” here and “Vladimir
 * Putin” there, “Trufanov” or “Troufanov”. A known conflict keeps quotes
 * apart; an unknown speaker fits anyone and forces nothing.
 */

import {keysCompatible, nameKeys} from '../entities/name-key.js'

/** Keys of a speaker name, computed once per wording (`null`: unknown speaker). */
export function speakerKeys(name: string | null | undefined): string[] | null {
  return name ? nameKeys(name) : null
}

/** Whether two speakers (as keys from `speakerKeys`) may be one: unknown fits anyone. */
export function speakerKeysCompatible(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a === null || b === null || a === b || keysCompatible(a, b)
}
