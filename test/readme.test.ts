import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!)

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) execFileSync('npx', ['tsup'], {cwd: root, stdio: 'ignore'})
})

describe('README examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThan(8))

  for (const [index, block] of blocks.entries()) {
    // RuleTester examples need a running vitest; test/rules.test.ts runs it the same way.
    if (block.includes('whosaid/testing')) continue
    it(`runs example ${index + 1}`, () => {
      const folder = mkdtempSync(join(root, 'node_modules/.readme-'))
      const code = block
        .replaceAll("from 'whosaid/retext'", `from '${join(root, 'dist/retext.js')}'`)
        .replaceAll("from 'whosaid'", `from '${join(root, 'dist/index.js')}'`)
      writeFileSync(join(folder, 'example.mjs'), code)
      try {
        const output = execFileSync('node', [join(folder, 'example.mjs')], {cwd: root, encoding: 'utf8'})
        // Each `console.log(…) // value` prints that value.
        const expected = [...block.matchAll(/console\.log\([^\n]*\) \/\/ ('[^'\n]*'|\d+|true|false)/g)].map((match) => match[1]!.replace(/^'|'$/g, ''))
        for (const value of expected) expect(output).toContain(value)
      } finally {
        rmSync(folder, {recursive: true, force: true})
      }
    })
  }
})
