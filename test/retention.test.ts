import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname

// In a process of its own with `--expose-gc`: many documents, each large and with people of its
// own, are extracted one after another and let go. Whatever the library keeps from one document to
// the next (a cache of names, say) must not keep the documents themselves: a string sliced from a
// document pins all of it, and a streaming run over 50 MB of news grew by 100 MiB that way.
const script = `
const {extractQuotes} = await import(${JSON.stringify(root + 'dist/index.js')})
const letters = 'abcdefghijklmnopqrstuvwxyz'
const word = (n) => letters[n % 26].toUpperCase() + letters[(n * 7 + 3) % 26] + letters[(n * 11 + 5) % 26] + letters[Math.floor(n / 26) % 26] + 'a'
function documentOf(index) {
  const name = word(index * 3) + ' ' + word(index * 3 + 1) + 'son'
  const filler = 'The council met on Monday to discuss the budget for the harbor and the new bridge. '.repeat(8)
  const paragraphs = []
  for (let size = 0; size < 100_000; ) {
    const paragraph = filler + '“The bridge will reopen next spring,” said ' + name + '. “We are ready,” she added.'
    paragraphs.push(paragraph)
    size += paragraph.length + 2
  }
  return paragraphs.join('\\n\\n')
}
extractQuotes(documentOf(0))
globalThis.gc()
const before = process.memoryUsage().heapUsed
for (let index = 1; index <= 60; index++) extractQuotes(documentOf(index))
globalThis.gc()
console.log(JSON.stringify({grown: process.memoryUsage().heapUsed - before}))
`

describe('memory kept between documents', () => {
  it('does not keep any document’s text once its extraction is done', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {encoding: 'utf8'})
    const {grown} = JSON.parse(output) as {grown: number}
    // 60 documents of 100 KB in two-byte strings are 12 MB; pinned, most of them would stay.
    expect(grown).toBeLessThan(3_000_000)
  }, 120_000)
})
