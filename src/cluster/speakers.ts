/**
 * Speakers across documents: one person may be “Putin” here and “Vladimir
 * Putin” there, “Trufanov” or “Troufanov”. A known conflict keeps quotes
 * apart; an unknown speaker fits anyone and forces nothing.
 */

import {namesCompatible} from '../entities/name-key.js'

export function speakersCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true
  return a === b || namesCompatible(a, b)
}
