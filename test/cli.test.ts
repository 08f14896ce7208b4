import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const run = (args: string[], input?: string) => spawnSync('node', [cli, ...args], {cwd: root, input, encoding: 'utf8'})

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npx', ['tsup'], {cwd: root, stdio: 'ignore'})
})

describe('whosaid CLI', () => {
  it('prints the JSON contract for the corpus', () => {
    const result = run(['--format', 'json', 'corpus/'])
    expect(result.status).toBe(0)
    const output = JSON.parse(result.stdout)
    expect(output.documents).toHaveLength(5)
    for (const document of output.documents) {
      const source = readFileSync(join(root, document.id), 'utf8')
      for (const quote of document.quotes) {
        expect(Object.keys(quote)).toEqual(expect.arrayContaining(['id', 'text', 'start', 'end', 'kind', 'speaker', 'cue', 'rule', 'confidence']))
        expect(source.slice(quote.start, quote.end)).toBe(quote.text)
      }
    }
    const members = output.clusters.flatMap((cluster: {members: Array<{document: string; quote: string}>}) => cluster.members.map((member) => `${member.document} ${member.quote}`))
    const nonMentions = output.documents.flatMap((document: {id: string; quotes: Array<{id: string; kind: string}>}) =>
      document.quotes.filter((quote) => quote.kind !== 'mention').map((quote) => `${document.id} ${quote.id}`)
    )
    // Every non-mention quote is in exactly one cluster.
    expect([...members].sort()).toEqual([...nonMentions].sort())
    expect(output.clusters[0]).toMatchObject({id: expect.any(String), representative: {document: expect.any(String), quote: expect.any(String)}})
  })

  it('streams NDJSON: a line per document, then the clusters', () => {
    const lines = run(['--format', 'ndjson', 'corpus/001_6f37d382eab29e25.txt', 'corpus/004_7abe4b158b748808.txt']).stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(3)
    expect(lines[0].id).toBe('corpus/001_6f37d382eab29e25.txt')
    expect(lines[2].clusters.length).toBeGreaterThan(0)
  })

  it('prints text for people', () => {
    const result = run(['--format', 'text', 'corpus/001_6f37d382eab29e25.txt'])
    expect(result.stdout).toContain('→ Vladimir Putin')
    expect(result.stdout).toContain('Statements:')
  })

  it('reads standard input and NDJSON documents', () => {
    const fromStdin = JSON.parse(run(['--format', 'json', '-'], '“We won,” said Coach Dana Whitfield.').stdout)
    expect(fromStdin.documents[0].quotes[0].speaker.name).toBe('Dana Whitfield')
    const ndjson = '{"id":"a","text":"“We won,” said Coach Dana Whitfield."}\nnot json\n{"id":"b","text":"<p>“Fine,” she said.</p>","format":"html"}\n'
    const result = run(['--input', 'ndjson', '--format', 'json', '-'], ndjson)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/stdin:2: not valid JSON/)
    expect(JSON.parse(result.stdout).documents.map((document: {id: string}) => document.id)).toEqual(['a', 'b'])
  })

  it('reports a bad file, processes the rest, and exits 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'whosaid-'))
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3]))
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from([0x93, 0x48, 0x69, 0x94]))
    const result = run(['--format', 'json', join(folder, 'binary.txt'), join(folder, 'latin1.txt'), 'missing.txt', 'corpus/001_6f37d382eab29e25.txt'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/binary\.txt: looks like a binary file/)
    expect(result.stderr).toMatch(/latin1\.txt: is not valid UTF-8/)
    expect(result.stderr).toMatch(/missing\.txt: no such file/)
    expect(JSON.parse(result.stdout).documents).toHaveLength(1)
  })

  it('exits 2 on usage errors, and answers --help and --version', () => {
    expect(run(['--format', 'xml', 'corpus/']).status).toBe(2)
    expect(run(['--bogus']).stderr).toMatch(/Unknown option `--bogus`/)
    expect(run(['--help']).stdout).toMatch(/Usage:/)
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('clusters NDJSON quotes with `whosaid cluster`', () => {
    const input = [
      {id: '1', text: 'Energy prices will fall next winter because the new pipeline doubles our gas supply.', speaker: 'Jürgen Vogel'},
      {id: '2', text: 'Energy costs are going to drop next winter, since the new pipeline will double our supply of gas.', speaker: 'Juergen Vogel'},
      {id: '3', text: 'The court will set the sentence at a later hearing.'}
    ].map((item) => JSON.stringify(item)).join('\n')
    const result = run(['cluster', '--format', 'json', '-'], input + '\n{"text": 1}\n')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/stdin:4: expected an object/)
    const {clusters} = JSON.parse(result.stdout)
    expect(clusters.map((cluster: {members: string[]}) => cluster.members)).toEqual([['1', '2'], ['3']])
    // The options reach the index: at an overlap of 1 only the same words are one statement.
    const strict = JSON.parse(run(['cluster', '--format', 'json', '--threshold', '1', '--word-order=0', '-'], input).stdout)
    expect(strict.clusters).toHaveLength(3)
    expect(run(['cluster', '--word-order', '2', '-'], input).stderr).toMatch(/`--word-order` takes a number from 0 to 1/)
  })
})
