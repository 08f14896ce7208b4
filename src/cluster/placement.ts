/**
 * Placement: which statement each new wording belongs to, in two steps.
 *
 * 1. **Full wordings, by their neighbourhood.** Each new wording is scored
 *    against the few candidates the search finds; the mean of its best
 *    eight similarities is its *neighbourhood* `r`. Sentences of one busy
 *    article share its rare names with each other, so a pair must stand out
 *    from what its two wordings share with everything else: an edge counts
 *    `s − (rᵢ + rⱼ) / 2`, the margin of bitext mining. Edges are taken best
 *    first; two statements merge when the *average* of that measure over
 *    their members' pairs reaches `margin` (and of `s`, the floor, two
 *    thirds of `threshold`): a wording joins a statement it fits as a
 *    whole, never through one member, so nothing chains.
 *    Two wordings that are each other's *clear best* (each one's best
 *    similarity, above its second best by `clearGap`) count as reaching
 *    `margin`, with a lower floor: translations that share few words but
 *    nothing else comes near.
 *    Last, two wordings still alone that are each other's best among the
 *    wordings still alone, by `leftoverGap`, join (*leftover pairs*): in a
 *    batch where every wording has a partner (two translations of one
 *    text), once the clear statements are formed, what nears a wording most
 *    among the rest is most often its other translation. In news most
 *    quotes have no variant, and there two leftovers that near each other
 *    are mostly two statements: so by default (`pairLeftovers: 'auto'`)
 *    only when the batch itself shows that most wordings have a partner
 *    (`leftoverShare` of them have joined another by then).
 *    The neighbourhood is a statistic of the collection: in a small one it
 *    says little, so `r` is drawn towards `threshold − margin` (where the
 *    rule is the absolute `s ≥ threshold`) until the collection holds a few
 *    hundred wordings.
 * 2. **Fragments, to one parent.** A wording at most half the weight of
 *    another is its fragment when the other contains it (`containment`, word
 *    order included); it joins the statement holding the best container,
 *    unless another statement holds it about as well (then it stays alone:
 *    a fragment never bridges two statements).
 *
 * A known speaker conflict keeps statements apart at every step, and no
 * pair becomes an edge or a containment without the evidence of shared
 * words that `evidence.ts` asks (one word, stock phrases, other speakers).
 */

import {floatFields} from '../shapes.js'
import {blockSize} from './blocks.js'
import {hasEvidence, type JoinKind, type SharedTerms, type SpeakerRelation} from './evidence.js'
import {grown} from './grown.js'
import type {ScoreParts, Scorer} from './scorer.js'
import type {CandidateSearch} from './search.js'
import type {Statements} from './statements.js'
import {unknownSpeaker, type Wordings} from './wordings.js'

export interface PlacementOptions {
  readonly threshold: number
  readonly margin: number
  readonly containment: number
  readonly minFragmentWeight: number
  readonly pairLeftovers: boolean | 'auto'
}

/** Candidates scored per wording. */
const candidatesScored = 12
/** Best similarities averaged into a wording's neighbourhood. */
const neighbours = 8
/** Collection size at which the neighbourhood counts half (the absolute rule the other half). */
const collectionPrior = 200
/** Steps of a similarity in `nearest`. */
const quantum = 65_535
/** Members of each side compared when checking a merge. */
const membersCompared = 8
/** A similarity at which two wordings are one statement whatever their neighbourhood (or `threshold`, if higher). */
const certain = 0.75
/**
 * Two statements of several wordings each merge only when their wordings are,
 * on average, at least this share as near each other across as the looser
 * of the two statements' wordings are within it (*cohesion*). A headline and
 * its article's lead sentence each find their other translation first; the
 * two statements then share the article's words and pass the margin, yet
 * each is far tighter inside than across (“Česká spořitelna charged twice
 * some card payments by mistake” / “… the clients' card payments by mistake
 * on Saturday afternoon”). Wordings of one remark split over two statements
 * (five translations of one sentence, *multi*) are about as near across as
 * within. WMT21 de-en / cs-en P / R / F1: without 90.8 / 93.8 / 92.3 and
 * 90.8 / 86.6 / 88.6; 0.6 91.9 / 93.8 / 92.8 and 91.2 / 86.6 / 88.8, orphans
 * unchanged, multi −0.1 / −0.1; 0.7 93.4 and 89.0 but multi −0.9 / −0.5
 * (the looser of the two, not the tighter: 0.7 of the tighter cost multi
 * 4 / 3 points).
 */
