/**
 * A progress line on stderr, redrawn in place, only when stderr is a
 * terminal (a log file or a pipe gets nothing) and not `--quiet`.
 */

export interface ProgressStream {
  readonly isTTY?: boolean
  write(chunk: string): unknown
}

export interface Progress {
  /** One more document done, of `bytes` characters, with `quotes` quotes. */
  document(bytes: number, quotes: number): void
  /** Write a line of its own (a warning or error) without garbling the progress line. */
  line(text: string): void
  /** Erase the progress line. */
  done(): void
}

export function createProgress(stream: ProgressStream, enabled: boolean, interval = 200, now: () => number = Date.now): Progress {
  const active = enabled && Boolean(stream.isTTY)
  let documents = 0
  let characters = 0
  let quotes = 0
  let shown = false
  let last = Number.NEGATIVE_INFINITY
  const started = now()
  const clear = () => {
    if (shown) stream.write('\r\u001B[K')
    shown = false
  }
  return {
    document(bytes, found) {
      documents++
      characters += bytes
      quotes += found
      if (!active || now() - last < interval) return
      last = now()
      const seconds = (last - started) / 1000
      stream.write(`\r\u001B[Kwhosaid: ${documents} document${documents === 1 ? '' : 's'}, ${(characters / 1e6).toFixed(1)} MB, ${quotes} quote${quotes === 1 ? '' : 's'}, ${seconds.toFixed(1)} s`)
      shown = true
    },
    line(text) {
      clear()
      stream.write(text + '\n')
    },
    done: clear
  }
}
