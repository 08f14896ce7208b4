#!/usr/bin/env node
/**
 * The `whosaid` command. Thin: arguments, inputs, workers and printing live
 * in `cli/`; the work is `extractQuotes` and `ClusterIndex`. The same file
 * is the body of the `--jobs` worker threads.
 */

import {readFileSync} from 'node:fs'
import {isMainThread, workerData} from 'node:worker_threads'
import {help, parseArguments, UsageError} from './cli/args.js'
import {openOutput} from './cli/output.js'
import {workerRole} from './cli/pool.js'
import {createProgress} from './cli/progress.js'
import {printable} from './cli/terminal.js'

// The commands and the worker body are loaded when needed: `--help` and the worker threads
// do not pay for what they do not run.

async function main(argv: readonly string[]): Promise<number> {
  // `whosaid report …` has its own arguments and module (given the arguments after `report`).
  if (argv[0] === 'report') return runReport(argv.slice(1))

  let parsed
  try {
    parsed = parseArguments(argv, Boolean(process.stdout.isTTY))
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`whosaid: ${printable(error.message)}\n`)
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
  const output = openOutput(parsed.output, process.stdout, {
    // The reader went away (`| head -1`): nothing more to say to anyone.
    onClosed: () => process.exit(0),
    onError: (message) => {
      process.stderr.write(`whosaid: ${printable(message)}\n`)
      process.exit(1)
    }
  })
  // A closed stderr (`2>&1 | head`) must not end the run with an exception: the output still matters.
  process.stderr.on('error', () => {})
  const progress = createProgress(process.stderr, !parsed.quiet)
  const code =
    parsed.command === 'cluster'
      ? await (await import('./cli/cluster-command.js')).clusterCommand(parsed, paths, {stdin: process.stdin, output, report: (line) => progress.line(line)})
      : await (await import('./cli/extract-command.js')).extractCommand(parsed, paths, {stdin: process.stdin, output, progress, script: new URL(import.meta.url)})
  await output.end()
  return code
}

/** `whosaid report`: its own arguments and module, loaded only when asked for. */
async function runReport(argv: readonly string[]): Promise<number> {
  const {runReportCommand} = await import('./cli/report-command.js')
  return runReportCommand([...argv])
}

if (!isMainThread && (workerData as {role?: unknown} | undefined)?.role === workerRole) {
  void import('./cli/worker.js').then(({runWorker}) => runWorker())
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`whosaid: ${printable((error as Error)?.stack ?? String(error), true)}\n`)
      process.exitCode = 1
    }
  )
}
