import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync} from 'node:fs'
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
  it('reads `.mdx` files as MDX: imports are not quotes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'whosaid-mdx-'))
    const file = join(folder, 'story.mdx')
    writeFileSync(file, 'import Chart from "./chart"\n\n“We won,” said Coach Dana Whitfield.\n')
    const result = run(['--format', 'json', '--no-cluster', file])
    expect(result.status).toBe(0)
    const [document] = JSON.parse(result.stdout).documents
    expect(document.quotes.map((quote: {text: string}) => quote.text)).toEqual(['We won,'])
    expect(run(['--input', 'mdx', '--format', 'json', '--no-cluster', file]).status).toBe(0)
  })

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
    const output = JSON.parse(result.stdout)
    expect(output.documents).toHaveLength(1)
    expect(output.errors.map((entry: {id: string}) => entry.id)).toEqual([join(folder, 'binary.txt'), join(folder, 'latin1.txt'), 'missing.txt'])
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

const corpusFile = 'corpus/001_6f37d382eab29e25.txt'
const temporary = () => mkdtempSync(join(tmpdir(), 'whosaid-cli-'))

describe('whosaid CLI arguments', () => {
  it('takes `-fjson`, `-f json`, `--format=json` and `--format json` alike', () => {
    const outputs = [['-fjson'], ['-f', 'json'], ['--format=json'], ['--format', 'json']].map((flags) => run([...flags, corpusFile]))
    for (const result of outputs) {
      expect(result.status).toBe(0)
      expect(result.stdout).toBe(outputs[0]!.stdout)
    }
    expect(JSON.parse(outputs[0]!.stdout).documents).toHaveLength(1)
  })

  it('rejects options that do not apply, naming them', () => {
    const cluster = run(['cluster', '--input', 'ndjson', '-'], '')
    expect(cluster.status).toBe(2)
    expect(cluster.stderr).toMatch(/Option `--input` does not apply to `whosaid cluster`/)
    expect(run(['cluster', '--jobs', '2', '-'], '').stderr).toMatch(/`--jobs` does not apply/)
    const noCluster = run(['--no-cluster', '--threshold', '0.5', corpusFile])
    expect(noCluster.status).toBe(2)
    expect(noCluster.stderr).toMatch(/`--threshold` does not apply with `--no-cluster`/)
    expect(run(['--quiet=yes', corpusFile]).stderr).toMatch(/`--quiet` takes no value/)
    expect(run(['--jobs', '0', corpusFile]).stderr).toMatch(/`--jobs` takes a whole number/)
    expect(run(['--max-size', 'lots', corpusFile]).stderr).toMatch(/`--max-size` takes a size/)
  })

  it('passes `--threshold` and `--word-order` to the clustering of the main command', () => {
    const count = (flags: string[]) => JSON.parse(run(['-fjson', ...flags, 'corpus/']).stdout).clusters.length
    const loose = count([])
    const strict = count(['--threshold', '1', '--word-order', '0'])
    expect(strict).toBeGreaterThan(loose)
    expect(count(['--word-order=1'])).not.toBe(count(['--word-order=0']))
    expect(count(['--margin=1'])).toBeGreaterThan(loose)
  })

  it('passes `--no-synonyms` to clustering: a court that turned down is then no tribunal that rejected', () => {
    const input = '{"id":"a","text":"The tribunal rejected the appeal of the fishermen."}\n{"id":"b","text":"The court turned down the appeal by the fishermen."}\n'
    const members = (flags: string[]) => JSON.parse(run(['cluster', '-fjson', ...flags, '-'], input).stdout).clusters.map((cluster: {members: string[]}) => cluster.members)
    expect(members([])).toEqual([['a', 'b']])
    expect(members(['--no-synonyms'])).toEqual([['a'], ['b']])
    expect(run(['--no-cluster', '--no-synonyms', 'corpus/']).status).toBe(2)
  })

  // Two translations of a sentence left alone (`a`, `b`), and a second pair that joins (`c`, `d`),
  // among filler wordings whose ids start with `f`.
  const leftoverPair = [
    '{"id":"a","text":"Police also did not find any signs of burglary in the cathedral yesterday."}',
    '{"id":"b","text":"At the same time, however, the police haven’t found any signs of forced entry in the church."}',
    '{"id":"c","text":"The cathedral was closed yesterday for repairs to its old tower and its organ."}',
    '{"id":"d","text":"Yesterday the cathedral was closed for repairs to the old tower and the organ."}'
  ]
  const filler = (count: number) => Array.from({length: count}, (_, at) => `Filler${at} alpha${at} beta${at} gamma${at} delta${at}`)
  const clusteredApartFromFiller = (input: string, flags: string[]) =>
    JSON.parse(run(['cluster', '-fjson', ...flags, '-'], input).stdout)
      .clusters.map((cluster: {members: string[]}) => cluster.members)
      .filter((ids: string[]) => !ids[0]!.startsWith('f'))

  it('passes `--pair-leftovers` to clustering: two translations left alone, each other’s best, join', () => {
    const lines = filler(2000).map((text, at) => JSON.stringify({id: `f${at}`, text}))
    const input = [...leftoverPair, ...lines].join('\n') + '\n'
    expect(clusteredApartFromFiller(input, [])).toEqual([['a'], ['b'], ['c', 'd']])
    expect(clusteredApartFromFiller(input, ['--pair-leftovers'])).toEqual([['a', 'b'], ['c', 'd']])
    expect(run(['--no-cluster', '--pair-leftovers', 'corpus/']).status).toBe(2)
  })

  it('passes `--no-pair-leftovers` to clustering: where most wordings have a partner, leftovers then stay apart', () => {
    // Each filler twice, a word apart: the batch looks like two translations of one text, so by
    // default the two wordings left alone join.
    const lines = filler(1000).flatMap((text, at) => [JSON.stringify({id: `f${at}`, text}), JSON.stringify({id: `f${at}-copy`, text: text.replace('alpha', 'omega')})])
    const input = [...leftoverPair, ...lines].join('\n') + '\n'
    expect(clusteredApartFromFiller(input, [])).toEqual([['a', 'b'], ['c', 'd']])
    expect(clusteredApartFromFiller(input, ['--no-pair-leftovers'])).toEqual([['a'], ['b'], ['c', 'd']])
    expect(run(['cluster', '--pair-leftovers', '--no-pair-leftovers', '-'], input).status).toBe(2)
    expect(run(['--no-cluster', '--no-pair-leftovers', 'corpus/']).status).toBe(2)
  })
})

