/**
 * Speakers across documents: one person may be “Putin” here and “Vladimir
 * Putin” there, “Trufanov” or “Troufanov”. A known conflict keeps quotes
 * apart; an unknown speaker fits anyone and forces nothing.
 */

import {keysCompatible, nameKeys, namesCompatible} from '../entities/name-key.js'

export function speakersCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true
  return a === b || namesCompatible(a, b)
}

/** Keys of a speaker name, computed once per wording (`null`: unknown speaker). */
export function speakerKeys(name: string | null | undefined): string[] | null {
  return name ? nameKeys(name) : null
}

/** `speakersCompatible` over keys from `speakerKeys`. */
export function speakerKeysCompatible(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a === null || b === null || a === b || keysCompatible(a, b)
}
