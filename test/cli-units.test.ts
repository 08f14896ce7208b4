import {describe, expect, it} from 'vitest'
import {globToRegExp} from '../src/cli/glob.js'
import {createProgress} from '../src/cli/progress.js'
import fc from 'fast-check'
import {jsonDocument, jsonPieces, JsonWriter} from '../src/cli/report.js'
import {printable} from '../src/cli/terminal.js'
import {encodePieces, place, places} from '../src/cli/document.js'
import {readAhead} from '../src/cli/inputs.js'
import {createPool} from '../src/cli/pool.js'
import {defaultJobs, parseArguments} from '../src/cli/args.js'
import {availableParallelism} from 'node:os'

describe('CLI parts', () => {
  it('draws progress only on a terminal, and erases it around other lines', () => {
    const written: string[] = []
    let clock = 0
    const terminal = createProgress({isTTY: true, write: (chunk: string) => written.push(chunk)}, true, 100, () => clock)
    terminal.document(2_000_000, 3)
    clock = 50
    terminal.document(1_000_000, 1) // within the interval: not redrawn
    clock = 200
    terminal.document(1_000_000, 0)
    terminal.line('whosaid: a.txt: warning')
    terminal.done()
    expect(written).toEqual([
      '\r\u001B[Kwhosaid: 1 document, 2.0 MB, 3 quotes, 0.0 s',
      '\r\u001B[Kwhosaid: 3 documents, 4.0 MB, 4 quotes, 0.2 s',
      '\r\u001B[K',
      'whosaid: a.txt: warning\n'
    ])
    const piped: string[] = []
    const log = createProgress({isTTY: false, write: (chunk: string) => piped.push(chunk)}, true, 0)
    log.document(10, 1)
    log.done()
    expect(piped).toEqual([])
    const quiet: string[] = []
    createProgress({isTTY: true, write: (chunk: string) => quiet.push(chunk)}, false, 0).document(10, 1)
    expect(quiet).toEqual([])
  })

  it('escapes control characters, ANSI sequences and bidirectional overrides', () => {
    expect(printable('a\u001B[2Jb\u0007c\u009Bd\u202Ee\nf')).toBe('a\\x1b[2Jb\\x07c\\x9bd\\u202ee\\nf')
    expect(printable('a\nb', true)).toBe('a\nb')
    expect(printable('Café “quoted” — fine')).toBe('Café “quoted” — fine')
  })

  it('matches globs by path segment', () => {
    expect(globToRegExp('*.txt').test('a.txt')).toBe(true)
    expect(globToRegExp('*.txt').test('sub/a.txt')).toBe(false)
    expect(globToRegExp('**/*.txt').test('a.txt')).toBe(true)
    expect(globToRegExp('**/*.txt').test('x/y/a.txt')).toBe(true)
    expect(globToRegExp('news/{a,b}?.htm[l]').test('news/b1.html')).toBe(true)
    expect(globToRegExp('{*.md,*.txt}').test('x.md')).toBe(true)
    expect(globToRegExp('[!a]*.txt').test('a1.txt')).toBe(false)
    expect(globToRegExp('a.b(c)').test('a.b(c)')).toBe(true)
    expect(globToRegExp('a.b').test('axb')).toBe(false)
  })

  it('writes JSON a document at a time, as JSON.stringify would', () => {
    const documents = [{id: 'a', quotes: []}, {id: 'b', quotes: []}]
    const clusters = [{id: 'c1', speaker: null, representative: {document: 'a', quote: 'q1'}, members: []}]
    const writer = new JsonWriter()
    const text =
      documents.map((document) => writer.before() + jsonDocument(document)).join('') +
      writer.endDocuments() +
      clusters.map((cluster) => writer.cluster(cluster)).join('') +
      writer.endClusters() +
      writer.end([{id: 'x', error: 'bad'}])
    expect(text).toBe(JSON.stringify({documents, clusters, errors: [{id: 'x', error: 'bad'}]}, null, 2) + '\n')
    const empty = new JsonWriter()
    expect(empty.endDocuments() + empty.end([])).toBe(JSON.stringify({documents: []}, null, 2) + '\n')
    const none = new JsonWriter()
    expect(none.endDocuments() + none.endClusters() + none.end([])).toBe(JSON.stringify({documents: [], clusters: []}, null, 2) + '\n')
  })

  it('prints a long document in pieces that join to exactly what JSON.stringify prints', () => {
    const quotes = Array.from({length: 70}, (_, index) => ({id: `q${index}`, text: '“a”\n', start: index, end: undefined, confidence: index / 7}))
    const document = {id: 'a', quotes, entities: [], messages: Array.from({length: 65}, () => ({reason: 'r', start: 0})), skipped: undefined, nested: {list: [...quotes, null]}}
    const pieces = [...jsonPieces(document, 2)]
    expect(pieces.length).toBeGreaterThan(100)
    expect(pieces.join('')).toBe(jsonDocument(document as never))
    expect([...jsonPieces(document)].join('')).toBe(JSON.stringify(document))
    // Long arrays (printed a member at a time) of small values, inside objects and arrays, with members that print as nothing.
    const leaf = fc.oneof(fc.jsonValue({maxDepth: 2}), fc.constant(undefined))
    const long = fc.array(leaf, {minLength: 60, maxLength: 70})
    const holder = fc.dictionary(fc.string({maxLength: 4}), fc.oneof(leaf, long), {maxKeys: 4})
    const value = fc.oneof(leaf, long, holder, fc.array(fc.oneof(holder, long), {minLength: 1, maxLength: 70}), fc.dictionary(fc.string({maxLength: 4}), holder, {maxKeys: 3}))
    fc.assert(
      fc.property(value, fc.integer({min: 0, max: 3}), (any, depth) => {
        if (any === undefined) return
        expect([...jsonPieces(any)].join('')).toBe(JSON.stringify(any))
        expect([...jsonPieces(any, depth)].join('')).toBe(' '.repeat(2 * depth) + JSON.stringify(any, null, 2).replaceAll('\n', '\n' + ' '.repeat(2 * depth)))
      }),
      {numRuns: 100}
    )
    // Encoded a piece of about 64 KB at a time, never whole.
    const buffers = [...encodePieces(Array.from({length: 3000}, () => 'é'.repeat(50)))]
    expect(buffers.length).toBe(3)
    expect(Buffer.concat([...buffers]).toString('utf8')).toBe('é'.repeat(150_000))
  })

  it('places offsets as line:column', () => {
    expect(place('ab\ncd\n\nef', 0)).toBe('1:1')
    expect(place('ab\ncd\n\nef', 4)).toBe('2:2')
    expect(place('ab\ncd\n\nef', 8)).toBe('4:2')
    // One reading of the line starts for all of a document's warnings, each placed as one at a time would be.
    const text = Array.from({length: 500}, (_, index) => 'x'.repeat(index % 7) + '\n'.repeat(index % 3)).join('')
    const placeOf = places(text)
    for (let offset = 0; offset <= text.length; offset += 3) expect(placeOf(offset)).toBe(slowPlace(text, offset))
  })

  it('reads ahead a bounded number of tasks and keeps their order', async () => {
    let started = 0
    let running = 0
    let most = 0
    async function* tasks() {
      for (let index = 0; index < 20; index++) {
        yield async () => {
          started++
          running++
          most = Math.max(most, running)
          await new Promise((resolve) => setTimeout(resolve, (20 - index) % 7))
          running--
          return index
        }
      }
    }
    const seen: number[] = []
    for await (const value of readAhead(tasks(), 4)) {
      seen.push(value)
      expect(started).toBeLessThanOrEqual(seen.length + 4)
    }
    expect(seen).toEqual(Array.from({length: 20}, (_, index) => index))
    expect(most).toBeLessThanOrEqual(4)
    expect(most).toBeGreaterThan(1)
  })
})

