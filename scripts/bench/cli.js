// The whole CLI from outside, in one run, on generated news written to a temp folder:
// 1. `whosaid` (startup, reading, extraction, clustering, output) against retext-english
//    (parse-english) parsing the same paragraphs alone, in process: a ratio (target ≥ 0.5).
// 2. `--jobs 2` (two worker threads) against `--jobs 1` (one): speed-up (target ≥ 1.6× on 2 cores) and identical output (hash).
// 3. Peak RSS measured by the OS (getrusage ru_maxrss, what `/usr/bin/time -v` prints) of a
//    streaming NDJSON run over 50 MB against 5 MB (target: within 50 MiB).
// Sizes: BENCH_MB (default 4), BENCH_RSS_MB (default 50; the small run is a tenth).
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import {extractQuotes} from '../../dist/index.js'
import {newsWriter} from '../news.js'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const megabytes = Number(process.env.BENCH_MB ?? 4)
const rssMegabytes = Number(process.env.BENCH_RSS_MB ?? 50)

/** A folder of `.txt` articles adding up to `mb` megabytes; the texts too when `keep`. */
function writeNews(folder, mb, seed, keep = false) {
  mkdirSync(folder, {recursive: true})
  // The articles of scripts/bench/extract.js: the same writer, so the two benches read alike.
  const article = newsWriter(seed)
  let total = 0
  let count = 0
  const texts = []
  while (total < mb * 1e6) {
    const text = article(count)
    writeFileSync(join(folder, `${String(count).padStart(6, '0')}.txt`), text)
    if (keep) texts.push(text)
    total += Buffer.byteLength(text)
    count++
  }
  return {count, total, texts}
}

// Peak RSS of the whole process, threads included, from the kernel at exit.
const rssHook = `data:text/javascript,${encodeURIComponent("import {writeSync} from 'node:fs'; process.on('exit', () => writeSync(2, `\\nmaxrss ${process.resourceUsage().maxRSS}\\n`))")}`
// CPU seconds of each thread (main, workers, V8's helpers), from /proc, sampled until exit.
const threadHook = `data:text/javascript,${encodeURIComponent(`
  import {readdirSync, readFileSync, writeSync} from 'node:fs'
  const seen = new Map()
  const sample = () => { try { for (const id of readdirSync('/proc/self/task')) { try { const stat = readFileSync('/proc/self/task/' + id + '/stat', 'utf8'); const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); seen.set(id, (Number(fields[11]) + Number(fields[12])) / 100) } catch {} } } catch {} }
  setInterval(sample, 20).unref()
  process.on('exit', () => { sample(); writeSync(2, '\\nthreads ' + JSON.stringify([...seen])) + '\\n' })`)}`