describe('whosaid CLI inputs', () => {
  it('reads folders recursively, expands globs, and warns when an input gives nothing', () => {
    const folder = temporary()
    mkdirSync(join(folder, 'sub/deeper'), {recursive: true})
    mkdirSync(join(folder, 'empty'))
    mkdirSync(join(folder, '.hidden'))
    const text = readFileSync(join(root, corpusFile))
    writeFileSync(join(folder, 'a.txt'), text)
    writeFileSync(join(folder, 'sub/b.md'), text)
    writeFileSync(join(folder, 'sub/deeper/c.html'), `<p>${text}</p>`)
    writeFileSync(join(folder, 'sub/notes.csv'), 'x')
    writeFileSync(join(folder, '.hidden/d.txt'), text)
    const ids = (args: string[]) => JSON.parse(run(['-fjson', '--no-cluster', ...args]).stdout).documents.map((document: {id: string}) => document.id.slice(folder.length + 1))
    expect(ids([folder])).toEqual(['a.txt', 'sub/b.md', 'sub/deeper/c.html'])
    expect(ids([join(folder, '**/*.{md,html}')])).toEqual(['sub/b.md', 'sub/deeper/c.html'])
    expect(ids([join(folder, '*.txt')])).toEqual(['a.txt'])
    const empty = run(['-fjson', join(folder, 'empty'), join(folder, '*.pdf')])
    expect(empty.status).toBe(0)
    expect(empty.stderr).toMatch(/empty: warning: no \.txt, .* files in this folder/)
    expect(empty.stderr).toMatch(/\*\.pdf: warning: no files match this pattern/)
  })

  it('reports an oversized document, keeps the others intact, and exits 1', () => {
    const folder = temporary()
    const big = join(folder, 'big.txt')
    writeFileSync(big, '“Too long,” she said. '.repeat(400))
    const result = run(['-fjson', '--max-size', '5k', big, corpusFile])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`whosaid: ${big}: too large (`)
    const output = JSON.parse(result.stdout)
    const alone = JSON.parse(run(['-fjson', corpusFile]).stdout)
    expect(output.documents).toEqual(alone.documents)
    expect(output.errors).toEqual([{id: big, error: expect.stringMatching(/too large/)}])
    // The default limit: a 200 MB file is refused from its size, before it is read.
    const huge = join(folder, 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 200 * 2 ** 20)
    const ndjson = run(['-f', 'ndjson', huge, corpusFile])
    expect(ndjson.status).toBe(1)
    const lines = ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines[0]).toEqual({id: huge, error: expect.stringMatching(/too large \(209715200 bytes/)})
    expect(lines[1].id).toBe(corpusFile)
    expect(lines[2].clusters.length).toBeGreaterThan(0)
  })
})

