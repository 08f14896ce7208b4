import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!)

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) execFileSync('npx', ['tsup', '--silent'], {cwd: root, stdio: 'ignore'})
})

/** The example with `whosaid` imports pointing at the build. */
function resolved(block: string): string {
  return block
    .replaceAll("from 'whosaid/retext'", `from '${join(root, 'dist/retext.js')}'`)
    .replaceAll("from 'whosaid/testing'", `from '${join(root, 'dist/testing.js')}'`)
    .replaceAll("from 'whosaid'", `from '${join(root, 'dist/index.js')}'`)
}

describe('README examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThan(8))

  for (const [index, block] of blocks.entries()) {
    if (block.includes('whosaid/testing')) {
      // RuleTester examples declare tests: run them as a test file under vitest, as a user would.
      it(`runs example ${index + 1} under vitest`, () => {
        const folder = mkdtempSync(join(tmpdir(), 'whosaid-readme-'))
        try {
          writeFileSync(join(folder, 'example.test.mjs'), resolved(block))
          const report = join(folder, 'report.json')
          spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', '--root', folder, '--reporter=json', `--outputFile=${report}`], {cwd: folder, encoding: 'utf8'})
          const results = JSON.parse(readFileSync(report, 'utf8'))
          const cases = block.match(/\btext: /g)!.length
          expect(results.numTotalTests).toBe(cases)
          expect(results.numPassedTests).toBe(cases)
        } finally {
          rmSync(folder, {recursive: true, force: true})
        }
      })
      continue
    }
    it(`runs example ${index + 1}`, () => {
      const folder = mkdtempSync(join(root, 'node_modules/.readme-'))
      writeFileSync(join(folder, 'example.mjs'), resolved(block))
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

describe('README Contribute', () => {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>

  it('gives the two commands of a fresh clone, in the Contribute section and not next to Install', () => {
    const contribute = readme.slice(readme.indexOf('## Contribute'), readme.indexOf('## License'))
    expect(contribute).toContain('npm ci && npm start')
    expect(contribute).toContain('npm ci && npm test')
    const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('## Use'))
    expect(install).not.toContain('npm ci')
  })

  it('`npm start` builds silently: its build step prints nothing', () => {
    const build = scripts.start!.split(' && ')[0]!
    expect(build).toMatch(/^tsup\b/)
    const out = mkdtempSync(join(tmpdir(), 'whosaid-start-'))
    try {
      const [command, ...args] = build.split(' ')
      const result = spawnSync(join(root, 'node_modules/.bin', command!), [...args, '--out-dir', out, '--no-dts'], {cwd: root, encoding: 'utf8'})
      expect(result.status).toBe(0)
      expect(result.stdout + result.stderr).toBe('')
      expect(readdirSync(out)).toContain('cli.js')
    } finally {
      rmSync(out, {recursive: true, force: true})
    }
  })
})
