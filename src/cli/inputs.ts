/**
 * Where documents come from: files, folders (recursively), globs, standard
 * input, NDJSON lines. A bad input becomes a failure naming it, an input
 * that gives nothing a warning; the others go on.
 *
 * Files are read one at a time, synchronously, when the extraction needs the
 * next: memory stays flat however many there are.
 */

import {closeSync, createReadStream, fstatSync, openSync, readFileSync} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import {extname, join} from 'node:path'
import type {Readable} from 'node:stream'
import {isSourceFormat, sourceFormats} from '../source/formats.js'
import type {SourceFormat} from '../types.js'
import type {InputKind} from './args.js'
import {expandGlob, isGlob} from './glob.js'

export interface InputDocument {
  readonly id: string
  readonly text: string
  readonly format: SourceFormat
}

export interface InputFailure {
  readonly id: string
  readonly problem: string
}

export interface InputWarning {
  readonly id: string
  readonly warning: string
}

export type Input = InputDocument | InputFailure | InputWarning

/** A file to read: read in the main thread ahead of extraction, or by the worker that extracts it. */
export interface InputFile {
  readonly id: string
  readonly file: string
  readonly format: SourceFormat
}

export interface ReadSettings {
  readonly kind: InputKind
  readonly stdin: Readable
  /** Largest input in bytes. */
  readonly maxSize: number
}

const byExtension: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.mdx': 'mdx', '.html': 'html', '.htm': 'html'
}
const extensions = Object.keys(byExtension).join(', ')

/**
 * `inputs` with their files read, each when the consumer asks for it. A
 * synchronous read of a news file takes tens of microseconds; the callback
 * chain it replaced (open, fstat, read, close: four trips through the thread
 * pool, each waiting for the main thread to finish the document it was on)
 * left the main thread idle a third of a `--jobs 1` run.
 */
export async function* readFiles(inputs: AsyncIterable<Input | InputFile>, maxSize: number): AsyncGenerator<Input> {
  for await (const input of inputs) yield 'file' in input ? readDocument(input, maxSize) : input
}

/** Start up to `limit` tasks ahead of the consumer; results come out in task order. */
export async function* readAhead<T>(source: AsyncIterable<() => Promise<T>>, limit: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]()
  const queue: Array<Promise<T>> = []
  let done = false
  const fill = async () => {
    while (!done && queue.length < limit) {
      const next = await iterator.next()
      if (next.done) done = true
      else queue.push(next.value())
    }
  }
  await fill()
  while (queue.length > 0) {
    const value = await queue.shift()!
    const filling = fill()
    yield value
    await filling
  }
}

/** The inputs of the given paths, in order: files still to read, documents from streams, failures, warnings. */
export async function* listInputs(paths: readonly string[], settings: ReadSettings): AsyncGenerator<Input | InputFile> {
  const {kind, stdin, maxSize} = settings
  for (const path of paths) {
    if (kind === 'ndjson') {
      yield* readNdjsonDocuments(path === '-' ? stdin : path, path === '-' ? 'stdin' : path, maxSize)
      continue
    }
    if (path === '-') {
      yield await readStdin(stdin, kind === 'auto' ? 'text' : kind, maxSize)
      continue
    }
    const formatOf = (file: string): SourceFormat => (kind === 'auto' ? (byExtension[extname(file).toLowerCase()] ?? 'text') : kind)
    let kindOfPath: 'file' | 'folder' | 'glob'
    try {
      kindOfPath = (await stat(path)).isDirectory() ? 'folder' : 'file'
    } catch (error) {
      if (!isGlob(path)) {
        yield {id: path, problem: describe(error)}
        continue
      }
      kindOfPath = 'glob'
    }
    if (kindOfPath === 'file') {
      yield {id: path, file: path, format: formatOf(path)}
      continue
    }
    let count = 0
    try {
      for await (const file of kindOfPath === 'folder' ? walk(path) : await expandGlob(path)) {
        count++
        yield {id: file, file, format: formatOf(file)}
      }
    } catch (error) {
      yield {id: path, problem: describe(error)}
      continue
    }
    if (count === 0) {
      yield {id: path, warning: kindOfPath === 'glob' ? 'no files match this pattern' : `no ${extensions} files in this folder`}
    }
  }
}

