/**
 * Where output goes: standard output or `--output FILE`, written with
 * backpressure (a slow reader slows us, nothing piles up in memory). A reader
 * that goes away (`whosaid … | head -1`) ends the run quietly, as `head`
 * expects, instead of an `EPIPE` stack trace.
 */

import {createWriteStream} from 'node:fs'
import type {Writable} from 'node:stream'

export interface Output {
  /** Write `text` (a string or UTF-8 bytes); resolves once the stream can take more. */
  write(text: string | Uint8Array): Promise<void>
  /** Flush and close (a file) or flush (stdout). */
  end(): Promise<void>
}

export interface OutputHandlers {
  /** The reader went away: stop quietly. */
  readonly onClosed: () => void
  /** Any other write error: report it and stop. */
  readonly onError: (message: string) => void
}

export function openOutput(path: string | undefined, stdout: Writable, handlers: OutputHandlers): Output {
  const stream: Writable = path === undefined ? stdout : createWriteStream(path)
  let failed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return
    failed = true
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') handlers.onClosed()
    else handlers.onError(`${path ?? 'stdout'}: ${error.code === 'ENOENT' ? 'no such folder' : error.code === 'EACCES' ? 'permission denied' : error.message}`)
  })
  return {
    write(text) {
      if (failed || stream.write(text)) return Promise.resolve()
      return new Promise((resolve) => {
        const done = () => {
          stream.off('drain', done)
          stream.off('error', done)
          resolve()
        }
        stream.once('drain', done)
        stream.once('error', done)
      })
    },
    end() {
      if (failed) return Promise.resolve()
      if (stream === stdout) return new Promise((resolve) => stdout.write('', () => resolve()))
      return new Promise((resolve) => {
        stream.once('error', () => resolve())
        stream.end(() => resolve())
      })
    }
  }
}
