/**
 * `whosaid [options] <inputs>`: list the inputs, extract them (read and
 * printed too) in `--jobs` worker threads, write each document as soon as it
 * and those before it are done, then cluster. What is kept across documents is only what
 * clustering needs — each quote's own text, speaker and place — so a
 * streaming run (NDJSON, JSON or `--no-cluster`) stays flat in memory.
 */

import type {Readable} from 'node:stream'
import type {ClusterItem} from '../types.js'
import type {ExtractArguments} from './args.js'
import type {DocumentOutcome} from './document.js'
import {listInputs, readAhead, type Input} from './inputs.js'
import type {Output} from './output.js'
import {batchSize, createPool} from './pool.js'
import type {Progress} from './progress.js'
import {clustersAsText, contractCluster, JsonWriter} from './report.js'
import {printable} from './terminal.js'

export interface ExtractContext {
  readonly stdin: Readable
  readonly output: Output
  readonly progress: Progress
  /** This command's own script, started again as a worker thread for `--jobs`. */
  readonly script: URL
}

type Outcome = DocumentOutcome | Exclude<Input, {text: string}>

export async function extractCommand(options: ExtractArguments, paths: readonly string[], context: ExtractContext): Promise<number> {
  const {output, progress} = context
  const settings = {minConfidence: options.minConfidence, maxSize: options.maxSize, format: options.format, cluster: options.cluster}
  const inputs = listInputs(paths, {kind: options.input, stdin: context.stdin, maxSize: options.maxSize})

  const [first, second] = [await inputs.next(), await inputs.next()]
  const all = (async function* () {
    if (!first.done) yield first.value
    if (!second.done) yield second.value
    yield* inputs
  })()
  // Two inputs or more: the workers extract; one (or standard input) is not worth starting a thread
  // for, and is extracted here (the pipeline is then loaded here, and only then).
  const pool = second.done ? undefined : createPool(context.script, options.jobs, settings)
  let position = 0
  const work = async function* (): AsyncGenerator<() => Promise<Outcome>> {
    for await (const input of all) {
      position++
      const at = position
      if ('warning' in input || 'problem' in input) {
        yield () => Promise.resolve<Outcome>(input)
        continue
      }
      if (pool) {
        yield () => pool.run(input, at)
        continue
      }
      const [{processInput}, {prepareReader, readerReady}] = await Promise.all([import('./document.js'), import('./readers.js')])
      // The HTML or Markdown parser is loaded once a document of its format comes (in a worker, by the worker).
      if (!readerReady(input.format)) await prepareReader(input.format)
      yield () => Promise.resolve<Outcome>(processInput(input, settings, at))
    }
  }
  // The two batches each worker holds and one more waiting for each; alone, one document at a time.
  const outcomes = readAhead(work(), pool ? options.jobs * batchSize * 3 : 1)

  // The index (and its synonym table) is made while the workers extract, not after the last document.
  const clustering = options.cluster ? import('../cluster/cluster.js').then(({ClusterIndex}) => new ClusterIndex(options.clusterOptions)) : undefined
  // A mistake in the options is reported where the index is used, after the documents.
  clustering?.catch(() => {})

  let failed = false
  let documents = 0
  let warned = false
  const ids: string[] = []
  const items: ClusterItem[] = []
  const errors: Array<{id: string; error: string}> = []
  const json = new JsonWriter()
  try {
    for await (const outcome of outcomes) {
      if ('warning' in outcome) {
        warned = true
        if (!options.quiet) progress.line(`whosaid: ${printable(outcome.id)}: warning: ${printable(outcome.warning)}`)
        continue
      }
      if ('problem' in outcome || 'error' in outcome) {
        failed = true
        const error = 'problem' in outcome ? outcome.problem : outcome.error
        progress.line(`whosaid: ${printable(outcome.id)}: ${printable(error)}`)
        if (options.format === 'json') errors.push({id: outcome.id, error})
        else if (options.format === 'ndjson') await output.write(JSON.stringify({id: outcome.id, error}) + '\n')
        continue
      }
      documents++
      const {id, output: printed, warnings, items: quoteItems} = outcome
      if (!options.quiet) for (const warning of warnings) progress.line(`whosaid: ${printable(id)}:${printable(warning)}`)
      if (options.format === 'json') await output.write(json.before())
      for (const piece of printed) await output.write(piece)
      progress.document(outcome.size, outcome.quotes)
      if (!options.cluster) continue
      const document = ids.push(id) - 1
      for (const item of quoteItems) items.push({id: `${document}\u0000${item.quote}`, text: item.text, speaker: item.speaker, document: id})
    }
  } finally {
    await pool?.close()
  }
  progress.done()
  if (documents === 0 && !failed && !warned && !options.quiet) process.stderr.write('whosaid: warning: no documents were read\n')

  if (options.format === 'json') await output.write(json.endDocuments())
  if (clustering) {
    const index = await clustering
    index.addAll(items)
    const lookup = (key: string) => {
      const separator = key.indexOf('\u0000')
      return {document: ids[Number(key.slice(0, separator))]!, quote: key.slice(separator + 1)}
    }
    const clusters = index.clusters()
    if (options.format === 'text') {
      const texts = new Map(items.map((item) => [item.id, item.text]))
      const documentIndex = new Map(ids.map((id, index) => [id, index]))
      const contract = clusters.map((cluster) => contractCluster(cluster, lookup))
      await output.write(clustersAsText(contract, (document, quote) => texts.get(`${documentIndex.get(document)}\u0000${quote}`) ?? '') + '\n')
    } else {
      // A few hundred clusters a write: the whole list is never one string.
      if (options.format === 'ndjson') await output.write('{"clusters":[')
      for (let start = 0; start < clusters.length; start += 500) {
        const slice = clusters.slice(start, start + 500).map((cluster) => contractCluster(cluster, lookup))
        await output.write(options.format === 'json' ? slice.map((cluster) => json.cluster(cluster)).join('') : (start === 0 ? '' : ',') + slice.map((cluster) => JSON.stringify(cluster)).join(','))
      }
      await output.write(options.format === 'json' ? json.endClusters() : ']}\n')
    }
  }
  if (options.format === 'json') await output.write(json.end(errors))
  return failed ? 1 : 0
}
