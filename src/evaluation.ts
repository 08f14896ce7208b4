/**
 * Scoring against a gold annotation (corpus/gold.json): quote detection,
 * attribution, end-to-end, and statement clusters. Used by `npm run eval`;
 * not part of the public API.
 */

import type {Quote} from './types.js'

export interface GoldQuote {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: 'full' | 'partial' | 'mention'
  readonly speaker: string | null
  readonly statement: string | null
}

export interface Gold {
  readonly format: 'whosaid-gold'
  readonly version: 1
  readonly documents: Readonly<Record<string, readonly GoldQuote[]>>
  readonly unscoredStatementPairs: ReadonlyArray<readonly [string, string]>
}

export interface Prf {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export function prf(correct: number, predicted: number, expected: number): Prf {
  const precision = predicted === 0 ? 0 : correct / predicted
  const recall = expected === 0 ? 0 : correct / expected
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}

/** One-to-one matches: a prediction and a gold quote that overlap by at least half of each. */
export function matchQuotes(predicted: readonly {start: number; end: number}[], gold: readonly {start: number; end: number}[]): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = []
  for (const [p, guess] of predicted.entries()) {
    for (const [g, truth] of gold.entries()) {
      const shared = Math.min(guess.end, truth.end) - Math.max(guess.start, truth.start)
      if (shared > 0 && shared >= (guess.end - guess.start) / 2 && shared >= (truth.end - truth.start) / 2) pairs.push([p, g, shared])
    }
  }
  pairs.sort((a, b) => b[2] - a[2])
  const usedP = new Set<number>()
  const usedG = new Set<number>()
  const matches: Array<[number, number]> = []
  for (const [p, g] of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue
    usedP.add(p)
    usedG.add(g)
    matches.push([p, g])
  }
  return matches
}

export interface DocumentPrediction {
  readonly id: string
  readonly quotes: readonly Quote[]
  /** Cluster id of each quote (by quote id); mentions have none. */
  readonly clusterOf: ReadonlyMap<string, string>
}

export interface Report {
  readonly detection: Prf
  readonly attribution: {readonly correct: number; readonly total: number; readonly accuracy: number}
  readonly endToEnd: Prf
  readonly mentionsAttributed: number
  readonly clusters: {readonly pairwise: Prf; readonly bcubed: Prf}
  readonly rules: Record<string, {correct: number; total: number}>
  readonly misses: string[]
}

export function score(gold: Gold, predictions: readonly DocumentPrediction[]): Report {
  let predictedCount = 0
  let goldCount = 0
  let matched = 0
  let attributed = 0
  let attributedCorrect = 0
  let endToEndCorrect = 0
  let mentionsAttributed = 0
  const rules: Record<string, {correct: number; total: number}> = {}
  const misses: string[] = []
  const clusterItems: Array<{statement: string; cluster: string | undefined; key: string}> = []

  for (const prediction of predictions) {
    const truth = gold.documents[prediction.id] ?? []
    predictedCount += prediction.quotes.length
    goldCount += truth.length
    const matches = matchQuotes(prediction.quotes, truth)
    matched += matches.length
    const matchedP = new Set(matches.map(([p]) => p))
    const matchedG = new Set(matches.map(([, g]) => g))
    for (const [g, expected] of truth.entries()) if (!matchedG.has(g)) misses.push(`${prediction.id}: missed ${expected.kind} “${expected.text}”`)
    for (const [p, quote] of prediction.quotes.entries()) if (!matchedP.has(p)) misses.push(`${prediction.id}: extra ${quote.kind} “${quote.text}”`)
    for (const [p, g] of matches) {
      const quote = prediction.quotes[p]!
      const expected = truth[g]!
      const got = quote.speaker?.name ?? null
      if (expected.kind === 'mention') {
        if (got !== null) {
          mentionsAttributed++
          misses.push(`${prediction.id}: mention “${expected.text}” attributed to ${got}`)
        }
      } else {
        attributed++
        if (got === expected.speaker) attributedCorrect++
        else misses.push(`${prediction.id}: “${expected.text.slice(0, 60)}” → ${got ?? 'nobody'} (gold: ${expected.speaker ?? 'nobody'}, rule ${quote.rule ?? '-'})`)
        if (quote.rule) {
          const figures = (rules[quote.rule] ??= {correct: 0, total: 0})
          figures.total++
          if (got === expected.speaker) figures.correct++
        }
      }
      if (got === expected.speaker) endToEndCorrect++
      if (expected.kind !== quote.kind) misses.push(`${prediction.id}: “${expected.text.slice(0, 40)}” kind ${quote.kind} (gold: ${expected.kind})`)
      if (expected.statement) clusterItems.push({statement: expected.statement, cluster: prediction.clusterOf.get(quote.id), key: `${prediction.id} ${quote.id}`})
    }
    for (const [g, expected] of truth.entries()) {
      if (!matchedG.has(g) && expected.statement) clusterItems.push({statement: expected.statement, cluster: undefined, key: `${prediction.id} gold ${g}`})
    }
  }

  return {
    detection: prf(matched, predictedCount, goldCount),
    attribution: {correct: attributedCorrect, total: attributed, accuracy: attributed === 0 ? 0 : attributedCorrect / attributed},
    endToEnd: prf(endToEndCorrect, predictedCount, goldCount),
    mentionsAttributed,
    clusters: clusterScores(clusterItems, gold.unscoredStatementPairs, misses),
    rules,
    misses
  }
}

/** Pairwise and B-cubed scores of predicted clusters against gold statements. */
export function clusterScores(
  items: ReadonlyArray<{statement: string; cluster: string | undefined; key: string}>,
  unscored: ReadonlyArray<readonly [string, string]> = [],
  misses: string[] = []
): {pairwise: Prf; bcubed: Prf} {
  const skip = new Set(unscored.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]))
  let goldPairs = 0
  let predictedPairs = 0
  let bothPairs = 0
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!
      const b = items[j]!
      if (skip.has(`${a.statement}\u0000${b.statement}`)) continue
      const same = a.statement === b.statement
      const together = a.cluster !== undefined && a.cluster === b.cluster
      if (same) goldPairs++
      if (together) predictedPairs++
      if (same && together) bothPairs++
      if (same && !together) misses.push(`cluster: “${a.key}” and “${b.key}” are both ${a.statement} but apart`)
      if (!same && together) misses.push(`cluster: “${a.key}” (${a.statement}) and “${b.key}” (${b.statement}) merged`)
    }
  }
  let precision = 0
  let recall = 0
  for (const item of items) {
    const sameCluster = items.filter((other) => other === item || (item.cluster !== undefined && other.cluster === item.cluster))
    const sameStatement = items.filter((other) => other.statement === item.statement)
    const both = sameCluster.filter((other) => other.statement === item.statement).length
    precision += both / sameCluster.length
    recall += both / sameStatement.length
  }
  const bp = items.length === 0 ? 0 : precision / items.length
  const br = items.length === 0 ? 0 : recall / items.length
  return {
    pairwise: prf(bothPairs, predictedPairs, goldPairs),
    bcubed: {precision: bp, recall: br, f1: bp + br === 0 ? 0 : (2 * bp * br) / (bp + br)}
  }
}

/** The basis of a speaker as the calibration table is keyed (for scripts/calibrate-polnear.js). */
export {speakerBasis} from './attribution/calibration.js'
