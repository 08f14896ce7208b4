/**
 * Inputs of the report tests: the corpus as the CLI reports it, and a
 * made-up coverage of any size (documents of quoted paragraphs whose
 * wordings repeat across outlets), built with offsets known by construction.
 */

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {contractCluster} from '../src/cli/report.js'
import {clusterQuotes} from '../src/cluster/cluster.js'
import {extractQuotes} from '../src/extract.js'
import type {ReportInput, ContractQuote} from '../src/report/data.js'
import type {ClusterItem} from '../src/types.js'

export const root = new URL('..', import.meta.url).pathname

/** The corpus, extracted and clustered as `whosaid --format json corpus/` does, with its sources. */
export function corpusContract(): {contract: ReportInput; sources: Map<string, string>} {
  const sources = new Map<string, string>()
  const documents = []
  const items: ClusterItem[] = []
  const lookup = new Map<string, {document: string; quote: string}>()
  for (const name of readdirSync(join(root, 'corpus')).filter((file) => file.endsWith('.txt')).sort()) {
    const id = `corpus/${name}`
    const text = readFileSync(join(root, id), 'utf8')
    sources.set(id, text)
    const {quotes} = extractQuotes(text)
    documents.push({id, quotes})
    for (const quote of quotes) {
      if (quote.kind === 'mention') continue
      lookup.set(`${id} ${quote.id}`, {document: id, quote: quote.id})
      items.push({id: `${id} ${quote.id}`, text: quote.text, speaker: quote.speaker?.name ?? null, document: id})
    }
  }
  return {contract: {documents, clusters: clusterQuotes(items).map((cluster) => contractCluster(cluster, (id) => lookup.get(id)!))}, sources}
}

const words = 'ready rates fall talks peace trade border grain ships ports week budget schools plan water power prices court vote army'.split(' ')

/**
 * `documents` articles of `quotesPerDocument` quoted paragraphs each. Every
 * fifth statement is told by several outlets (in slightly different words),
 * one speaker in eight is left unattributed, one quote in ten is a mention.
 */
export function syntheticContract(documents: number, quotesPerDocument: number): {contract: ReportInput; sources: Map<string, string>} {
  const sources = new Map<string, string>()
  const contractDocuments = []
  const clusters = new Map<string, Array<{document: string; quote: string; similarity: number}>>()
  let serial = 0
  for (let d = 0; d < documents; d++) {
    const id = `outlet-${d % 40}/article-${String(d).padStart(4, '0')}.txt`
    let source = `Headline ${d}: the week in review\n\n`
    const quotes: ContractQuote[] = []
    for (let q = 0; q < quotesPerDocument; q++) {
      serial++
      const statement = serial % 5 === 0 ? `shared-${(serial / 5) % 997}` : `own-${serial}`
      const seed = statement.length * 31 + Number(statement.replace(/\D/g, ''))
      const sentence = Array.from({length: 14}, (_, index) => words[(seed + index * 7 + (index === 3 ? d : 0)) % words.length]).join(' ')
      const speakerNumber = seed % 300
      const name = `Speaker${speakerNumber} Example`
      const kind = q % 10 === 9 ? 'mention' : q % 3 === 0 ? 'partial' : 'full'
      const attributed = kind !== 'mention' && speakerNumber % 8 !== 0
      const before = `${name} said in a statement on day ${q}, `
      source += before + '“'
      const start = source.length
      const text = kind === 'mention' ? 'so-called' : sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.'
      source += text
      const end = source.length
      source += '” Officials did not comment further on the matter, which remains open.\n\n'
      const mentionStart = start - before.length - 1
      const quoteId = `q${q + 1}`
      quotes.push({
        id: quoteId,
        text,
        start,
        end,
        kind,
        speaker: attributed ? {name, mention: {text: name, start: mentionStart, end: mentionStart + name.length}, kind: 'person'} : null,
        cue: attributed ? {text: 'said', start: mentionStart + name.length + 1, end: mentionStart + name.length + 5} : null,
        rule: attributed ? 'speaker-cue-quote' : null,
        confidence: attributed ? (q % 7 === 0 ? 0.45 : 0.9) : 0
      })
      if (kind === 'mention') continue
      const members = clusters.get(statement) ?? []
      members.push({document: id, quote: quoteId, similarity: members.length === 0 ? 1 : 0.8})
      clusters.set(statement, members)
    }
    sources.set(id, source)
    contractDocuments.push({id, quotes})
  }
  const contractClustersList = [...clusters.values()].map((members, index) => ({id: `c${index + 1}`, speaker: null, members}))
  return {contract: {documents: contractDocuments, clusters: contractClustersList}, sources}
}
