/**
 * Statement clusters: every wording of one statement in one cluster.
 *
 * `ClusterIndex` ties together the parts, each in its own module:
 *
 * - `Wordings` (`wordings.ts`): the store: ids, texts, speakers, terms, weights;
 * - `CandidateSearch` (`search.ts`): the few wordings worth comparing;
 * - `Scorer` (`scorer.ts`): the similarity of two wordings, in parts
 *   (words, synonyms, word order);
 * - `Placement` (`placement.ts`): which statement a wording joins
 *   (neighbourhood margin, average linkage, fragments to one parent);
 * - `Statements` (`statements.ts`): members, representative, speaker;
 * - `saved.ts`: the saved form and its checks.
 *
 * See docs/clustering.md for the design and its measurements.
 */

import type {Cluster, ClusterItem, ClusterOptions} from '../types.js'
import {checkOptions} from './options.js'
import {Placement} from './placement.js'
import {checkSaved, savedFormat, savedVersion, type SerializedIndex} from './saved.js'
import {Scorer} from './scorer.js'
import {CandidateSearch} from './search.js'
import {Statements} from './statements.js'
import {Derivations} from './derivations.js'
import {Spellings} from './spellings.js'
import {Synonyms} from './synonyms.js'
import {Wordings} from './wordings.js'

export type {SerializedIndex} from './saved.js'

export class ClusterIndex {
  readonly options: Required<ClusterOptions>
  readonly #wordings = new Wordings()
  readonly #statements = new Statements(this.#wordings)
  readonly #search: CandidateSearch
  readonly #placement: Placement

  constructor(options?: ClusterOptions) {
    this.options = checkOptions(options)
    this.#search = new CandidateSearch(this.#wordings, this.options.maxPostings)
    const {wordOrder, synonyms, spellings, derivations} = this.options
    const scorer = new Scorer(
      this.#wordings,
      wordOrder,
      synonyms ? new Synonyms(this.#wordings) : undefined,
      spellings ? new Spellings(this.#wordings) : undefined,
      derivations ? new Derivations(this.#wordings) : undefined
    )
    this.#placement = new Placement(this.#wordings, this.#search, scorer, this.#statements, this.options)
  }

  /** How many wordings the index holds. */
  get size(): number {
    return this.#wordings.size
  }

  /** Add one wording as it arrives. */
  add(item: ClusterItem): void {
    const index = this.#wordings.add(item)
    this.#placement.place(index, index + 1)
  }

  /** Add many wordings at once: counted together, then linked together (the best way). */
  addAll(items: Iterable<ClusterItem>): void {
    if (items === null || typeof items !== 'object' || typeof (items as Iterable<ClusterItem>)[Symbol.iterator] !== 'function') {
      throw new TypeError(`Expected an iterable of \`{id, text}\` items, not \`${String(items)}\``)
    }
    const first = this.size
    for (const item of items) this.#wordings.add(item)
    this.#placement.place(first, this.size)
  }

  /** The clusters now, numbered `c1`, `c2`, … by their first member in input order. */
  clusters(): Cluster[] {
    const statements = this.#statements
    const wordings = this.#wordings
    // One pass in input order: a statement's cluster opens at its first member, members come in order,
    // and nothing is made but the result (at a million wordings, lists to sort cost more memory than it).
    const position = new Int32Array(statements.count).fill(-1)
    const clusters: Cluster[] = []
    for (let member = 0; member < wordings.size; member++) {
      const statement = statements.of[member]!
      let at = position[statement]!
      if (at === -1) {
        at = position[statement] = clusters.length
        clusters.push({
          id: `c${at + 1}`,
          speaker: wordings.speakerName(statements.speaker[statement]!),
          representative: wordings.ids[statements.representative[statement]!]!,
          members: []
        })
      }
      clusters[at]!.members.push({id: wordings.ids[member]!, similarity: round(statements.similarity[member]!)})
    }
    return clusters
  }

  toJSON(): SerializedIndex {
    const wordings = this.#wordings
    const statements = this.#statements
    const items = wordings.ids.map((id, index) => ({
      id,
      text: wordings.texts[index]!,
      speaker: wordings.speakerName(wordings.speaker[index]!),
      document: wordings.documents[index]!,
      similarity: statements.similarity[index]!,
      nearest: this.#placement.nearestOf(index)
    }))
    const clusters = this.#live().map(({statement, members}) => ({
      members,
      representative: statements.representative[statement]!,
      speaker: wordings.speakerName(statements.speaker[statement]!)
    }))
    return {format: savedFormat, version: savedVersion, options: this.options, items, clusters}
  }

  /** Load an index saved with `toJSON`, to go on adding to it; throws naming the field of a broken save. */
  static fromJSON(value: unknown, options?: ClusterOptions): ClusterIndex {
    const data = checkSaved(value)
    const index = new ClusterIndex(options ?? checkOptions(data.options, 'saved options'))
    const wordings = index.#wordings
    const statements = index.#statements
    for (const item of data.items) wordings.add(item)
    const placement = index.#placement
    placement.reserve(wordings.size)
    data.items.forEach((item, at) => placement.restoreNearest(at, item.nearest))
    for (const cluster of data.clusters) {
      const statement = statements.empty(cluster.representative, wordings.internSpeaker(cluster.speaker))
      for (const member of cluster.members) statements.append(statement, member, data.items[member]!.similarity)
    }
    // Indexed in store order, as when they were placed: a resumed index finds what one that never stopped finds.
    index.#search.indexUpTo(wordings.size)
    return index
  }

  /** Statements with members, each with its members (in the order of their list), ordered by their first member. */
  #live(): Array<{statement: number; members: number[]}> {
    const statements = this.#statements
    const live: Array<{statement: number; members: number[]}> = []
    for (let statement = 0; statement < statements.count; statement++) {
      if (statements.size[statement] === 0) continue
      const members: number[] = []
      for (let member = statements.first[statement]!; member !== -1; member = statements.next[member]!) members.push(member)
      live.push({statement, members})
    }
    const first = (members: number[]) => members.reduce((low, member) => Math.min(low, member))
    const keys = new Map(live.map((entry) => [entry, first(entry.members)]))
    return live.sort((a, b) => keys.get(a)! - keys.get(b)!)
  }
}

/** Group wordings of the same statement. Members reference the input ids. */
export function clusterQuotes(items: readonly ClusterItem[], options: ClusterOptions = {}): Cluster[] {
  if (!Array.isArray(items)) throw new TypeError(`Expected an array of \`{id, text}\` items, not \`${typeof items}\``)
  const index = new ClusterIndex(options)
  index.addAll(items)
  return index.clusters()
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
