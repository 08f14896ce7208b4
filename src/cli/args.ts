/**
 * Command-line arguments, parsed by `node:util` `parseArgs` (so `-fjson`,
 * `-f json`, `--format=json` and `--format json` all work). Every mistake is
 * a `UsageError` naming the bad argument; an option of the other subcommand
 * is a mistake too, never silently ignored.
 */

import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {sourceFormats} from '../source/formats.js'
import type {SourceFormat} from '../types.js'

export class UsageError extends Error {}

export type OutputFormat = 'json' | 'ndjson' | 'text'
export type InputKind = 'auto' | SourceFormat | 'ndjson'

/** Clustering options given on the command line: only those given, the others keep their defaults. */
export interface ClusterSettings {
  threshold?: number
  wordOrder?: number
  margin?: number
  synonyms?: boolean
  pairLeftovers?: boolean
}

interface Common {
  /** Write here instead of standard output. */
  readonly output: string | undefined
  /** No warnings and no progress on stderr (errors are still printed). */
  readonly quiet: boolean
  readonly paths: readonly string[]
}

export interface ExtractArguments extends Common {
  readonly command: 'extract'
  readonly format: OutputFormat
  readonly input: InputKind
  readonly minConfidence: number
  readonly cluster: boolean
  readonly clusterOptions: ClusterSettings
  /** Worker threads that extract (one input alone is extracted in the main thread). */
  readonly jobs: number
  /** Largest input, in bytes; larger ones are reported and skipped. */
  readonly maxSize: number
}

export interface ClusterArguments extends Common {
  readonly command: 'cluster'
  readonly format: 'json' | 'text'
  readonly options: ClusterSettings
}

export type Arguments = ExtractArguments | ClusterArguments | {readonly command: 'help'} | {readonly command: 'version'}

export const defaultMaxSize = 10_000_000

const options = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  quiet: {type: 'boolean', short: 'q'},
  input: {type: 'string'},
  'min-confidence': {type: 'string'},
  'no-cluster': {type: 'boolean'},
  threshold: {type: 'string'},
  'word-order': {type: 'string'},
  margin: {type: 'string'},
  'no-synonyms': {type: 'boolean'},
  'pair-leftovers': {type: 'boolean'},
  'no-pair-leftovers': {type: 'boolean'},
  jobs: {type: 'string', short: 'j'},
  'max-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

type Name = keyof typeof options

const common: readonly Name[] = ['format', 'output', 'quiet', 'threshold', 'word-order', 'margin', 'no-synonyms', 'pair-leftovers', 'no-pair-leftovers', 'help', 'version']
const allowed: Record<'extract' | 'cluster', ReadonlySet<Name>> = {
  extract: new Set([...common, 'input', 'min-confidence', 'no-cluster', 'jobs', 'max-size']),
  cluster: new Set(common)
}

export function parseArguments(argv: readonly string[], stdoutIsTerminal: boolean): Arguments {
  const command = argv[0] === 'cluster' ? 'cluster' : 'extract'
  const args = command === 'cluster' ? argv.slice(1) : [...argv]
  const {tokens} = parseArgs({args, options, strict: false, allowPositionals: true, tokens: true})
  const given = new Map<Name, string | true>()
  const paths: string[] = []
  for (const token of tokens) {
    if (token.kind === 'positional') {
      paths.push(token.value)
      continue
    }
    if (token.kind !== 'option') continue
    const name = token.name as Name
    if (!Object.hasOwn(options, name)) throw new UsageError(`Unknown option \`${token.rawName}\` (see \`whosaid --help\`)`)
    if (name === 'help') return {command: 'help'}
    if (name === 'version') return {command: 'version'}
    if (!allowed[command].has(name)) {
      throw new UsageError(`Option \`${token.rawName}\` does not apply to ${command === 'cluster' ? '`whosaid cluster`' : 'extraction (it is an option of `whosaid cluster`)'}`)
    }
    if (options[name].type === 'string') {
      if (token.value === undefined) throw new UsageError(`Option \`${token.rawName}\` needs a value`)
      given.set(name, token.value)
    } else {
      if (token.inlineValue) throw new UsageError(`Option \`${token.rawName}\` takes no value`)
      given.set(name, true)
    }
  }
  const text = (name: Name) => given.get(name) as string | undefined

  const clusterOptions: ClusterSettings = {}
  const threshold = number(text('threshold'), '--threshold', (value) => value > 0 && value <= 1, 'a number above 0 and at most 1')
  if (threshold !== undefined) clusterOptions.threshold = threshold
  const wordOrder = number(text('word-order'), '--word-order', (value) => value >= 0 && value <= 1, 'a number from 0 to 1')
  if (wordOrder !== undefined) clusterOptions.wordOrder = wordOrder
  const margin = number(text('margin'), '--margin', (value) => value >= 0 && value <= 1, 'a number from 0 to 1')
  if (margin !== undefined) clusterOptions.margin = margin
  if (given.has('no-synonyms')) clusterOptions.synonyms = false
  if (given.has('pair-leftovers') && given.has('no-pair-leftovers')) {
    throw new UsageError('Options `--pair-leftovers` and `--no-pair-leftovers` contradict each other: give one')
  }
  if (given.has('pair-leftovers')) clusterOptions.pairLeftovers = true
  if (given.has('no-pair-leftovers')) clusterOptions.pairLeftovers = false
  const common = {output: text('output'), quiet: given.has('quiet'), paths}

  const format = text('format') ?? (stdoutIsTerminal ? 'text' : 'json')
  if (command === 'cluster') {
    if (format !== 'json' && format !== 'text') throw new UsageError(`Unknown format \`${format}\` for \`whosaid cluster\`: expected json or text`)
    if (paths.length > 1) throw new UsageError('`whosaid cluster` reads one NDJSON file (or `-` for standard input)')
    return {command: 'cluster', format, options: clusterOptions, ...common}
  }
  if (format !== 'json' && format !== 'ndjson' && format !== 'text') throw new UsageError(`Unknown format \`${format}\`: expected json, ndjson or text`)
  const input = text('input') ?? 'auto'
  const inputs = ['auto', ...sourceFormats, 'ndjson']
  if (!inputs.includes(input)) throw new UsageError(`Unknown input \`${input}\`: expected ${inputs.join(', ')}`)
  const cluster = !given.has('no-cluster')
  const clusterOnly = (['threshold', 'word-order', 'margin', 'no-synonyms', 'pair-leftovers', 'no-pair-leftovers'] as const).find((name) => given.has(name))
  if (!cluster && clusterOnly) {
    throw new UsageError(`Option \`--${clusterOnly}\` does not apply with \`--no-cluster\``)
  }
  return {
    command: 'extract',
    format,
    input: input as InputKind,
    minConfidence: number(text('min-confidence'), '--min-confidence', (value) => value >= 0 && value <= 1, 'a number from 0 to 1') ?? 0,
    cluster,
    clusterOptions,
    jobs: number(text('jobs'), '--jobs', (value) => Number.isInteger(value) && value >= 1 && value <= 256, 'a whole number from 1 to 256') ?? defaultJobs(),
    maxSize: size(text('max-size')) ?? defaultMaxSize,
    ...common
  }
}

