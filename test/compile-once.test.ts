/**
 * The extraction is compiled once in a fresh process (issue 13: a CLI worker
 * is one). V8 compiles hot functions for the shapes of the objects and arrays
 * it has seen; a shape met only later (an empty list made by `[]` or by `map`
 * of an empty list, a frozen list, a speaker object spread from another, a
 * read past the end of a list or string) throws that code away, and the large
 * functions of the attribution were compiled two to four times over the first
 * thousand documents: about a second of compiler time in each worker, on a
 * machine whose two cores the workers already fill. This runs a thousand
 * generated articles in a fresh process that reports every deoptimisation,
 * and allows none of those kinds in the library's code.
 */

import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname

describe('compiled once', () => {
  it('throws away no compiled code for a shape met late (wrong map) or a read out of bounds, over 1,000 articles', () => {
    const script = `
const {extractQuotes} = await import(${JSON.stringify(root + 'dist/index.js')})
const {newsWriter} = await import(${JSON.stringify(root + 'scripts/news.js')})
const article = newsWriter(7)
for (let index = 0; index < 1000; index++) extractQuotes(article(index))
`
    const trace = execFileSync(process.execPath, ['--trace-deopt-verbose', '--input-type=module', '-e', script], {encoding: 'utf8', maxBuffer: 2 ** 28})
    // Per deoptimisation: `[bailout (kind: …, reason: …): begin. deoptimizing … <JSFunction name …`,
    // then `;;; deoptimize at <file:…:line:column>`, then the frames. Node's own functions (its module
    // loader) are not ours to change.
    const ours = trace
      .split('\n[bailout')
      .slice(1)
      .filter((entry) => /reason: (?:wrong map|out of bounds)/.test(entry) && /deoptimize at <[^>]*\/dist\//.test(entry.slice(0, 2000)))
      .map((entry) => /<JSFunction (\S+)/.exec(entry)?.[1] + ': ' + /reason: ([^)]*)/.exec(entry)?.[1])
    expect(ours).toEqual([])
  }, 60_000)
})
