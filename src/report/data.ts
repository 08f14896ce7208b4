/**
 * What the report page embeds: the JSON contract (DESIGN.md “Output”) read
 * once into arrays the page can index — speakers numbered across documents,
 * each quote knowing its cluster — so the browser filters 20,000 quotes
 * without building maps of its own.
 *
 * A saved `--format json` output is accepted as it is: `checkContract`
 * names the first value that does not fit, and a source whose characters
 * do not match the quotes’ offsets is left out rather than highlighted wrong.
 */

import type {QuoteKind, SourceFormat, Span, SpeakerKind} from '../types.js'
import {documentView} from './view.js'

/** A quote as the contract gives it; fields the report does not read may be missing. */
export interface ContractQuote {
  readonly id: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly decoded?: string
  readonly kind: QuoteKind
  readonly speaker: {readonly name: string; readonly mention: Span; readonly kind: SpeakerKind} | null
  readonly cue: Span | null
  readonly rule: string | null
  readonly confidence: number
}

/** The JSON contract that `whosaid --format json` prints. */
export interface ReportInput {
  readonly documents: ReadonlyArray<{readonly id: string; readonly quotes: readonly ContractQuote[]}>
  readonly clusters?: ReadonlyArray<{
    readonly id: string
    readonly speaker: string | null
    readonly representative?: {readonly document: string; readonly quote: string}
    readonly members: ReadonlyArray<{readonly document: string; readonly quote: string; readonly similarity?: number}>
  }>
}

export interface ReportQuote {
  readonly id: string
  /** Source offsets, as in the contract. */
  readonly start: number
  readonly end: number
  /** Where the quote is in the document's shown `text`. */
  readonly from: number
  readonly to: number
  /** The quote as plain text (`decoded` for HTML and Markdown sources). */
  readonly text: string
  readonly kind: QuoteKind
  /** Index into `ReportData.speakers`; -1 when nobody is named. */
  readonly speaker: number
  /** The speaker as written and the cue, with offsets into the shown `text`. */
  readonly mention: Span | null
  readonly cue: Span | null
  readonly rule: string | null
  readonly confidence: number
  /** Index into `ReportData.clusters`; -1 for mentions (and quotes no cluster lists). */
  readonly cluster: number
  /** Similarity to the cluster’s representative, when the contract gives it. */
  readonly similarity: number | null
}

export interface ReportSpeaker {
  readonly name: string
  readonly kind: SpeakerKind
  readonly quotes: number
  readonly documents: number
}

export interface ReportDocument {
  readonly id: string
  /**
   * What the page shows: the source, without its markup for HTML and
   * Markdown; null when the source was not given or does not match the offsets.
   */
  readonly text: string | null
  readonly quotes: readonly ReportQuote[]
}

export interface ReportCluster {
  readonly id: string
  readonly speaker: string | null
  /** `[document index, quote index]`: the representative first, then the contract’s order. */
  readonly members: ReadonlyArray<readonly [number, number]>
  readonly documents: number
}

export interface ReportData {
  readonly title: string
  /** Confidence below which an attribution is flagged. */
  readonly lowConfidence: number
  /** Most quoted first; `unnamed` speakers (“a spokesman”) are listed apart by the page. */
  readonly speakers: readonly ReportSpeaker[]
  readonly documents: readonly ReportDocument[]
  /** Largest first. */
  readonly clusters: readonly ReportCluster[]
}

export interface ReportOptions {
  /** Source text of each document, by document id. */
  readonly sources?: ReadonlyMap<string, string> | Readonly<Record<string, string>>
  /** Format of each source, by document id: HTML and Markdown are shown without their markup; default `'text'`. */
  readonly formats?: ReadonlyMap<string, SourceFormat> | Readonly<Record<string, SourceFormat>>
  /** Page title; default `whosaid report`. */
  readonly title?: string
  /** Attributions below this confidence are flagged; default 0.6. */
  readonly lowConfidence?: number
}

/** Whether every quote’s offsets point at its text in `source`. */
export function sourceMatches(source: string, quotes: readonly ContractQuote[]): boolean {
  return quotes.every((quote) => source.slice(quote.start, quote.end) === quote.text)
}

