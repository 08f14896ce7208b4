/**
 * How results are printed: the JSON contract (written a document at a time),
 * NDJSON, and text for people.
 */

import type {Cluster, Entity, Finding, Quote} from '../types.js'
import {printable} from './terminal.js'

export interface DocumentResult {
  readonly id: string
  readonly quotes: readonly Quote[]
  readonly entities?: readonly Entity[]
  readonly messages?: readonly Finding[]
}

export interface ContractCluster {
  readonly id: string
  readonly speaker: string | null
  readonly representative: {readonly document: string; readonly quote: string}
  readonly members: ReadonlyArray<{readonly document: string; readonly quote: string; readonly similarity: number}>
}

/** A cluster of the contract: members point back to their documents. */
export function contractCluster(cluster: Cluster, lookup: (id: string) => {document: string; quote: string}): ContractCluster {
  return {
    id: cluster.id,
    speaker: cluster.speaker,
    representative: lookup(cluster.representative),
    members: cluster.members.map((member) => ({...lookup(member.id), similarity: member.similarity}))
  }
}

/** One document as an element of the contract's `documents` array (indented as in the whole). */
export function jsonDocument(result: DocumentResult): string {
  return indented(result, 2)
}

/** Arrays this long are printed a member at a time. */
const piecesFrom = 64

/**
 * `value` printed as `indented(value, depth)`, or as `JSON.stringify(value)`
 * without a depth, in pieces that join to exactly that text: the members of
 * long arrays (a document's quotes) one at a time. A document of 300,000
 * quotes then never becomes one string (its JSON is 8 times its source, two
 * bytes a character) nor one buffer.
 */
export function* jsonPieces(value: unknown, depth?: number): Generator<string> {
  if (depth !== undefined && depth > 0) yield ' '.repeat(2 * depth)
  yield* piecesOf(value, depth ?? 0, depth === undefined)
}

/** `value` printed `level` levels down, its first line not indented (it follows an indent, a key or a comma). */
function* piecesOf(value: unknown, level: number, flat: boolean): Generator<string> {
  if (!holdsLongArray(value)) {
    yield flat ? JSON.stringify(value) : indented(value, level).slice(2 * level)
    return
  }
  const array = Array.isArray(value)
  const pad = flat ? '' : '\n' + ' '.repeat(2 * level)
  const inner = flat ? '' : pad + '  '
  let count = 0
  for (const [key, member] of array ? (value as unknown[]).entries() : Object.entries(value as object)) {
    // As JSON.stringify: what prints as nothing is left out of an object and `null` in an array.
    const nothing = member === undefined || typeof member === 'function' || typeof member === 'symbol'
    if (nothing && !array) continue
    yield (count++ === 0 ? (array ? '[' : '{') : ',') + inner + (array ? '' : JSON.stringify(key) + (flat ? ':' : ': '))
    if (nothing) yield 'null'
    else yield* piecesOf(member, level + 1, flat)
  }
  yield count === 0 ? (array ? '[]' : '{}') : pad + (array ? ']' : '}')
}

/** A long array, or an object with one as a member. */
function holdsLongArray(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.length >= piecesFrom
  for (const key in value) {
    const member = (value as Record<string, unknown>)[key]
    if (Array.isArray(member) && member.length >= piecesFrom && Object.hasOwn(value, key)) return true
  }
  return false
}

/**
 * The JSON contract, a piece at a time, byte for byte what
 * `JSON.stringify({documents, clusters, errors}, null, 2)` would print:
 * nothing needs the whole output in memory.
 */
export class JsonWriter {
  private documents = 0
  private clusters = 0

  /** What goes before the next document element (from `jsonDocument`). */
  before(): string {
    return this.documents++ === 0 ? '{\n  "documents": [\n' : ',\n'
  }

  /** Close the documents array. */
  endDocuments(): string {
    return this.documents === 0 ? '{\n  "documents": []' : '\n  ]'
  }

  /** One cluster, with what goes before it. */
  cluster(cluster: ContractCluster): string {
    return (this.clusters++ === 0 ? ',\n  "clusters": [\n' : ',\n') + indented(cluster, 2)
  }

  /** Close the clusters array (when there is one). */
  endClusters(): string {
    return this.clusters === 0 ? ',\n  "clusters": []' : '\n  ]'
  }

  /** Close the object; `errors` left out when empty. */
  end(errors: ReadonlyArray<{id: string; error: string}>): string {
    return (errors.length > 0 ? ',\n  "errors": ' + indented(errors, 1).slice(2) : '') + '\n}\n'
  }
}

/**
 * `value` as `JSON.stringify(…, null, 2)` prints it `depth` levels down, its
 * first line indented too. Wrapped in `depth` arrays and cut out, so that
 * `JSON.stringify` indents it natively: a third of the cost of re-indenting
 * the printed text with a replace, and no second copy of it.
 */
function indented(value: unknown, depth: number): string {
  let wrapped = value
  let cut = 0
  for (let level = 0; level < depth; level++) {
    wrapped = [wrapped]
    // `[` and a line break before, a line break, the indent and `]` after.
    cut += 2 * level + 2
  }
  const text = JSON.stringify(wrapped, null, 2)
  return text.slice(cut, text.length - cut)
}

const shorten = (value: string, length = 90) => {
  const flat = value.replace(/\s+/g, ' ')
  return flat.length > length ? flat.slice(0, length - 1) + '…' : flat
}

/** A document for people; everything from the input is escaped for the terminal. */
export function documentAsText(result: DocumentResult): string {
  const lines = [`${printable(result.id)} — ${result.quotes.length} quote${result.quotes.length === 1 ? '' : 's'}`]
  for (const quote of result.quotes) {
    lines.push(`  ${quote.id.padEnd(4)} ${quote.kind.padEnd(7)} ${String(quote.start).padStart(6)}–${String(quote.end).padEnd(6)} “${printable(shorten(quote.decoded ?? quote.text))}”`)
    if (quote.kind === 'mention') continue
    if (quote.speaker) {
      const via = quote.speaker.mention.text === quote.speaker.name ? '' : ` (as “${printable(shorten(quote.speaker.mention.text))}”)`
      const cue = quote.cue ? `, cue “${printable(shorten(quote.cue.text))}”` : ''
      lines.push(`       → ${printable(quote.speaker.name)}${via}${cue} [${quote.rule}, ${quote.confidence.toFixed(2)}]`)
    } else {
      lines.push(`       → unattributed${quote.rule ? ` [${quote.rule}: speaker not resolved]` : ''}`)
    }
  }
  return lines.join('\n')
}

export function clustersAsText(clusters: readonly ContractCluster[], text: (document: string, quote: string) => string): string {
  const lines = [`Statements: ${clusters.length} cluster${clusters.length === 1 ? '' : 's'}`]
  for (const cluster of clusters) {
    if (cluster.members.length < 2) continue
    lines.push(`  ${cluster.id} ${printable(cluster.speaker ?? 'unknown speaker')} — ${cluster.members.length} wordings`)
    for (const member of cluster.members) {
      lines.push(`     ${member.similarity.toFixed(2)} ${printable(member.document)} ${member.quote}: “${printable(shorten(text(member.document, member.quote), 70))}”`)
    }
  }
  const single = clusters.filter((cluster) => cluster.members.length === 1).length
  if (single > 0) lines.push(`  (+ ${single} statement${single === 1 ? '' : 's'} quoted once)`)
  return lines.join('\n')
}
