/**
 * Similarity of two wordings from their content terms, each weighted by its
 * rarity (inverse document frequency), so that “humanitarian act” weighs more
 * than “Hamas” in a collection about Hamas.
 *
 * - overlap: weighted Jaccard, for two full wordings (translations).
 * - containment: the share of the shorter's weight found in the longer, for
 *   a fragment and the wording it was cut from.
 */

export type Weight = (term: number) => number

export function weightOf(terms: readonly number[], weight: Weight): number {
  let total = 0
  for (const term of terms) total += weight(term)
  return total
}

/** Weight of the terms the two share (`b` given as a set). */
export function sharedWeight(a: readonly number[], b: ReadonlySet<number>, weight: Weight): number {
  let shared = 0
  for (const term of a) if (b.has(term)) shared += weight(term)
  return shared
}

export function overlap(a: readonly number[], b: ReadonlySet<number>, weightA: number, weightB: number, weight: Weight): number {
  const shared = sharedWeight(a, b, weight)
  const union = weightA + weightB - shared
  return union > 0 ? shared / union : 0
}

export function containment(fragment: readonly number[], whole: ReadonlySet<number>, fragmentWeight: number, weight: Weight): number {
  return fragmentWeight > 0 ? sharedWeight(fragment, whole, weight) / fragmentWeight : 0
}