/** Build the page data from a contract (checked with `checkContract`). */
export function reportData(contract: ReportInput, options: ReportOptions = {}): ReportData {
  checkContract(contract)
  const sourceOf = (id: string) => lookup(options.sources, id)
  const formatOf = (id: string) => lookup(options.formats, id) ?? 'text'
  const title = options.title ?? 'whosaid report'
  if (typeof title !== 'string') throw new TypeError(`Expected a string as \`title\`, not \`${String(title)}\``)
  const lowConfidence = options.lowConfidence ?? 0.6
  if (!(typeof lowConfidence === 'number' && lowConfidence >= 0 && lowConfidence <= 1)) {
    throw new TypeError(`Expected a number from 0 to 1 as \`lowConfidence\`, not \`${String(lowConfidence)}\``)
  }

  // Speakers across documents, by canonical name.
  const tally = new Map<string, {name: string; kind: SpeakerKind; quotes: number; documents: Set<number>}>()
  contract.documents.forEach((document, index) => {
    for (const quote of document.quotes) {
      if (!quote.speaker) continue
      let entry = tally.get(quote.speaker.name)
      if (!entry) tally.set(quote.speaker.name, (entry = {name: quote.speaker.name, kind: quote.speaker.kind, quotes: 0, documents: new Set()}))
      entry.quotes++
      entry.documents.add(index)
    }
  })
  const speakers = [...tally.values()]
    .sort((a, b) => b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => ({name: entry.name, kind: entry.kind, quotes: entry.quotes, documents: entry.documents.size}))
  const speakerIndex = new Map(speakers.map((speaker, index) => [speaker.name, index]))

  // Clusters, largest first (stable: the contract’s order among equals).
  const documentIndex = new Map(contract.documents.map((document, index) => [document.id, index]))
  const quoteIndex = contract.documents.map((document) => new Map(document.quotes.map((quote, index) => [quote.id, index])))
  const membership = new Map<string, {cluster: number; similarity: number | null}>()
  const clusters: ReportCluster[] = []
  const ordered = [...(contract.clusters ?? [])].sort((a, b) => b.members.length - a.members.length)
  for (const cluster of ordered) {
    const members: Array<readonly [number, number]> = []
    const representative = cluster.representative
    const isRepresentative = (member: {document: string; quote: string}) => member.document === representative?.document && member.quote === representative.quote
    for (const member of [...cluster.members.filter(isRepresentative), ...cluster.members.filter((member) => !isRepresentative(member))]) {
      const d = documentIndex.get(member.document)
      const q = d === undefined ? undefined : quoteIndex[d]!.get(member.quote)
      if (d === undefined || q === undefined) continue
      members.push([d, q])
      membership.set(`${d}\u0000${q}`, {cluster: clusters.length, similarity: typeof member.similarity === 'number' ? member.similarity : null})
    }
    if (members.length === 0) continue
    clusters.push({id: cluster.id, speaker: cluster.speaker, members, documents: new Set(members.map(([d]) => d)).size})
  }

  const documents = contract.documents.map((document, d): ReportDocument => {
    const source = sourceOf(document.id)
    const view = typeof source === 'string' && sourceMatches(source, document.quotes) ? shown(source, formatOf(document.id), document.quotes) : null
    const place = view ? view.place : (offset: number) => offset
    const span = (value: Span | null | undefined): Span | null => (value ? {text: value.text, start: place(value.start), end: place(value.end)} : null)
    return {
      id: document.id,
      text: view ? view.text : null,
      quotes: document.quotes.map((quote, q): ReportQuote => {
        const member = membership.get(`${d}\u0000${q}`)
        return {
          id: quote.id,
          start: quote.start,
          end: quote.end,
          from: place(quote.start),
          to: place(quote.end),
          text: quote.decoded ?? quote.text,
          kind: quote.kind,
          speaker: quote.speaker ? speakerIndex.get(quote.speaker.name)! : -1,
          mention: span(quote.speaker?.mention),
          cue: span(quote.cue),
          rule: quote.rule ?? null,
          confidence: quote.confidence,
          cluster: member?.cluster ?? -1,
          similarity: member?.similarity ?? null
        }
      })
    }
  })
  return {title, lowConfidence, speakers, documents, clusters}
}

