/**
 * The build as it runs: esbuild turns a RegExp literal with `\p{…}` into a
 * `new RegExp("…")` call unless told that Node reads them (tsup.config.ts).
 * Inside a function that is a new object per call, in the attribution's
 * hottest loops. `npm test` builds `dist/` before the tests run.
 */

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const dist = new URL('../dist/', import.meta.url).pathname

describe('the build', () => {
  it.skipIf(!existsSync(dist))('keeps RegExp literals with Unicode property escapes as literals', () => {
    const lowered = readdirSync(dist)
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => readFileSync(join(dist, file), 'utf8').match(/new RegExp\("[^"]*\\\\p\{/g) ?? [])
    expect(lowered).toEqual([])
  })
})
