/**
 * The package as a user gets it: packed, installed into a fresh TypeScript
 * project with its own vitest and unified pipelines, type-checked, and run
 * there. Everything installs from the npm registry (or its cache): the
 * versions are the ones this repository's lock file holds.
 */

import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const installed = (name: string): string => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
/** What the consumer project installs besides whosaid, at our versions. */
const consumerPackages = ['typescript', 'vitest', 'unified', 'vfile', 'parse-english', 'remark-parse', 'remark-retext', 'rehype-parse', 'rehype-retext']

let work = ''
let tarball = ''

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'whosaid-consumer-'))
  tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop()!
  cpSync(join(root, 'test/fixtures/consumer'), work, {recursive: true})
  writeFileSync(join(work, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball), ...consumerPackages.map((name) => `${name}@${installed(name)}`)], {cwd: work, stdio: 'ignore'})
}, 300_000)

afterAll(() => {
  if (work) rmSync(work, {recursive: true, force: true})
})

describe('the packed package', () => {
  it('holds the library, its types, README and LICENSE, and no corpus or evaluation code', () => {
    const files = execFileSync('tar', ['-tzf', join(work, tarball)], {encoding: 'utf8'}).trim().split('\n')
    expect(files).toContain('package/LICENSE')
    expect(files).toContain('package/dist/testing.js')
    expect(files).toContain('package/dist/retext.d.ts')
    expect(files.filter((file) => file.startsWith('package/corpus/') || file.includes('evaluation'))).toEqual([])
  })

  it('type-checks and runs in a fresh TypeScript project: extraction, clustering, the retext plugin after remark and rehype', () => {
    execFileSync(join(work, 'node_modules/.bin/tsc'), ['-p', '.'], {cwd: work, stdio: 'pipe'})
    const output = JSON.parse(execFileSync('node', ['dist/index.js'], {cwd: work, encoding: 'utf8'}))
    expect(output).toEqual({
      speaker: 'Dana Whitfield',
      clusters: 1,
      index: [['1', '2']],
      markdown: [['We will win,', 'Dana Whitfield']],
      html: [['We will win,', 'Dana Whitfield']]
    })
  })

  it('runs a RuleTester suite under the project’s own vitest: the failing case is a failed test, not a crash', () => {
    const result = spawnSync(join(work, 'node_modules/.bin/vitest'), ['run', 'rules.spec.ts', '--reporter=json', '--outputFile=report.json'], {cwd: work, encoding: 'utf8'})
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'))
    const tests = report.testResults.flatMap((file: {assertionResults: unknown[]}) => file.assertionResults) as {title: string; status: string; failureMessages: string[]}[]
    expect(tests.map((test) => [test.title, test.status])).toEqual([
      ['passes', 'passed'],
      ['fails on purpose', 'failed']
    ])
    expect(tests[1]!.failureMessages.join('\n')).toContain('- {quote: "We are ready,", speaker: "Somebody Else"}\n+ {quote: "We are ready,", speaker: "Pieter Janssen"}')
    expect(result.status).toBe(1)
  })
})