function lookup<Value>(table: ReadonlyMap<string, Value> | Readonly<Record<string, Value>> | undefined, id: string): Value | undefined {
  if (table === undefined) return undefined
  if (table instanceof Map) return table.get(id)
  return Object.hasOwn(table, id) ? (table as Record<string, Value>)[id] : undefined
}

/** The shown text of a source, if each quote reads there as it does in the contract; else the source itself. */
function shown(source: string, format: SourceFormat, quotes: readonly ContractQuote[]) {
  if (format !== 'text') {
    const view = documentView(source, format)
    if (quotes.every((quote) => view.text.slice(view.place(quote.start), view.place(quote.end)) === (quote.decoded ?? quote.text))) return view
  }
  return documentView(source, 'text')
}

/** Throw a `TypeError` naming the first part of `value` that is not the JSON contract. */
export function checkContract(value: unknown, name = 'the report input'): asserts value is ReportInput {
  const fail = (where: string, expected: string, found: unknown): never => {
    const shown = found === undefined ? 'undefined' : JSON.stringify(found)?.slice(0, 40)
    throw new TypeError(`Expected ${expected} as \`${where}\` in ${name}, not \`${shown}\``)
  }
  const record = value as Record<string, unknown> | null
  if (typeof record !== 'object' || record === null || Array.isArray(record)) fail('(top level)', 'an object {documents, clusters}', value)
  if (!Array.isArray(record!.documents)) fail('documents', 'an array', record!.documents)
  for (const [d, document] of (record!.documents as unknown[]).entries()) {
    const doc = document as Record<string, unknown> | null
    if (typeof doc?.id !== 'string') fail(`documents[${d}].id`, 'a string', doc?.id)
    if (!Array.isArray(doc!.quotes)) fail(`documents[${d}].quotes`, 'an array', doc!.quotes)
    for (const [q, item] of (doc!.quotes as unknown[]).entries()) {
      const quote = item as Record<string, unknown> | null
      const at = `documents[${d}].quotes[${q}]`
      if (typeof quote?.id !== 'string') fail(`${at}.id`, 'a string', quote?.id)
      if (typeof quote!.text !== 'string') fail(`${at}.text`, 'a string', quote!.text)
      if (!Number.isInteger(quote!.start) || (quote!.start as number) < 0) fail(`${at}.start`, 'an offset', quote!.start)
      if (!Number.isInteger(quote!.end) || (quote!.end as number) < (quote!.start as number)) fail(`${at}.end`, 'an offset not before `start`', quote!.end)
      if (quote!.kind !== 'full' && quote!.kind !== 'partial' && quote!.kind !== 'mention') fail(`${at}.kind`, 'full, partial or mention', quote!.kind)
      const isSpan = (value: unknown) => {
        const span = value as Record<string, unknown> | null
        return typeof span?.text === 'string' && Number.isInteger(span.start) && Number.isInteger(span.end)
      }
      const speaker = quote!.speaker as Record<string, unknown> | null | undefined
      if (speaker != null && (typeof speaker.name !== 'string' || !isSpan(speaker.mention))) fail(`${at}.speaker`, 'null or {name, mention: {text, start, end}, kind}', speaker)
      if (quote!.cue != null && !isSpan(quote!.cue)) fail(`${at}.cue`, 'null or {text, start, end}', quote!.cue)
      if (typeof quote!.confidence !== 'number') fail(`${at}.confidence`, 'a number', quote!.confidence)
    }
  }
  if (record!.clusters === undefined) return
  if (!Array.isArray(record!.clusters)) fail('clusters', 'an array', record!.clusters)
  for (const [c, item] of (record!.clusters as unknown[]).entries()) {
    const cluster = item as Record<string, unknown> | null
    if (typeof cluster?.id !== 'string') fail(`clusters[${c}].id`, 'a string', cluster?.id)
    if (!Array.isArray(cluster!.members)) fail(`clusters[${c}].members`, 'an array of {document, quote}', cluster!.members)
    for (const [m, member] of (cluster!.members as unknown[]).entries()) {
      const entry = member as Record<string, unknown> | null
      if (typeof entry?.document !== 'string' || typeof entry.quote !== 'string') fail(`clusters[${c}].members[${m}]`, '{document, quote}', member)
    }
  }
}
