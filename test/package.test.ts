import {execFileSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const require = createRequire(import.meta.url)

describe('the packed package', () => {
  it('installs into a fresh TypeScript project, type-checks and runs', () => {
    const work = mkdtempSync(join(tmpdir(), 'whosaid-consumer-'))
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop()!
    cpSync(join(root, 'test/fixtures/consumer'), work, {recursive: true})
    writeFileSync(join(work, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball), `typescript@${require(join(root, 'node_modules/typescript/package.json')).version}`], {cwd: work, stdio: 'ignore'})
    execFileSync(join(work, 'node_modules/.bin/tsc'), ['-p', '.'], {cwd: work, stdio: 'pipe'})
    const output = JSON.parse(execFileSync('node', ['dist/index.js'], {cwd: work, encoding: 'utf8'}))
    expect(output).toEqual({speaker: 'Dana Whitfield', clusters: 1})
  }, 240_000)
})
