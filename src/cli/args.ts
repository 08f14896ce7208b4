/**
 * Command-line arguments: parsed by hand (a handful of flags), every mistake
 * a `UsageError` that names the bad argument.
 */

export class UsageError extends Error {}

export type OutputFormat = 'json' | 'ndjson' | 'text'
export type InputKind = 'auto' | 'text' | 'html' | 'markdown' | 'ndjson'

export interface ExtractArguments {
  readonly command: 'extract'
  readonly format: OutputFormat
  readonly input: InputKind
  readonly minConfidence: number
  readonly cluster: boolean
  readonly paths: readonly string[]
}

export interface ClusterArguments {
  readonly command: 'cluster'
  readonly format: 'json' | 'text'
  /** Only the options given: the others keep their defaults. */
  readonly options: {threshold?: number; wordOrder?: number}
  readonly paths: readonly string[]
}

export type Arguments = ExtractArguments | ClusterArguments | {readonly command: 'help'} | {readonly command: 'version'}

const outputFormats = new Set(['json', 'ndjson', 'text'])
const inputKinds = new Set(['auto', 'text', 'html', 'markdown', 'ndjson'])

export function parseArguments(argv: readonly string[], stdoutIsTerminal: boolean): Arguments {
  const rest = [...argv]
  const command = rest[0] === 'cluster' ? (rest.shift(), 'cluster') : 'extract'
  let format: string | undefined
  let input = 'auto'
  let minConfidence = 0
  const clusterOptions: {threshold?: number; wordOrder?: number} = {}
  let cluster = true
  const paths: string[] = []

  while (rest.length > 0) {
    const argument = rest.shift()!
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined]
    const value = (): string => {
      const found = inline ?? rest.shift()
      if (found === undefined) throw new UsageError(`Option \`${flag}\` needs a value`)
      return found
    }
    switch (flag) {
      case '-h':
      case '--help':
        return {command: 'help'}
      case '-v':
      case '--version':
        return {command: 'version'}
      case '-f':
      case '--format':
        format = value()
        break
      case '--input':
        input = value()
        if (!inputKinds.has(input)) throw new UsageError(`Unknown input \`${input}\`: expected auto, text, html, markdown or ndjson`)
        break
      case '--min-confidence':
        minConfidence = Number(value())
        if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError('`--min-confidence` takes a number from 0 to 1')
        break
      case '--threshold': {
        const threshold = Number(value())
        if (!(threshold > 0 && threshold <= 1)) throw new UsageError('`--threshold` takes a number above 0 and at most 1')
        clusterOptions.threshold = threshold
        break
      }
      case '--word-order': {
        const wordOrder = Number(value())
        if (!(wordOrder >= 0 && wordOrder <= 1)) throw new UsageError('`--word-order` takes a number from 0 to 1')
        clusterOptions.wordOrder = wordOrder
        break
      }
      case '--no-cluster':
        cluster = false
        break
      case '-':
        paths.push('-')
        break
      default:
        if (flag.startsWith('-')) throw new UsageError(`Unknown option \`${flag}\` (see \`whosaid --help\`)`)
        paths.push(argument)
    }
  }

  if (command === 'cluster') {
    const chosen = format ?? (stdoutIsTerminal ? 'text' : 'json')
    if (chosen !== 'json' && chosen !== 'text') throw new UsageError(`Unknown format \`${chosen}\` for \`whosaid cluster\`: expected json or text`)
    if (paths.length > 1) throw new UsageError('`whosaid cluster` reads one NDJSON file (or `-` for standard input)')
    return {command: 'cluster', format: chosen, options: clusterOptions, paths}
  }
  const chosen = format ?? (stdoutIsTerminal ? 'text' : 'json')
  if (!outputFormats.has(chosen)) throw new UsageError(`Unknown format \`${chosen}\`: expected json, ndjson or text`)
  return {command: 'extract', format: chosen as OutputFormat, input: input as InputKind, minConfidence, cluster, paths}
}

export const help = `whosaid — find quotations, their speakers, and the variants of each statement

Usage:
  whosaid [options] <file|folder|->...     quotes of each document, then clusters
  whosaid cluster [options] [file|-]       cluster NDJSON lines {"id","text","speaker"?,"document"?}

Options:
  -f, --format <json|ndjson|text>   output (default: text on a terminal, json otherwise)
      --input <auto|text|html|markdown|ndjson>
                                    how to read inputs (auto: by extension; ndjson:
                                    lines {"id","text","format"?}, one document each)
      --min-confidence <0..1>       drop attributions below this confidence
      --no-cluster                  do not cluster across documents
      --threshold <0..1>            (cluster) overlap at which wordings are one statement
      --word-order <0..1>           (cluster) share of word order in the similarity
  -h, --help                        show this help
  -v, --version                     show the version

Folders are read for .txt, .md, .markdown, .html and .htm files. Exit code: 0 on
success, 1 if any input failed (the others are still processed), 2 on usage errors.`