const statementCohesion = 0.6
/** A fragment fits two statements "about as well" within this much. */
const fragmentTie = 0.1
/**
 * How far a pair's similarity must stand above the second best of each of
 * its two wordings for the pair to be each other's *clear best* (when many
 * wordings are placed together; fewer ask more, see `#clearWeight`), and
 * the least similarity of such a pair (drawn towards `threshold` likewise:
 * about 0.1 for 2,000 wordings). Two translations that share few
 * words (a third of cs-en pairs share under 0.29 of their weight) are often
 * still each other's best by far, while sentences of one busy article have
 * several near neighbours each. WMT21 de-en / cs-en F1: without the rule
 * 91.2 / 86.6, gap 0.01 92.3 / 88.7, 0.03 91.9 / 88.2, 0.05 91.8 / 87.6;
 * asking only one wording's clear best (by 0.02) and the other's best two
 * gains cs-en 0.9 but loses 1.1 / 0.7 F1 where half the sentences have no
 * partner (orphans): not kept.
 */
const clearGap = 0.01
const clearFloor = 0.08
/**
 * How far the best similarity of a wording left alone after the edges are
 * taken must stand above its second best among the wordings also left
 * alone, for two such wordings, each other's best, to join (*leftover
 * pairs*); and the least similarity of such a pair. Both are drawn towards
 * the absolute rule in a small placement, as for clear best pairs. A
 * sentence's nearest neighbour is often another sentence of its article,
 * which has joined its own translation by then; among what is left, two
 * translations that share little find each other (“Police also did not
 * find any signs of burglary in the cathedral.” / “… the police haven't
 * found any signs of forced entry.”). WMT21 de-en / cs-en P / R / F1:
 * without 90.6 / 94.1 / 92.3 and 90.5 / 87.0 / 88.7; gap 0.01 90.6 / 95.0 /
 * 92.7 and 89.9 / 90.2 / 90.1; 0.02 92.7 and 90.1 / 90.1 / 90.1; 0.05
 * 92.6 and 89.6 (floor 0.1); floors 0.15 and 0.2 find 1 and 2 points less
 * recall. Where a third of the sentences have no partner (orphans), an
 * orphan's best among the rest is a sentence of its article: F1 there 86.3
 * / 83.1 against 88.0 / 84.7 (see docs/clustering.md).
 */
const leftoverGap = 0.02
const leftoverFloor = 0.1
/**
 * With `pairLeftovers: 'auto'`, leftover pairs join only when at least this
 * share of the placement's wordings stand in a statement of several once
 * the edges are taken. A wording left alone is the other translation of
 * another one left alone when most wordings have a partner, and a
 * different remark when few do: the batch says which. Measured after the
 * edges: WMT21 two references 0.95 / 0.89 (de-en / cs-en), five wordings a
 * statement 0.93 / 0.89, half the sentences without a partner (orphans)
 * 0.69 / 0.67, one reference alone 0.27 / 0.28, PolNeAR's quotes 0.11.
 * Where B is dropped from every k-th line, leftover pairs gain from about
 * 0.85 of wordings partnered on (a share of about 0.8): cs-en F1 off / on
 * 86.5 / 86.1 at 0.80 partnered, 88.8 / 89.3 at 0.86, 88.7 / 89.6 at 0.95.
 */
const leftoverShare = 0.8

