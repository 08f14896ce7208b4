/**
 * `whosaid report`: the HTML report of fresh input (files, folders) or of
 * a saved `--format json` output. It reads inputs the way the main command
 * does, and a bad document is named on stderr while the rest are reported.
 */

import {readFile, writeFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {clusterQuotes} from '../cluster/cluster.js'
import {extractQuotes} from '../extract.js'
import {checkContract, sourceMatches, type ReportInput} from '../report/data.js'
import {renderReport} from '../report/page.js'
import type {ClusterItem, SourceFormat} from '../types.js'
import {defaultMaxSize} from './args.js'
import {listInputs, readFiles, type InputDocument, type InputFailure} from './inputs.js'
import {contractCluster, type DocumentResult} from './report.js'

export const reportHelp = `whosaid report — one HTML page to read the quotes, speakers and statements

Usage:
  whosaid report [options] <file|folder>...   extract, cluster, and report
  whosaid report [options] <saved.json>       report a saved \`whosaid --format json\` output

Options:
  -o, --output <file>   where to write the page (default: standard output, unless it is a terminal)
      --title <text>    the page title (default: whosaid report)
  -h, --help            show this help

The page is self-contained (no network): open it in any browser.`

interface Streams {
  readonly stdout: NodeJS.WritableStream & {isTTY?: boolean}
  readonly stderr: NodeJS.WritableStream
  readonly stdin: NodeJS.ReadableStream
}

/** Run `whosaid report` with the arguments after `report`; resolves to the exit code. */
export async function runReportCommand(argv: string[], streams: Streams = process): Promise<number> {
  const fail = (message: string, code: number) => {
    streams.stderr.write(`whosaid report: ${message}\n`)
    return code
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {output: {type: 'string', short: 'o'}, title: {type: 'string'}, help: {type: 'boolean', short: 'h'}}
    })
  } catch (error) {
    return fail(`${(error as Error).message} (see \`whosaid report --help\`)`, 2)
  }
  const {values, positionals} = parsed
  if (values.help) {
    streams.stdout.write(reportHelp + '\n')
    return 0
  }
  if (positionals.length === 0) return fail('no input: give files, folders, or a saved `--format json` output', 2)
  if (!values.output && streams.stdout.isTTY) return fail('give `-o report.html` to say where the page goes', 2)

  const saved = positionals.length === 1 && positionals[0]!.toLowerCase().endsWith('.json')
  const gathered = saved ? await fromSaved(positionals[0]!, streams) : await fromInputs(positionals, streams)
  if (!gathered) return 1
  const html = renderReport(gathered.contract, {sources: gathered.sources, formats: gathered.formats, ...(values.title === undefined ? {} : {title: values.title})})
  if (values.output) {
    try {
      await writeFile(values.output, html)
    } catch (error) {
      return fail(`${values.output}: cannot write (${(error as Error).message})`, 1)
    }
    const quotes = gathered.contract.documents.reduce((sum, document) => sum + document.quotes.length, 0)
    streams.stderr.write(`whosaid report: wrote ${values.output} (${gathered.contract.documents.length} documents, ${quotes} quotes): open it in a browser\n`)
  } else {
    streams.stdout.write(html)
  }
  return gathered.failed ? 1 : 0
}

interface Gathered {
  readonly contract: ReportInput
  readonly sources: Map<string, string>
  readonly formats: Map<string, SourceFormat>
  readonly failed: boolean
}

async function fromInputs(paths: readonly string[], streams: Streams): Promise<Gathered> {
  let failed = false
  const documents: DocumentResult[] = []
  const sources = new Map<string, string>()
  const formats = new Map<string, SourceFormat>()
  const items: ClusterItem[] = []
  const lookup = new Map<string, {document: string; quote: string}>()
  for await (const input of readInputs(paths, streams)) {
    if ('problem' in input) {
      failed = true
      streams.stderr.write(`whosaid report: ${input.id}: ${input.problem}\n`)
      continue
    }
    let quotes
    try {
      quotes = extractQuotes(input.text, {format: input.format}).quotes
    } catch (error) {
      failed = true
      streams.stderr.write(`whosaid report: ${input.id}: ${(error as Error).message}\n`)
      continue
    }
    documents.push({id: input.id, quotes})
    sources.set(input.id, input.text)
    formats.set(input.id, input.format)
    for (const quote of quotes) {
      if (quote.kind === 'mention') continue
      const id = `${documents.length - 1}\u0000${quote.id}`
      lookup.set(id, {document: input.id, quote: quote.id})
      items.push({id, text: quote.decoded ?? quote.text, speaker: quote.speaker?.name ?? null, document: input.id})
    }
  }
  return {contract: {documents, clusters: clusterQuotes(items).map((cluster) => contractCluster(cluster, (id) => lookup.get(id)!))}, sources, formats, failed}
}

async function fromSaved(path: string, {stderr, stdin}: Streams): Promise<Gathered | undefined> {
  let contract: unknown
  try {
    contract = JSON.parse(await readFile(path, 'utf8'))
    checkContract(contract, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    stderr.write(`whosaid report: ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`)
    return undefined
  }
  // A saved output names its documents by the paths it read: look there, then beside the JSON,
  // reading each as the main command did (its format by its extension).
  const sources = new Map<string, string>()
  const formats = new Map<string, SourceFormat>()
  for (const document of contract.documents) {
    for (const candidate of new Set([resolve(document.id), resolve(dirname(path), document.id)])) {
      const input = (await readInputs([candidate], {stderr, stdin}).next()).value
      if (!input || 'problem' in input || !sourceMatches(input.text, document.quotes)) continue
      sources.set(document.id, input.text)
      formats.set(document.id, input.format)
      break
    }
    if (!sources.has(document.id)) {
      stderr.write(`whosaid report: ${document.id}: source not found or changed since; the report shows its quotes without the text\n`)
    }
  }
  return {contract, sources, formats, failed: false}
}

/** The documents of the given paths, read as the main command reads them; a warning (an empty folder) goes to stderr. */
async function* readInputs(paths: readonly string[], {stderr, stdin}: Pick<Streams, 'stderr' | 'stdin'>): AsyncGenerator<InputDocument | InputFailure> {
  for await (const input of readFiles(listInputs(paths, {kind: 'auto', stdin: stdin as never, maxSize: defaultMaxSize}), defaultMaxSize)) {
    if ('warning' in input) stderr.write(`whosaid report: ${input.id}: ${input.warning}\n`)
    else yield input
  }
}