describe('whosaid CLI output', () => {
  const warning = 'Line one.\nHe said ” and left. “We won,” said Coach Dana Whitfield.\n\n“Open and never closed\n\nNext.'

  it('gives warnings in `messages` and on stderr with line and column, unless --quiet', () => {
    const json = run(['-fjson', '-'], warning)
    expect(json.status).toBe(0)
    const [document] = JSON.parse(json.stdout).documents
    expect(document.messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['stray-mark', 'unclosed-mark'])
    expect(json.stderr).toContain('whosaid: stdin:2:9: warning: Stray quotation mark `”` between spaces: ignored [stray-mark]')
    expect(json.stderr).toContain('whosaid: stdin:4:1: warning: Unclosed quotation mark')
    const line = JSON.parse(run(['-f', 'ndjson', '--no-cluster', '-'], warning).stdout)
    expect(Object.keys(line)).toEqual(['id', 'quotes', 'entities', 'messages'])
    expect(line.entities[0].name).toBe('Dana Whitfield')
    expect(line.messages).toHaveLength(2)
    const quiet = run(['-fjson', '--quiet', '-'], warning)
    expect(quiet.stderr).toBe('')
    expect(quiet.stdout).toBe(json.stdout)
  })

  it('prints no `clusters` key with --no-cluster and no progress line when stderr is not a terminal', () => {
    const json = run(['-fjson', '--no-cluster', corpusFile])
    expect(json.stderr).toBe('')
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['documents'])
    const ndjson = run(['-f', 'ndjson', '--no-cluster', corpusFile, 'corpus/004_7abe4b158b748808.txt']).stdout.trim().split('\n')
    expect(ndjson).toHaveLength(2)
    expect(ndjson.some((line) => line.includes('"clusters"'))).toBe(false)
  })

  it('writes to --output instead of standard output, and names a path it cannot write', () => {
    const folder = temporary()
    const file = join(folder, 'out.json')
    const result = run(['-fjson', '--output', file, corpusFile])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    expect(readFileSync(file, 'utf8')).toBe(run(['-fjson', corpusFile]).stdout)
    const bad = run(['-fjson', '-o', join(folder, 'missing/out.json'), corpusFile])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/missing\/out\.json: no such folder/)
  })

  it('stops quietly when the reader goes away (`| head -1`)', () => {
    const folder = temporary()
    const text = readFileSync(join(root, corpusFile))
    for (let index = 0; index < 150; index++) writeFileSync(join(folder, `${String(index).padStart(3, '0')}.txt`), text)
    for (const jobs of ['1', '2']) {
      const result = spawnSync('bash', ['-c', `node ${cli} -f ndjson -j ${jobs} ${folder} | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {encoding: 'utf8'})
      expect(result.stdout.split('\n')).toHaveLength(2)
      expect(JSON.parse(result.stdout).id).toBe(join(folder, '000.txt'))
      expect(result.stderr).toBe('status 0\n')
    }
  })

  it('gives the same output with worker threads as in one thread', () => {
    const one = run(['-fjson', '--jobs', '1', 'corpus/'])
    const two = run(['-fjson', '--jobs=2', 'corpus/'])
    const three = run(['-f', 'ndjson', '-j3', 'corpus/', corpusFile])
    expect(one.status).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(three.stdout.trim().split('\n').slice(0, 5).map((line) => JSON.parse(line))).toEqual(JSON.parse(one.stdout).documents)
  })

  it('loads the HTML and Markdown parsers only for documents of their format, in the workers and for one document in the main thread', () => {
    const folder = mkdtempSync(join(tmpdir(), 'whosaid-lazy-'))
    const text = readFileSync(join(root, corpusFile), 'utf8')
    for (let index = 0; index < 4; index++) writeFileSync(join(folder, `${index}.txt`), text)
    const log = join(folder, 'modules.log')
    // Every module resolved, in every thread, written to `log` (module hooks reach the worker threads too).
    const hooks = `data:text/javascript,${encodeURIComponent(`import {appendFileSync} from 'node:fs'; export async function resolve(specifier, context, next) { const result = await next(specifier, context); appendFileSync(${JSON.stringify(log)}, result.url + '\\n'); return result }`)}`
    const register = `data:text/javascript,${encodeURIComponent(`import {register} from 'node:module'; register(${JSON.stringify(hooks)})`)}`
    const parsers = () => readFileSync(log, 'utf8').split('\n').filter((url) => /\/(?:parse5|micromark[^/]*|mdast-util-from-markdown)\//.test(url))
    for (const jobs of ['1', '2']) {
      writeFileSync(log, '')
      const plain = spawnSync('node', ['--import', register, cli, '-j', jobs, '-f', 'ndjson', '--no-cluster', folder], {encoding: 'utf8'})
      expect(plain.status).toBe(0)
      // Two documents or more: the workers extract, with `--jobs 1` too.
      expect(readFileSync(log, 'utf8')).toMatch(/\/worker-[\w-]+\.js/)
      expect(parsers()).toEqual([])
    }
    // One document: extracted in the main thread, no worker started.
    writeFileSync(log, '')
    const alone = spawnSync('node', ['--import', register, cli, '-f', 'ndjson', '--no-cluster', join(folder, '0.txt')], {encoding: 'utf8'})
    expect(alone.status).toBe(0)
    expect(readFileSync(log, 'utf8')).not.toMatch(/\/worker-[\w-]+\.js/)
    expect(parsers()).toEqual([])
    writeFileSync(join(folder, '2.md'), `# Title\n\n${text}`)
    writeFileSync(log, '')
    const mixed = spawnSync('node', ['--import', register, cli, '-j', '2', '-f', 'ndjson', '--no-cluster', folder], {encoding: 'utf8'})
    expect(mixed.status).toBe(0)
    expect(parsers().length).toBeGreaterThan(0)
    expect(mixed.stdout.trim().split('\n')).toHaveLength(5)
  })

  it('escapes control characters in what reaches a terminal, and calls a binary file binary', () => {
    const evil = '{"id":"\\u001b[2Jevil","text":"“Hi there, friend,” said Ann Lee.","format":"pdf"}\n{"id":"\\u001b]0;x\\u0007","text":"“Hi there, friend,” said Ann Lee."}\n'
    const result = run(['--input', 'ndjson', '-f', 'text', '-'], evil)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('whosaid: \\x1b[2Jevil: unknown format `pdf`')
    expect(result.stdout).toContain('\\x1b]0;x\\x07 — 1 quote')
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    const folder = temporary()
    const bytes = Buffer.alloc(4000)
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919) % 256
    writeFileSync(join(folder, 'binary.ndjson'), bytes)
    const binary = run(['cluster', '-fjson', join(folder, 'binary.ndjson')])
    expect(binary.status).toBe(1)
    expect(binary.stderr).toMatch(/binary\.ndjson: looks like a binary file/)
    expect(binary.stderr.length).toBeLessThan(200)
    expect(binary.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })
})