export class Placement {
  readonly #wordings: Wordings
  readonly #search: CandidateSearch
  readonly #scorer: Scorer
  readonly #statements: Statements
  readonly #options: PlacementOptions
  /** Per wording: the mean of its best similarities (`nearest`). */
  neighbourhood: Float64Array = new Float64Array(1024)
  /**
   * Per wording, `neighbours` entries: its best similarities so far, highest
   * first, in 65,535ths (16 MB at a million wordings, where doubles would
   * take 64). A later wording that meets it offers its similarity too, so a
   * single `add` updates its neighbours as a batch would.
   */
  nearest: Uint16Array = new Uint16Array(1024 * neighbours)
  #found = new Int32Array(candidatesScored)
  #foundNext = new Int32Array(candidatesScored)
  // Edges of this placement: wordings and similarity.
  #from = new Int32Array(1024)
  #to = new Int32Array(1024)
  #similarity = new Float64Array(1024)
  #edges = 0
  #fragments = new Int32Array(256)
  #fragmentCount = 0
  // Containment edges of this placement: a fragment, the wording that contains it, and how well.
  #parts = new Int32Array(256)
  #wholes = new Int32Array(256)
  #contained = new Float64Array(256)
  #containments = 0
  /** Containment edges by their fragment (sorted keys: fragment × 2²⁶ + edge). */
  #byPart = new Float64Array(0)
  #fragmentStamp = new Int32Array(1024)
  #placement = 0
  /** How many wordings this placement places (clear best pairs need a batch, see `#clearWeight`). */
  #batch = 0

  constructor(wordings: Wordings, search: CandidateSearch, scorer: Scorer, statements: Statements, options: PlacementOptions) {
    this.#wordings = wordings
    this.#search = search
    this.#scorer = scorer
    this.#statements = statements
    this.#options = options
  }

