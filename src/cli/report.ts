/**
 * How results are printed: the JSON contract, NDJSON, and text for people.
 */

import type {Cluster, Quote} from '../types.js'

export interface DocumentResult {
  readonly id: string
  readonly quotes: readonly Quote[]
}

export interface ContractCluster {
  readonly id: string
  readonly speaker: string | null
  readonly representative: {readonly document: string; readonly quote: string}
  readonly members: ReadonlyArray<{readonly document: string; readonly quote: string; readonly similarity: number}>
}

/** Cluster the non-mention quotes of all documents; members point back to their documents. */
export function contractClusters(clusters: readonly Cluster[], lookup: ReadonlyMap<string, {document: string; quote: string}>): ContractCluster[] {
  return clusters.map((cluster) => ({
    id: cluster.id,
    speaker: cluster.speaker,
    representative: lookup.get(cluster.representative)!,
    members: cluster.members.map((member) => ({...lookup.get(member.id)!, similarity: member.similarity}))
  }))
}

const shorten = (value: string, length = 90) => {
  const flat = value.replace(/\s+/g, ' ')
  return flat.length > length ? flat.slice(0, length - 1) + '…' : flat
}

export function documentAsText(result: DocumentResult): string {
  const lines = [`${result.id} — ${result.quotes.length} quote${result.quotes.length === 1 ? '' : 's'}`]
  for (const quote of result.quotes) {
    lines.push(`  ${quote.id.padEnd(4)} ${quote.kind.padEnd(7)} ${String(quote.start).padStart(6)}–${String(quote.end).padEnd(6)} “${shorten(quote.decoded ?? quote.text)}”`)
    if (quote.kind === 'mention') continue
    if (quote.speaker) {
      const via = quote.speaker.mention.text === quote.speaker.name ? '' : ` (as “${quote.speaker.mention.text}”)`
      const cue = quote.cue ? `, cue “${quote.cue.text}”` : ''
      lines.push(`       → ${quote.speaker.name}${via}${cue} [${quote.rule}, ${quote.confidence.toFixed(2)}]`)
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
    lines.push(`  ${cluster.id} ${cluster.speaker ?? 'unknown speaker'} — ${cluster.members.length} wordings`)
    for (const member of cluster.members) {
      lines.push(`     ${member.similarity.toFixed(2)} ${member.document} ${member.quote}: “${shorten(text(member.document, member.quote), 70)}”`)
    }
  }
  const single = clusters.filter((cluster) => cluster.members.length === 1).length
  if (single > 0) lines.push(`  (+ ${single} statement${single === 1 ? '' : 's'} quoted once)`)
  return lines.join('\n')
}
