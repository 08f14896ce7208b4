#!/usr/bin/env node
/**
 * The `whosaid` command. Thin: arguments, inputs and printing live in
 * `cli/`; the work is `extractQuotes` and `ClusterIndex`.
 */

import {readFileSync} from 'node:fs'
import {ClusterIndex} from './cluster/cluster.js'
import {extractQuotes} from './extract.js'
import {help, parseArguments, UsageError, type ClusterArguments, type ExtractArguments} from './cli/args.js'
import {readInputs, readNdjson} from './cli/inputs.js'
import {clustersAsText, contractClusters, documentAsText, type DocumentResult} from './cli/report.js'

async function main(): Promise<number> {
  if (process.argv[2] === 'report') return (await import('./cli/report-command.js')).runReportCommand(process.argv.slice(3))
  let parsed
  try {
    parsed = parseArguments(process.argv.slice(2), Boolean(process.stdout.isTTY))
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`whosaid: ${error.message}\n`)
      return 2
    }
    throw error
  }
  if (parsed.command === 'help') {
    process.stdout.write(help + '\n')
    return 0
  }
  if (parsed.command === 'version') {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    process.stdout.write(manifest.version + '\n')
    return 0
  }
  const paths = parsed.paths.length > 0 ? parsed.paths : process.stdin.isTTY ? undefined : ['-']
  if (!paths) {
    process.stderr.write('whosaid: no input: give files, folders, or `-` for standard input (see `whosaid --help`)\n')
    return 2
  }
  return parsed.command === 'cluster' ? clusterCommand(parsed, paths) : extractCommand(parsed, paths)
}

async function extractCommand(options: ExtractArguments, paths: readonly string[]): Promise<number> {
  let failed = false
  const results: DocumentResult[] = []
  const index = new ClusterIndex()
  const lookup = new Map<string, {document: string; quote: string}>()
  const items = []
  for await (const input of readInputs(paths, options.input, process.stdin)) {
    if ('problem' in input) {
      failed = true
      process.stderr.write(`whosaid: ${input.id}: ${input.problem}\n`)
      continue
    }
    let result: DocumentResult
    try {
      result = {id: input.id, quotes: extractQuotes(input.text, {format: input.format, minConfidence: options.minConfidence}).quotes}
    } catch (error) {
      failed = true
      process.stderr.write(`whosaid: ${input.id}: ${(error as Error).message}\n`)
      continue
    }
    if (options.format === 'ndjson') process.stdout.write(JSON.stringify(result) + '\n')
    else if (options.format === 'text') process.stdout.write(documentAsText(result) + '\n\n')
    // Keep only what clustering and the final JSON need.
    results.push(options.format === 'json' ? result : {id: result.id, quotes: result.quotes.filter((quote) => quote.kind !== 'mention')})
    for (const quote of result.quotes) {
      if (quote.kind === 'mention') continue
      const id = `${results.length - 1}\u0000${quote.id}`
      lookup.set(id, {document: result.id, quote: quote.id})
      items.push({id, text: quote.decoded ?? quote.text, speaker: quote.speaker?.name ?? null, document: result.id})
    }
  }
  if (options.cluster) index.addAll(items)
  const clusters = options.cluster ? contractClusters(index.clusters(), lookup) : []
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify({documents: results, clusters}, null, 2) + '\n')
  } else if (options.format === 'ndjson') {
    process.stdout.write(JSON.stringify({clusters}) + '\n')
  } else if (options.cluster) {
    const byId = new Map(results.map((result) => [result.id, new Map(result.quotes.map((quote) => [quote.id, quote.decoded ?? quote.text]))]))
    process.stdout.write(clustersAsText(clusters, (document, quote) => byId.get(document)?.get(quote) ?? '') + '\n')
  }
  return failed ? 1 : 0
}

async function clusterCommand(options: ClusterArguments, paths: readonly string[]): Promise<number> {
  let failed = false
  const items = []
  const path = paths[0]!
  for await (const line of readNdjson(path === '-' ? process.stdin : path, path === '-' ? 'stdin' : path)) {
    if ('problem' in line) {
      failed = true
      process.stderr.write(`whosaid: ${line.id}: ${line.problem}\n`)
      continue
    }
    const record = line.value as {id?: unknown; text?: unknown; speaker?: unknown; document?: unknown}
    if (!record || (typeof record.id !== 'string' && typeof record.id !== 'number') || typeof record.text !== 'string') {
      failed = true
      process.stderr.write(`whosaid: ${line.id}: expected an object with \`id\` and a string \`text\`\n`)
      continue
    }
    items.push({
      id: String(record.id),
      text: record.text,
      speaker: typeof record.speaker === 'string' ? record.speaker : null,
      document: typeof record.document === 'string' ? record.document : null
    })
  }
  const seen = new Set<string>()
  const unique = items.filter((item) => {
    if (!seen.has(item.id)) return seen.add(item.id)
    failed = true
    process.stderr.write(`whosaid: duplicate id \`${item.id}\`: later line ignored\n`)
    return false
  })
  const index = new ClusterIndex(options.options)
  index.addAll(unique)
  const clusters = index.clusters().map((cluster) => ({
    id: cluster.id,
    speaker: cluster.speaker,
    representative: cluster.representative,
    members: cluster.members.map((member) => member.id)
  }))
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify({clusters}) + '\n')
  } else {
    const texts = new Map(unique.map((item) => [item.id, item.text]))
    for (const cluster of clusters) {
      process.stdout.write(`${cluster.id} ${cluster.speaker ?? 'unknown speaker'}: ${cluster.members.map((member) => `${member} “${(texts.get(member) ?? '').slice(0, 50)}”`).join(' | ')}\n`)
    }
  }
  return failed ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`whosaid: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 1
  }
)
