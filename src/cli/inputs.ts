/**
 * Where documents come from: files, folders, standard input, NDJSON lines.
 * A bad input becomes a failure naming it; the others go on.
 */

import {readdir, readFile, stat} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import {extname, join} from 'node:path'
import type {Readable} from 'node:stream'
import type {SourceFormat} from '../types.js'
import type {InputKind} from './args.js'

export interface InputDocument {
  readonly id: string
  readonly text: string
  readonly format: SourceFormat
}

export interface InputFailure {
  readonly id: string
  readonly problem: string
}

const byExtension: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.mdx': 'markdown', '.html': 'html', '.htm': 'html'
}

/** Yield every document of the given paths, or failures for those that cannot be read. */
export async function* readInputs(paths: readonly string[], kind: InputKind, stdin: Readable): AsyncGenerator<InputDocument | InputFailure> {
  for (const path of paths) {
    if (kind === 'ndjson') {
      yield* readNdjsonDocuments(path === '-' ? stdin : path, path === '-' ? 'stdin' : path)
      continue
    }
    if (path === '-') {
      const decoded = decode(await readAll(stdin), 'stdin')
      yield 'problem' in decoded ? decoded : {id: 'stdin', text: decoded.text, format: kind === 'auto' ? 'text' : kind}
      continue
    }
    let files: string[]
    try {
      files = (await stat(path)).isDirectory() ? await listFolder(path) : [path]
    } catch (error) {
      yield {id: path, problem: describe(error)}
      continue
    }
    for (const file of files) {
      try {
        const decoded = decode(await readFile(file), file)
        yield 'problem' in decoded ? decoded : {id: file, text: decoded.text, format: kind === 'auto' ? (byExtension[extname(file).toLowerCase()] ?? 'text') : kind}
      } catch (error) {
        yield {id: file, problem: describe(error)}
      }
    }
  }
}

/** NDJSON documents: one `{"id", "text", "format"?}` a line. */
async function* readNdjsonDocuments(from: Readable | string, name: string): AsyncGenerator<InputDocument | InputFailure> {
  for await (const line of readNdjson(from, name)) {
    if ('problem' in line) {
      yield line
      continue
    }
    const {value, id} = line
    const record = value as {id?: unknown; text?: unknown; format?: unknown}
    if (typeof record?.text !== 'string') {
      yield {id, problem: 'expected an object with a string `text`'}
      continue
    }
    const format = record.format ?? 'text'
    if (format !== 'text' && format !== 'html' && format !== 'markdown') {
      yield {id, problem: `unknown format \`${String(format)}\``}
      continue
    }
    yield {id: typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : id, text: record.text, format}
  }
}

/** Parsed NDJSON lines, each with an id naming where it came from (`file:line`). */
export async function* readNdjson(from: Readable | string, name: string): AsyncGenerator<{id: string; value: unknown} | InputFailure> {
  let stream: Readable
  if (typeof from === 'string') {
    const {createReadStream} = await import('node:fs')
    stream = createReadStream(from)
  } else {
    stream = from
  }
  const lines = createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})
  let number = 0
  try {
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      const id = `${name}:${number}`
      try {
        yield {id, value: JSON.parse(line)}
      } catch (error) {
        yield {id, problem: `not valid JSON (${(error as Error).message})`}
      }
    }
  } catch (error) {
    yield {id: name, problem: describe(error)}
  }
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() in byExtension)
    .map((entry) => join(folder, entry.name))
    .sort()
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
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

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  return (error as Error)?.message ?? String(error)
}