  /** Room for the neighbourhoods of `count` wordings. */
  reserve(count: number): void {
    if (this.neighbourhood.length < count) this.neighbourhood = grown(this.neighbourhood, Math.max(count, this.neighbourhood.length * 2))
    if (this.nearest.length < count * neighbours) this.nearest = grown(this.nearest, Math.max(count, this.neighbourhood.length) * neighbours)
    if (this.#fragmentStamp.length < count) this.#fragmentStamp = grown(this.#fragmentStamp, Math.max(count, this.#fragmentStamp.length * 2))
  }

  /** Place the stored wordings `from … to - 1` (each in a statement of its own so far). */
  place(from: number, to: number): void {
    const wordings = this.#wordings
    this.#search.indexUpTo(to)
    this.reserve(to)
    this.#placement++
    this.#batch = to - from
    this.#edges = 0
    this.#fragmentCount = 0
    this.#containments = 0
    for (let index = from; index < to; index++) this.#statements.open(index)
    // One wording ahead: its candidates are found (the indexes do not change while wordings are scored) and
    // their first reads touched, two ahead the search's first reads, so that these wait for memory while a
    // wording is scored.
    let found = from < to ? this.#search.find(from, candidatesScored, this.#found) : 0
    for (let index = from; index < to; index++) {
      const candidates = this.#found
      const count = found
      this.#found = this.#foundNext
      this.#foundNext = candidates
      if (index + 2 < to) this.#search.prefetch(index + 2)
      if (index + 1 < to) {
        found = this.#search.find(index + 1, candidatesScored, this.#found)
        wordings.touch(this.#found, found)
      }
      this.#score(index, from, candidates, count)
    }

    // Full wordings: edges best first, by their margin over the neighbourhood.
    const {margin} = this.#options
    const order = this.#edgeOrder()
    for (let at = 0; at < order.length; at++) {
      const edge = order[at]! % 2 ** 26
      const a = this.#from[edge]!
      const b = this.#to[edge]!
      if (this.#margin(this.#similarity[edge]!, a, b) < margin) break
      this.#tryMerge(a, b, this.#similarity[edge]!)
    }
    if (this.#pairsLeftovers(from, to)) this.#joinLeftoverPairs(from, to)

    // Fragments, lightest first.
    const statements = this.#statements
    const unique = new Set<number>()
    for (let at = 0; at < this.#fragmentCount; at++) unique.add(statements.of[this.#fragments[at]!]!)
    this.#byPart = new Float64Array(this.#containments)
    for (let edge = 0; edge < this.#containments; edge++) this.#byPart[edge] = this.#parts[edge]! * 2 ** 26 + edge
    this.#byPart.sort()
    const parts = [...unique].sort((a, b) => {
      const ra = statements.representative[a]!
      const rb = statements.representative[b]!
      return wordings.itemWeight(ra) - wordings.itemWeight(rb) || ra - rb
    })
    for (const statement of parts) {
      // An earlier fragment may have merged into this one: follow the representative.
      this.#attachFragment(statements.of[statements.representative[statement]!]!, from, to)
    }
    this.#release()
  }

  /** Edges live for one placement: a large batch's are not kept while the index waits for the next. */
  #release(): void {
    if (this.#from.length > 1 << 16) {
      this.#from = new Int32Array(1024)
      this.#to = new Int32Array(1024)
      this.#similarity = new Float64Array(1024)
    }
    if (this.#parts.length > 1 << 16) {
      this.#parts = new Int32Array(256)
      this.#wholes = new Int32Array(256)
      this.#contained = new Float64Array(256)
      this.#fragments = new Int32Array(256)
    }
    this.#byPart = new Float64Array(0)
    if (this.#leftoverArg.length > 1 << 16) {
      this.#leftoverArg = new Int32Array(0)
      this.#leftoverBest = new Float64Array(0)
      this.#leftoverSecond = new Float32Array(0)
    }
  }

  /** Score wording `index` against its candidates: its neighbourhood, its edges, fragments met. */
  #score(index: number, from: number, candidates: Int32Array, found: number): void {
    const wordings = this.#wordings
    const scorer = this.#scorer
    const {threshold, minFragmentWeight} = this.#options
    const floor = Math.min((threshold * 2) / 3, this.#clearFloor())
    scorer.mark(index)
    const own = wordings.itemWeight(index)
    for (let at = 0; at < found; at++) {
      const other = candidates[at]!
      const weight = wordings.itemWeight(other)
      const parts = scorer.compare(other)
      const similarity = parts.overlap
      this.#offer(index, similarity)
      // An older wording meets a newer one only now (a wording of this batch searches for itself).
      if (other < from) this.#offer(other, similarity)
      if (own <= weight / 2 || weight <= own / 2) {
        const part = own <= weight / 2 ? index : other
        if (parts.contained >= this.#options.containment && wordings.itemWeight(part) >= minFragmentWeight && this.#evident(index, other, parts, 'fragment')) {
          this.#fragment(part, part === index ? other : index, parts.contained)
        }
        continue
      }
      if (similarity >= floor && this.#evident(index, other, parts, 'overlap')) this.#edge(index, other, similarity)
    }
  }

  /** Whether wordings `a` and `b`, scored `parts`, share enough to join as `kind` (see `evidence.ts`). */
  #evident(a: number, b: number, parts: ScoreParts, kind: JoinKind): boolean {
    const wordings = this.#wordings
    const termsA = wordings.termStart[a + 1]! - wordings.termStart[a]!
    const termsB = wordings.termStart[b + 1]! - wordings.termStart[b]!
    // One object for every check: this runs for each edge and containment met.
    const shared = this.#shared
    shared.fewerTerms = Math.min(termsA, termsB)
    shared.moreTerms = Math.max(termsA, termsB)
    shared.exact = parts.exact
    shared.soft = parts.soft
    shared.exactWeight = parts.shared
    shared.softWeight = parts.synonyms + parts.spellings + parts.derivations
    return hasEvidence(shared, this.#speakers(a, b), kind, wordings.size)
  }

  readonly #shared: {-readonly [key in keyof SharedTerms]: number} = floatFields({fewerTerms: 0, moreTerms: 0, exact: 0, soft: 0, exactWeight: 0.5, softWeight: 0.5})

  /**
   * How the speakers of wordings `a` and `b` relate: one unknown; the same
   * (two names that fit, or one description in one document: “the
   * senator” of another article may be anyone); or different.
   */
  #speakers(a: number, b: number): SpeakerRelation {
    const wordings = this.#wordings
    const speakerA = wordings.speaker[a]!
    const speakerB = wordings.speaker[b]!
    if (speakerA === unknownSpeaker || speakerB === unknownSpeaker) return 'unknown'
    if (wordings.isNamed(speakerA) && wordings.isNamed(speakerB)) return wordings.speakersFit(speakerA, speakerB) ? 'same' : 'different'
    return speakerA === speakerB && wordings.documents[a] === wordings.documents[b] ? 'same' : 'different'
  }

  /** Count similarity `similarity` among wording `index`'s best, if it is one. */
  #offer(index: number, similarity: number): void {
    const nearest = this.nearest
    const value = Math.round(similarity * quantum)
    const start = index * neighbours
    let to = start + neighbours - 1
    if (value <= nearest[to]!) return
    while (to > start && nearest[to - 1]! < value) {
      nearest[to] = nearest[to - 1]!
      to--
    }
    nearest[to] = value
    this.neighbourhood[index] = this.#mean(index)
  }

  #mean(index: number): number {
    let sum = 0
    for (let at = index * neighbours; at < (index + 1) * neighbours; at++) sum += this.nearest[at]!
    return sum / quantum / neighbours
  }

  /** Wording `index`'s best similarities, highest first (for the saved form). */
  nearestOf(index: number): number[] {
    const values: number[] = []
    for (let at = index * neighbours; at < (index + 1) * neighbours && this.nearest[at]! > 0; at++) values.push(this.nearest[at]! / quantum)
    return values
  }

  /** Restore wording `index`'s best similarities from the saved form. */
  restoreNearest(index: number, values: readonly number[]): void {
    this.nearest.fill(0, index * neighbours, (index + 1) * neighbours)
    values.slice(0, neighbours).forEach((value, at) => (this.nearest[index * neighbours + at] = Math.round(value * quantum)))
    this.neighbourhood[index] = this.#mean(index)
  }

  /** A wording's neighbourhood drawn towards the absolute rule in a small collection. */
  #prior(index: number): number {
    const size = this.#wordings.size
    const weight = size / (size + collectionPrior)
    return weight * this.neighbourhood[index]! + (1 - weight) * (this.#options.threshold - this.#options.margin)
  }

  /**
   * How far similarity `similarity` of wordings `a` and `b` stands above
   * their neighbourhoods; a pair that shares nearly everything passes
   * whatever its neighbours (a statement repeated word for word a thousand
   * times is dense, not ambiguous).
   */
  #margin(similarity: number, a: number, b: number): number {
    const scaled = similarity - (this.#prior(a) + this.#prior(b)) / 2
    if (similarity >= Math.max(certain, this.#options.threshold)) return Math.max(scaled, this.#options.margin)
    if (this.#isClearPair(similarity, a, b)) return Math.max(scaled, this.#options.margin)
    return scaled
  }

  /** Whether wordings `a` and `b`, at `similarity`, are each other's clear best, above `#clearFloor()`. */
  #isClearPair(similarity: number, a: number, b: number): boolean {
    return similarity >= this.#clearFloor() && this.#clearBest(similarity, a) && this.#clearBest(similarity, b)
  }

  /**
   * How much clear best pairs count, from 0 to 1: `b / (b + 200)` for a
   * placement of `b` wordings. A wording's best is clear only among the
   * wordings placed with it: one added alone meets only those before it,
   * and its partner may come later (joins are not undone), so a single
   * `add` keeps the absolute rule.
   */
  #clearWeight(): number {
    return this.#batch / (this.#batch + collectionPrior)
  }

  /** `clearFloor`, drawn towards `threshold` in a small placement (as the neighbourhood is in a small collection, see `#prior`). */
  #clearFloor(): number {
    const weight = this.#clearWeight()
    return weight * clearFloor + (1 - weight) * this.#options.threshold
  }

  /**
   * Whether `similarity` is wording `index`'s best by `clearGap` over its
   * second best; the gap grows in a small placement, where few neighbours
   * are known (× 11 at 20 wordings, × 2 at 200).
   */
  #clearBest(similarity: number, index: number): boolean {
    const value = Math.round(similarity * quantum)
    const at = index * neighbours
    const gap = clearGap / this.#clearWeight()
    return this.nearest[at]! <= value && value - this.nearest[at + 1]! >= gap * quantum
  }

  #edge(a: number, b: number, similarity: number): void {
    if (this.#edges === this.#from.length) {
      const length = this.#edges * 2
      this.#from = grown(this.#from, length)
      this.#to = grown(this.#to, length)
      this.#similarity = grown(this.#similarity, length)
    }
    this.#from[this.#edges] = a
    this.#to[this.#edges] = b
    this.#similarity[this.#edges++] = similarity
  }

  #fragment(part: number, whole: number, contained: number): void {
    if (this.#containments === this.#parts.length) {
      const length = this.#containments * 2
      this.#parts = grown(this.#parts, length)
      this.#wholes = grown(this.#wholes, length)
      this.#contained = grown(this.#contained, length)
    }
    this.#parts[this.#containments] = part
    this.#wholes[this.#containments] = whole
    this.#contained[this.#containments++] = contained
    if (this.#fragmentStamp[part] === this.#placement) return
    this.#fragmentStamp[part] = this.#placement
    if (this.#fragmentCount === this.#fragments.length) this.#fragments = grown(this.#fragments, this.#fragmentCount * 2)
    this.#fragments[this.#fragmentCount++] = part
  }

  /**
   * Edges that reach the margin, by their margin, best first: each a number (margin quantised,
   * edge number below 2²⁶), sorted natively; ties by their wordings in
   * input order (the earlier wording's edge first), so the order does not
   * depend on how the search met them.
   */
  #edgeOrder(): Float64Array {
    const all = new Float64Array(this.#edges)
    const {margin} = this.#options
    let count = 0
    for (let edge = 0; edge < this.#edges; edge++) {
      const scaled = this.#margin(this.#similarity[edge]!, this.#from[edge]!, this.#to[edge]!)
      // An edge below the margin is never taken: it is not sorted either.
      if (scaled < margin) continue
      // Higher margins first: quantised to 2⁻²⁰, offset to stay positive.
      all[count++] = Math.round((2 - scaled) * 2 ** 20) * 2 ** 26 + edge
    }
    const keys = all.subarray(0, count)
    keys.sort()
    const low = (edge: number) => Math.min(this.#from[edge]!, this.#to[edge]!)
    const high = (edge: number) => Math.max(this.#from[edge]!, this.#to[edge]!)
    for (let start = 0; start < keys.length; ) {
      const rank = Math.floor(keys[start]! / 2 ** 26)
      let end = start + 1
      while (end < keys.length && Math.floor(keys[end]! / 2 ** 26) === rank) end++
      if (end - start === 2) {
        // Most ties are one pair met from both of its ends: two edges, ordered in place.
        const a = keys[start]! % 2 ** 26
        const b = keys[start + 1]! % 2 ** 26
        if ((low(a) - low(b) || high(a) - high(b) || a - b) > 0) {
          keys[start] = rank * 2 ** 26 + b
          keys[start + 1] = rank * 2 ** 26 + a
        }
      } else if (end - start > 2) {
        const run = Array.from(keys.subarray(start, end), (key) => key % 2 ** 26)
        run.sort((a, b) => low(a) - low(b) || high(a) - high(b) || a - b)
        for (let at = 0; at < run.length; at++) keys[start + at] = rank * 2 ** 26 + run[at]!
      }
      start = end
    }
    return keys
  }

  /** Whether leftover pairs join in this placement (see `leftoverShare`). */
  #pairsLeftovers(from: number, to: number): boolean {
    const {pairLeftovers} = this.#options
    if (pairLeftovers !== 'auto') return pairLeftovers
    const statements = this.#statements
    let joined = 0
    for (let index = from; index < to; index++) if (statements.size[statements.of[index]!]! > 1) joined++
    return joined >= leftoverShare * (to - from)
  }

  /**
   * Join two wordings of this placement still alone that are each other's
   * best among the wordings still alone, above `leftoverFloor` and by
   * `leftoverGap` over each one's second best (both drawn towards the
   * absolute rule in a small placement). Read from the edges of this
   * placement; the pairs are disjoint, so the order of joins does not matter.
   */
  #joinLeftoverPairs(from: number, to: number): void {
    const weight = this.#clearWeight()
    const gap = leftoverGap / weight
    // A single `add` or a small batch: the rule cannot be met, as its gap grows past any similarity.
    if (gap >= 1) return
    const floor = weight * leftoverFloor + (1 - weight) * this.#options.threshold
    const statements = this.#statements
    const count = to - from
    if (this.#leftoverArg.length < count) {
      this.#leftoverArg = new Int32Array(blockSize(count))
      this.#leftoverBest = new Float64Array(blockSize(count))
      this.#leftoverSecond = new Float32Array(blockSize(count))
    }
    const arg = this.#leftoverArg
    const best = this.#leftoverBest
    const second = this.#leftoverSecond
    arg.fill(-1, 0, count)
    best.fill(0, 0, count)
    second.fill(0, 0, count)
    const alone = (wording: number) => statements.size[statements.of[wording]!] === 1
    // Similarities a wording of this placement has with others still alone: its best (and who), its second best.
    const offer = (wording: number, other: number, similarity: number) => {
      if (wording < from) return
      const at = wording - from
      // An edge met from both of its ends counts once.
      if (other === arg[at]) return
      if (similarity > best[at]!) {
        second[at] = best[at]!
        best[at] = similarity
        arg[at] = other
      } else if (similarity > second[at]!) second[at] = similarity
    }
    for (let edge = 0; edge < this.#edges; edge++) {
      const a = this.#from[edge]!
      const b = this.#to[edge]!
      if (!alone(a) || !alone(b)) continue
      offer(a, b, this.#similarity[edge]!)
      offer(b, a, this.#similarity[edge]!)
    }
    for (let at = 0; at < count; at++) {
      const a = from + at
      const b = arg[at]!
      // Each pair once, from its earlier wording; both of this placement.
      if (b <= a || arg[b - from] !== a) continue
      const similarity = best[at]!
      if (similarity < floor || similarity - second[at]! < gap || similarity - second[b - from]! < gap) continue
      const left = statements.of[a]!
      const right = statements.of[b]!
      if (!this.#wordings.speakersFit(statements.speaker[left]!, statements.speaker[right]!)) continue
      statements.merge(left, right, similarity)
    }
  }

  /**
   * Per wording of a placement: its best similarity among wordings left
   * alone (exact: a join keeps it), the wording, its second best (single
   * precision: only measured against a gap; see `#joinLeftoverPairs`).
   */
  #leftoverArg = new Int32Array(0)
  #leftoverBest = new Float64Array(0)
  #leftoverSecond = new Float32Array(0)

  /** Merge the statements of wordings `a` and `b` if they fit as wholes (see the module comment). */
  #tryMerge(a: number, b: number, edge: number): void {
    const statements = this.#statements
    const wordings = this.#wordings
    const left = statements.of[a]!
    const right = statements.of[b]!
    if (left === right) return
    if (!wordings.speakersFit(statements.speaker[left]!, statements.speaker[right]!)) return
    const {margin, threshold} = this.#options
    let floor = (threshold * 2) / 3
    let count = 0
    let similarity = 0
    let scaled = 0
    let compared = 0
    if (statements.size[left] === 1 && statements.size[right] === 1) {
      // Two wordings alone: the edge is the average.
      count = 1
      similarity = edge
      scaled = this.#margin(edge, a, b)
      compared = membersCompared
      // Two wordings each other's clear best need only `clearFloor`.
      if (this.#isClearPair(edge, a, b)) floor = Math.min(floor, this.#clearFloor())
    }
    for (let x = statements.first[left]!; x !== -1 && compared < membersCompared; x = statements.next[x]!, compared++) {
      this.#scorer.mark(x)
      let comparedRight = 0
      for (let y = statements.first[right]!; y !== -1 && comparedRight < membersCompared; y = statements.next[y]!, comparedRight++) {
        // Every member votes, a short one too: a statement that holds a headline does not take in a long sentence that says something else.
        const value = this.#scorer.compare(y).overlap
        similarity += value
        scaled += this.#margin(value, x, y)
        count++
      }
    }
    // (A sum of equal shares may fall a rounding error short of their value.)
    if (scaled / count < margin - 1e-9 || similarity / count < floor - 1e-9) return
    if (statements.size[left]! > 1 && statements.size[right]! > 1) {
      const looser = Math.min(this.#cohesion(left), this.#cohesion(right))
      if (similarity / count < statementCohesion * looser - 1e-9) return
    }
    if (statements.size[left]! < statements.size[right]!) statements.merge(right, left, similarity / count)
    else statements.merge(left, right, similarity / count)
  }

  /** The mean similarity of a statement's wordings to each other (its first `membersCompared`); at least two. */
  #cohesion(statement: number): number {
    const statements = this.#statements
    let sum = 0
    let count = 0
    let compared = 0
    for (let x = statements.first[statement]!; x !== -1 && compared < membersCompared; x = statements.next[x]!, compared++) {
      this.#scorer.mark(x)
      let inner = compared + 1
      for (let y = statements.next[x]!; y !== -1 && inner < membersCompared; y = statements.next[y]!, inner++) {
        sum += this.#scorer.compare(y).overlap
        count++
      }
    }
    return sum / count
  }

  /**
   * Give the statement whose representative is a fragment of others to the
   * one statement that holds it. A fragment placed now has its containers
   * among the containment edges of this placement; an older one is looked
   * up again, as its containers may be older than this placement.
   */
  #attachFragment(statement: number, from: number, to: number): void {
    const statements = this.#statements
    const wordings = this.#wordings
    const part = statements.representative[statement]!
    const weight = wordings.itemWeight(part)
    if (weight < this.#options.minFragmentWeight) return
    const holders = this.#holders
    holders.length = 0
    const scores = this.#holderScores
    scores.length = 0
    const consider = (whole: number, score: number) => {
      const holder = statements.of[whole]!
      if (holder === statement || score < this.#options.containment || weight > wordings.itemWeight(whole) / 2) return
      if (!wordings.speakersFit(statements.speaker[statement]!, statements.speaker[holder]!)) return
      const known = holders.indexOf(holder)
      if (known === -1) {
        holders.push(holder)
        scores.push(score)
      } else if (score > scores[known]!) scores[known] = score
    }
    if (part >= from && part < to) {
      const byPart = this.#byPart
      let low = 0
      let high = byPart.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (byPart[middle]! < part * 2 ** 26) low = middle + 1
        else high = middle
      }
      for (let at = low; at < byPart.length && Math.floor(byPart[at]! / 2 ** 26) === part; at++) {
        const edge = byPart[at]! % 2 ** 26
        consider(this.#wholes[edge]!, this.#contained[edge]!)
      }
    } else {
      const found = this.#search.find(part, candidatesScored, this.#found)
      this.#scorer.mark(part)
      for (let at = 0; at < found; at++) {
        const other = this.#found[at]!
        if (weight > wordings.itemWeight(other) / 2) continue
        const parts = this.#scorer.compare(other)
        if (this.#evident(part, other, parts, 'fragment')) consider(other, parts.contained)
      }
    }
    if (holders.length === 0) return
    let best = 0
    for (let at = 1; at < holders.length; at++) if (scores[at]! > scores[best]!) best = at
    for (let at = 0; at < holders.length; at++) if (at !== best && scores[at]! >= scores[best]! - fragmentTie) return
    statements.merge(holders[best]!, statement, scores[best]!)
  }

  readonly #holders: number[] = []
  readonly #holderScores: number[] = []
}