function number(value: string | undefined, flag: string, valid: (value: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined
  const parsed = value.trim() === '' ? Number.NaN : Number(value)
  if (!valid(parsed)) throw new UsageError(`\`${flag}\` takes ${expected}, not \`${value}\``)
  return parsed
}

const units: Record<string, number> = {'': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30}

/** `--max-size`: bytes, with an optional unit (`500k`, `20MB`, `1GiB`). */
function size(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = match ? units[match[2]!.toLowerCase()] : undefined
  if (!match || unit === undefined) throw new UsageError(`\`--max-size\` takes a size in bytes such as 500000, 500k or 20MB, not \`${value}\``)
  return Math.floor(Number(match[1]) * unit)
}

export const help = `whosaid — find quotations, their speakers, and the variants of each statement

Usage:
  whosaid [options] <file|folder|glob|->...   quotes of each document, then clusters
  whosaid cluster [options] [file|-]          cluster NDJSON lines {"id","text","speaker"?,"document"?}
  whosaid report [options] <inputs|saved.json> one HTML page of quotes, speakers and statements
                                              (see \`whosaid report --help\`)

Options:
  -f, --format <json|ndjson|text>   output (default: text on a terminal, json otherwise;
                                    \`cluster\`: json or text)
  -o, --output <file>               write the output to a file instead of stdout
  -q, --quiet                       no warnings and no progress on stderr (errors still are)
      --input <auto|text|html|markdown|mdx|ndjson>
                                    how to read inputs (auto: by extension; ndjson:
                                    lines {"id","text","format"?}, one document each)
      --min-confidence <0..1>       drop attributions below this confidence
      --no-cluster                  do not cluster across documents
      --threshold <0..1>            overlap at which wordings are one statement
      --word-order <0..1>           share of word order in the similarity
      --margin <0..1>               how far a pair must stand above its neighbourhood
      --no-synonyms                 words of one WordNet synonym set do not match
      --pair-leftovers              two wordings left alone, each other's best, join
                                    in any batch (by default only where 4 in 5 have
                                    joined another, as in two translations of one text)
      --no-pair-leftovers           never join leftover pairs, whatever the batch
  -j, --jobs <n>                    worker threads that extract, while the main thread
                                    reads, writes and clusters (default: the number of
                                    cores)
      --max-size <bytes>            skip (and report) larger inputs (default 10MB;
                                    units k, MB, GB, KiB, MiB, GiB)
  -h, --help                        show this help
  -v, --version                     show the version

Folders are read recursively for .txt, .text, .md, .markdown, .mdx, .html and
.htm files; globs (\`'news/**/*.html'\`) are expanded when the shell did not.
Exit code: 0 on success, 1 if any input failed (the others are still
processed), 2 on usage errors.`

/**
 * Extracting threads when `--jobs` is not given: one per core. The main
 * thread only lists inputs, writes and clusters, and mostly waits while the
 * workers extract.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, cores)
}