describe('CLI worker pool', () => {
  it('answers in input order, and fails only the document whose worker died', async () => {
    const pool = createPool(new URL('fixtures/pool-worker.mjs', import.meta.url), 2, {minConfidence: 0, maxSize: 1e6, format: 'ndjson', cluster: false})
    const texts = ['a', 'b', 'crash', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']
    try {
      const outcomes = await Promise.all(texts.map((text, index) => pool.run({id: `doc${index}`, text, format: 'text'}, index + 1)))
      expect(outcomes.map((outcome) => outcome.id)).toEqual(texts.map((_, index) => `doc${index}`))
      expect(outcomes[2]).toEqual({id: 'doc2', error: 'extraction stopped (worker exit code 7)', size: 0})
      for (const [index, outcome] of outcomes.entries()) {
        if (index === 2) continue
        expect('output' in outcome && [...outcome.output].map((piece) => new TextDecoder().decode(piece)).join('')).toBe(`${index + 1}:${texts[index]}`)
      }
    } finally {
      await pool.close()
    }
  })

  it('extracts in one worker per core by default', () => {
    expect([1, 2, 3, 8].map((cores) => defaultJobs(cores))).toEqual([1, 2, 3, 8])
    const given = parseArguments(['-j', '3', 'news'], false)
    const unset = parseArguments(['news'], false)
    expect('jobs' in given && given.jobs).toBe(3)
    expect('jobs' in unset && unset.jobs).toBe(availableParallelism())
  })

  it('prints JSON a document at a time exactly as one JSON.stringify of the whole would', () => {
    const documents = [{id: 'a', quotes: [], entities: [{name: 'x', aliases: ['y\nz']}]}, {id: 'b', quotes: [{text: '"\\n"'}]}]
    const writer = new JsonWriter()
    const printed = documents.map((document) => writer.before() + jsonDocument(document as never)).join('') + writer.endDocuments() + writer.endClusters() + writer.end([{id: 'c', error: 'bad\nfile'}])
    expect(printed).toBe(JSON.stringify({documents, clusters: [], errors: [{id: 'c', error: 'bad\nfile'}]}, null, 2) + '\n')
  })
})

/** `line:column` counted from the start of the text, for comparison. */
function slowPlace(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}
