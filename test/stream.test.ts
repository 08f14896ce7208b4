import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {extractQuotes, extractStream} from '../src/index.js'
import type {StreamDocument, StreamResult} from '../src/index.js'

const root = new URL('..', import.meta.url).pathname

const documents: StreamDocument[] = [
  {id: 'a', source: '“We won,” said Coach Dana Whitfield.'},
  {id: 'b', source: '<p>&ldquo;The bridge will reopen,&rdquo; Mayor Ana Costa said.</p>', format: 'html'},
  {id: 'c', source: 'No quotes here.'}
]

async function collect(iterable: AsyncIterable<StreamResult>): Promise<StreamResult[]> {
  const results: StreamResult[] = []
  for await (const result of iterable) results.push(result)
  return results
}

describe('extractStream', () => {
  it('yields each document’s extraction, in input order, as extractQuotes gives it', async () => {
    const results = await collect(extractStream(documents))
    expect(results.map((result) => result.id)).toEqual(['a', 'b', 'c'])
    for (const [index, document] of documents.entries()) {
      expect(results[index]).toEqual({id: document.id, ...extractQuotes(document.source, {format: document.format})})
    }
  })

  it('takes an async iterable and reads it only as fast as results are taken (backpressure)', async () => {
    let pulled = 0
    async function* source() {
      for (let index = 0; index < 100; index++) {
        pulled++
        yield {id: String(index), source: `“Number ${index},” said Coach Dana Whitfield.`}
      }
    }
    const stream = extractStream(source())
    const first = await stream.next()
    expect(first.value).toMatchObject({id: '0', quotes: [{speaker: {name: 'Dana Whitfield'}}]})
    expect(pulled).toBe(1)
    await stream.next()
    expect(pulled).toBe(2)
    await stream.return(undefined)
    expect(pulled).toBe(2)
  })

  it('turns a bad or oversized document into an error result and goes on', async () => {
    const results = await collect(
      extractStream(
        [
          {id: 'big', source: '“Hi,” she said. '.repeat(100)},
          {id: 'number', source: 5 as unknown as string},
          null as unknown as StreamDocument,
          {id: 'pdf', source: 'x', format: 'pdf' as 'text'},
          {id: 'fine', source: '“Fine,” said Ann Lee.'}
        ],
        {maxSize: 1000}
      )
    )
    expect(results).toEqual([
      {id: 'big', error: 'too large (1600 characters, `maxSize` is 1000)'},
      {id: 'number', error: 'expected a string as `source`, not `number`'},
      {id: '#3', error: 'expected a document `{id, source}`, not `null`'},
      {id: 'pdf', error: "unknown format `pdf`: expected 'text', 'html', 'markdown', 'mdx'"},
      expect.objectContaining({id: 'fine', quotes: [expect.objectContaining({text: 'Fine,'})]})
    ])
  })

  it('throws on misuse before reading any document', async () => {
    await expect(extractStream(null as unknown as StreamDocument[]).next()).rejects.toThrow('Expected an iterable of documents as `documents`, not `null`')
    await expect(extractStream([], {maxSize: -1}).next()).rejects.toThrow('`maxSize` must be a number of characters, not `-1`')
    await expect(extractStream([], {format: 'pdf' as 'text'}).next()).rejects.toThrow('Unknown format `pdf`')
    await expect(extractStream([], {minConfidence: 2}).next()).rejects.toThrow('`minConfidence` must be a number from 0 to 1, not `2`')
  })

  it('keeps results that do not hold on to their whole sources (V8 slices would)', () => {
    if (!existsSync(join(root, 'dist/index.js'))) execFileSync('npx', ['tsup'], {cwd: root, stdio: 'ignore'})
    // Ten 2 MB HTML pages, each with one short quote; keep every result, then measure the heap.
    const script = `
      import {extractQuotes, extractStream} from ${JSON.stringify(join(root, 'dist/index.js'))}
      const source = (index) => '<p>“We won the final number ' + index + ',” said Coach Dana Whitfield.</p><!--' + 'x'.repeat(2_000_000) + '-->'
      async function* pages() { for (let index = 0; index < 10; index++) yield {id: String(index), source: source(index), format: 'html'} }
      const heap = () => { globalThis.gc(); return process.memoryUsage().heapUsed / 2 ** 20 }
      // Warm up first, on a page of the same shape: word lists, parsers and their tables set up
      // on first use (about 3 MB, the same for 1 page or 20) are not what a result keeps.
      extractQuotes(source(99), {format: 'html'})
      const start = heap()
      const streamed = []
      for await (const result of extractStream(pages())) streamed.push(result)
      const afterStream = heap()
      const direct = []
      for (let index = 0; index < 10; index++) direct.push(extractQuotes(source(index), {format: 'html'}))
      const afterDirect = heap()
      console.log(JSON.stringify({stream: afterStream - start, direct: afterDirect - afterStream, text: streamed[9].quotes[0].text}))
    `
    const output = JSON.parse(execFileSync('node', ['--expose-gc', '--input-type=module', '-e', script], {encoding: 'utf8'}))
    expect(output.text).toBe('We won the final number 9,')
    // Sliced strings would keep 20 MB of sources alive, as the direct results do.
    expect(output.direct).toBeGreaterThan(15)
    expect(output.stream).toBeLessThan(3)
  })
})

describe('extractQuotes `maxSize`', () => {
  it('refuses a source over the limit at once, naming its size and the limit', () => {
    const source = '“We won,” said Coach Dana Whitfield.'
    expect(() => extractQuotes(source, {maxSize: 10})).toThrow(new RangeError('Cannot extract quotes from a document too large (36 characters, `maxSize` is 10): pass a larger `maxSize` to read it'))
    expect(extractQuotes(source, {maxSize: source.length})).toEqual(extractQuotes(source))
    expect(extractQuotes(source, {maxSize: Number.POSITIVE_INFINITY}).quotes).toHaveLength(1)
  })

  it('defaults to 10,000,000 characters, as extractStream and the CLI', () => {
    const started = performance.now()
    expect(() => extractQuotes('x'.repeat(10_000_001))).toThrow('too large (10000001 characters, `maxSize` is 10000000)')
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('throws on a limit that is not a number ≥ 0', () => {
    expect(() => extractQuotes('a', {maxSize: -1})).toThrow('`maxSize` must be a number of characters, not `-1`')
    expect(() => extractQuotes('a', {maxSize: '5' as unknown as number})).toThrow('`maxSize` must be a number of characters, not `5`')
    expect(() => extractQuotes('a', {maxSize: Number.NaN})).toThrow('not `NaN`')
  })
})