/** The files of a folder and its subfolders (hidden ones skipped), in name order. */
async function* walk(folder: string): AsyncGenerator<string> {
  const entries = (await readdir(folder, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if ((entry.isFile() || entry.isSymbolicLink()) && extname(entry.name).toLowerCase() in byExtension) yield path
  }
}

/** One file: its size checked before anything is read, so a 200 MB file costs nothing. */
export function readDocument({file, format}: InputFile, maxSize: number): InputDocument | InputFailure {
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, 'r')
    const stats = fstatSync(descriptor)
    if (stats.isDirectory()) return {id: file, problem: describe({code: 'EISDIR'})}
    if (stats.size > maxSize) return {id: file, problem: tooLarge(stats.size, maxSize)}
    const decoded = decode(readFileSync(descriptor), file)
    return 'problem' in decoded ? decoded : {id: file, text: decoded.text, format}
  } catch (error) {
    return {id: file, problem: describe(error)}
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

async function readStdin(stdin: Readable, format: SourceFormat, maxSize: number): Promise<Input> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stdin) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
      size += buffer.length
      // Past the limit, keep reading (so the writer is not cut off) but keep nothing.
      if (size <= maxSize) chunks.push(buffer)
      else chunks.length = 0
    }
  } catch (error) {
    return {id: 'stdin', problem: describe(error)}
  }
  if (size > maxSize) return {id: 'stdin', problem: tooLarge(size, maxSize)}
  const decoded = decode(Buffer.concat(chunks), 'stdin')
  return 'problem' in decoded ? decoded : {id: 'stdin', text: decoded.text, format}
}

/** NDJSON documents: one `{"id", "text", "format"?}` a line. */
async function* readNdjsonDocuments(from: Readable | string, name: string, maxSize: number): AsyncGenerator<Input> {
  for await (const line of readNdjson(from, name, maxSize)) {
    if ('problem' in line) {
      yield line
      continue
    }
    const record = line.value as {id?: unknown; text?: unknown; format?: unknown}
    const id = typeof record?.id === 'string' || typeof record?.id === 'number' ? String(record.id) : line.id
    if (typeof record?.text !== 'string') {
      yield {id, problem: 'expected an object with a string `text`'}
      continue
    }
    const format = record.format ?? 'text'
    if (!isSourceFormat(format)) {
      yield {id, problem: `unknown format \`${String(format)}\`, expected one of ${sourceFormats.join(', ')}`}
      continue
    }
    yield {id, text: record.text, format}
  }
}

/**
 * Parsed NDJSON lines, each with an id naming where it came from
 * (`file:line`). A file that is not text is one failure, not a line each.
 */
export async function* readNdjson(from: Readable | string, name: string, maxSize = Number.POSITIVE_INFINITY): AsyncGenerator<{id: string; value: unknown} | InputFailure> {
  const stream = typeof from === 'string' ? createReadStream(from) : from
  const lines = createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})
  let number = 0
  try {
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      const id = `${name}:${number}`
      if (looksBinary(line)) {
        yield {id: name, problem: `looks like a binary file (line ${number} holds control bytes), not NDJSON`}
        break
      }
      if (line.length > maxSize) {
        yield {id, problem: tooLarge(Buffer.byteLength(line), maxSize)}
        continue
      }
      try {
        yield {id, value: JSON.parse(line)}
      } catch {
        yield {id, problem: `not valid JSON (starts \`${line.slice(0, 30)}${line.length > 30 ? '…' : ''}\`)`}
      }
    }
  } catch (error) {
    yield {id: name, problem: describe(error)}
  } finally {
    lines.close()
    if (typeof from === 'string') stream.destroy()
  }
}

// C0 controls other than tab, carriage return and form feed: JSON allows none
// of them raw, and they are what binary files are made of.
const binary = /[\u0000-\u0008\u000B\u000E-\u001F]/

function looksBinary(line: string): boolean {
  return binary.test(line)
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

function decode(bytes: Uint8Array, id: string): {text: string} | InputFailure {
  if (bytes.includes(0)) return {id, problem: 'looks like a binary file (it holds NUL bytes), not text'}
  try {
    return {text: utf8.decode(bytes).replace(/^\uFEFF/, '')}
  } catch {
    return {id, problem: 'is not valid UTF-8 text'}
  }
}

function tooLarge(size: number, maxSize: number): string {
  return `too large (${size} bytes; the limit is ${maxSize}, see \`--max-size\`)`
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  return (error as Error)?.message ?? String(error)
}