function runCli(args, {keep = false, rss = false, threads = false} = {}) {
  const start = performance.now()
  const result = spawnSync(process.execPath, [...(rss ? ['--import', rssHook] : []), ...(threads ? ['--import', threadHook] : []), cli, ...args], {encoding: keep ? 'utf8' : 'buffer', maxBuffer: 2 ** 30, stdio: ['ignore', keep ? 'pipe' : 'ignore', 'pipe']})
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0) throw new Error(`whosaid ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`)
  const peak = rss ? Number(/maxrss (\d+)/.exec(String(result.stderr))?.[1]) * 1024 : undefined
  const cpu = threads ? JSON.parse(/threads (.*)/.exec(String(result.stderr))?.[1] ?? '[]').map(([, seconds]) => seconds) : undefined
  return {seconds, stdout: result.stdout, peak, cpu}
}

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16)
const percent = (share) => `${(share * 100).toFixed(0)} %`
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`

const root = mkdtempSync(join(tmpdir(), 'whosaid-bench-cli-'))
try {
  const news = join(root, 'news')
  const {count, total, texts} = writeNews(news, megabytes, 42, true)
  const mb = total / 1e6
  const paragraphs = texts.flatMap((text) => text.split(/\n{2,}/))

  // Interleaved and repeated, the fastest of each kept: on a shared machine a load spike then
  // slows one run, not one side of a ratio.
  const parser = new ParseEnglish()
  const cores = availableParallelism()
  // Without `--jobs`: one worker per core (src/cli/args.ts `defaultJobs`).
  const defaultJobs = cores
  const repeat = Number(process.env.BENCH_REPEAT ?? 3)
  let parseSeconds = Number.POSITIVE_INFINITY
  let extractSeconds = Number.POSITIVE_INFINITY
  let one
  let two
  let fallback
  const fastest = (best, run) => (best === undefined || run.seconds < best.seconds ? run : best)
  for (let round = 0; round < repeat; round++) {
    const parseStart = performance.now()
    for (const paragraph of paragraphs) parser.parse(paragraph)
    parseSeconds = Math.min(parseSeconds, (performance.now() - parseStart) / 1000)
    const extractStart = performance.now()
    for (const text of texts) extractQuotes(text)
    extractSeconds = Math.min(extractSeconds, (performance.now() - extractStart) / 1000)
    one = fastest(one, runCli(['-f', 'json', '--jobs', '1', news], {keep: true}))
    two = fastest(two, runCli(['-f', 'json', '--jobs', '2', news], {keep: true}))
    if (defaultJobs > 2) fallback = fastest(fallback, runCli(['-f', 'json', news]))
  }
  fallback ??= defaultJobs === 1 ? one : two

  console.log(`Input: ${count} generated articles, ${mb.toFixed(2)} MB, ${paragraphs.length} paragraphs; ${cores} cores; fastest of ${repeat} interleaved runs`)
  console.log(`retext-english parse alone, per paragraph  ${(mb / parseSeconds).toFixed(2)} MB/s`)
  console.log(`extractQuotes in process, warm            ${(mb / extractSeconds).toFixed(2)} MB/s  ratio ${(parseSeconds / extractSeconds).toFixed(2)}`)
  console.log(`whosaid CLI --jobs 1 (whole run)           ${(mb / one.seconds).toFixed(2)} MB/s  ratio ${(parseSeconds / one.seconds).toFixed(2)}; ${(extractSeconds / one.seconds).toFixed(2)} of extractQuotes in process`)
  console.log(`whosaid CLI default --jobs ${defaultJobs} (whole run)   ${(mb / fallback.seconds).toFixed(2)} MB/s  ratio ${(parseSeconds / fallback.seconds).toFixed(2)}  (target ≥ 0.5)`)
  console.log(`--jobs 2 against --jobs 1                  ${(one.seconds / two.seconds).toFixed(2)}× faster (target ≥ 1.6 on 2 cores); output ${hash(one.stdout)} vs ${hash(two.stdout)}: ${one.stdout === two.stdout ? 'identical' : 'DIFFERENT'}`)

  if (process.platform === 'linux') {
    // Thread ids in creation order: main first, then V8's helpers and the workers (the busiest).
    for (const jobs of ['1', '2']) {
      const {cpu, seconds} = runCli(['-f', 'json', '--jobs', jobs, news], {threads: true})
      const [main, ...others] = cpu
      const busiest = [...others].sort((a, b) => b - a)
      // `--jobs N`: N workers; the main thread lists, writes and clusters.
      const workers = busiest.slice(0, Number(jobs))
      const helpers = busiest.slice(workers.length).reduce((sum, value) => sum + value, 0)
      console.log(`CPU seconds, --jobs ${jobs}: main ${main.toFixed(2)}${workers.length > 0 ? `, workers ${workers.map((value) => value.toFixed(2)).join(' + ')}` : ''}, V8 helpers ${helpers.toFixed(2)}, in all ${cpu.reduce((sum, value) => sum + value, 0).toFixed(2)}; wall ${seconds.toFixed(2)} s (busy: main ${percent(main / seconds)}${workers.map((value) => `, worker ${percent(value / seconds)}`).join('')})`)
    }
  }

  const small = join(root, 'small')
  const large = join(root, 'large')
  writeNews(small, rssMegabytes / 10, 7)
  writeNews(large, rssMegabytes, 7)
  for (const flags of [['--no-cluster']]) {
    const a = runCli(['-f', 'ndjson', ...flags, small], {rss: true})
    const b = runCli(['-f', 'ndjson', ...flags, large], {rss: true})
    console.log(`peak RSS, NDJSON ${flags.join(' ')}: ${rssMegabytes / 10} MB ${mib(a.peak)}, ${rssMegabytes} MB ${mib(b.peak)}: +${mib(b.peak - a.peak)} (target within 50 MiB; ${(rssMegabytes / b.seconds).toFixed(2)} MB/s)`)
  }
} finally {
  rmSync(root, {recursive: true, force: true})
}
