import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {beforeAll, describe, expect, it} from 'vitest'
import {runReportCommand} from '../src/cli/report-command.js'
import {root} from './report-fixtures.js'

/** Run `whosaid report` in this process (vitest runs from the project folder), collecting what it writes. */
async function report(argv: string[], terminal = false) {
  let stdout = ''
  let stderr = ''
  const sink = (write: (chunk: string) => void) => Object.assign(new PassThrough(), {write: (chunk: string) => (write(String(chunk)), true)})
  const out = Object.assign(sink((chunk) => (stdout += chunk)), {isTTY: terminal})
  const err = sink((chunk) => (stderr += chunk))
  const code = await runReportCommand(argv, {stdout: out, stderr: err, stdin: new PassThrough()})
  return {code, stdout, stderr}
}

const embeddedQuotes = (html: string) => {
  const json = html.slice(html.indexOf('>', html.indexOf('id="whosaid-data"')) + 1, html.indexOf('</script>', html.indexOf('id="whosaid-data"')))
  const data = JSON.parse(json) as {documents: Array<{id: string; text: string | null; quotes: Array<{id: string}>}>}
  return data.documents.map((document) => ({id: document.id, source: document.text !== null, quotes: document.quotes.length}))
}

describe('whosaid report', () => {
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-report-'))
  const saved = join(folder, 'corpus.json')

  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) execFileSync('npx', ['tsup'], {cwd: root, stdio: 'ignore'})
    writeFileSync(saved, execFileSync('node', [join(root, 'dist/cli.js'), '--format', 'json', 'corpus/'], {cwd: root, encoding: 'utf8'}))
  })

  it('writes the page of a folder, through the main command', () => {
    const output = join(folder, 'fresh.html')
    const result = spawnSync('node', [join(root, 'dist/cli.js'), 'report', 'corpus/', '-o', output], {cwd: root, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/wrote .*fresh\.html \(5 documents, \d+ quotes\): open it in a browser/)
    const contract = JSON.parse(readFileSync(saved, 'utf8')) as {documents: Array<{id: string; quotes: unknown[]}>}
    expect(embeddedQuotes(readFileSync(output, 'utf8'))).toEqual(contract.documents.map((document) => ({id: document.id, source: true, quotes: document.quotes.length})))
  })

  it('reports a saved --format json output, finding the sources it names', async () => {
    const result = await report([saved, '--output', join(folder, 'saved.html'), '--title', 'Five outlets'])
    expect(result).toMatchObject({code: 0, stdout: ''})
    const html = readFileSync(join(folder, 'saved.html'), 'utf8')
    expect(html).toContain('<title>Five outlets</title>')
    expect(embeddedQuotes(html).every((document) => document.source)).toBe(true)
  })

  it('says when a saved output’s sources are gone, and shows the quotes alone', async () => {
    const contract = JSON.parse(readFileSync(saved, 'utf8')) as {documents: Array<{id: string}>}
    contract.documents[0]!.id = 'moved/away.txt'
    const moved = join(folder, 'moved.json')
    writeFileSync(moved, JSON.stringify(contract))
    const result = await report([moved])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('moved/away.txt: source not found or changed since; the report shows its quotes without the text')
    expect(embeddedQuotes(result.stdout).map((document) => document.source)).toEqual([false, true, true, true, true])
  })

  it('shows an HTML source without its markup, fresh or saved', async () => {
    const page = join(folder, 'city.html')
    writeFileSync(page, '<p>&ldquo;The bridge <em>will</em> reopen,&rdquo; Mayor Ana Costa said.</p>')
    const fresh = await report([page])
    const savedCity = join(folder, 'city.json')
    writeFileSync(savedCity, execFileSync('node', [join(root, 'dist/cli.js'), '--format', 'json', page], {cwd: root, encoding: 'utf8'}))
    for (const html of [fresh.stdout, (await report([savedCity])).stdout]) {
      const json = html.slice(html.indexOf('>', html.indexOf('id="whosaid-data"')) + 1, html.indexOf('</script>', html.indexOf('id="whosaid-data"')))
      expect(JSON.parse(json).documents[0].text).toBe('“The bridge will reopen,” Mayor Ana Costa said.')
    }
  })

  it('names a bad input and reports the rest', async () => {
    const result = await report(['corpus/001_6f37d382eab29e25.txt', 'corpus/missing.txt', '-o', join(folder, 'partial.html')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('whosaid report: corpus/missing.txt: no such file or folder')
    expect(embeddedQuotes(readFileSync(join(folder, 'partial.html'), 'utf8'))).toHaveLength(1)
  })

  it('names a saved output that is not the contract', async () => {
    const bad = join(folder, 'bad.json')
    writeFileSync(bad, JSON.stringify({documents: [{id: 'a', quotes: [{id: 'q1'}]}]}))
    const result = await report([bad, '-o', join(folder, 'bad.html')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Expected a string as `documents[0].quotes[0].text` in')
    expect(existsSync(join(folder, 'bad.html'))).toBe(false)
    expect((await report([join(folder, 'none.json')])).stderr).toContain('none.json: no such file')
  })

  it('rejects misuse with exit code 2', async () => {
    expect(await report([])).toMatchObject({code: 2, stderr: expect.stringContaining('no input')})
    expect(await report(['--bogus', 'corpus/'])).toMatchObject({code: 2, stderr: expect.stringContaining("Unknown option '--bogus'")})
    expect(await report(['corpus/'], true)).toMatchObject({code: 2, stderr: expect.stringContaining('give `-o report.html`')})
    expect(await report(['--help'])).toMatchObject({code: 0, stdout: expect.stringContaining('whosaid report [options] <saved.json>')})
  })
})
