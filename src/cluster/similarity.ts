/**
 * Similarity of two wordings from their content terms, each weighted by its
 * rarity (inverse document frequency), so that “humanitarian act” weighs more
 * than “Hamas” in a collection about Hamas. Both measures take the weight the
 * two share, summed by the caller.
 *
 * - overlap: weighted Jaccard, for two full wordings (translations).
 * - containment: the share of the shorter's weight found in the longer, for
 *   a fragment and the wording it was cut from.
 */

/** Rarity of a term: `log(1 + (n + 1) / (df + 1))` for a collection of `n` wordings. */
export function rarity(total: number, frequency: number): number {
  return Math.log(1 + (total + 1) / (frequency + 1))
}

export function overlap(shared: number, weightA: number, weightB: number): number {
  const union = weightA + weightB - shared
  // At most 1: weights summed in another order can exceed their total by a rounding error (1.0000000000000002).
  return union > 0 ? Math.min(1, shared / union) : 0
}

export function containment(shared: number, partWeight: number): number {
  return partWeight > 0 ? Math.min(1, shared / partWeight) : 0
}
