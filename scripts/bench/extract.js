// Extraction throughput: the whole pipeline (`extractQuotes`) against retext-english parsing
// alone, per paragraph, on the same generated news (scripts/news.js), in one run: a ratio, not
// an absolute time. Both are timed in CPU time of this process (what other processes on a busy
// machine take does not count), alternating every 50 articles, for BENCH_ROUNDS rounds
// (default 3); the best round of each counts. Then one more run under the CPU profiler
// says where the pipeline's time goes, stage by stage. Size: BENCH_MB (default 3).
import {Session} from 'node:inspector/promises'
import {ParseEnglish} from 'parse-english'
import {extractQuotes} from '../../dist/index.js'
import {newsWriter} from '../news.js'

const megabytes = Number(process.env.BENCH_MB ?? 3)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)

const article = newsWriter(42)
const documents = []
let total = 0
while (total < megabytes * 1e6) {
  const text = article(documents.length)
  documents.push(text)
  total += text.length
}
const paragraphs = documents.flatMap((text) => text.split(/\n\s*\n/))

// No forced collection between runs: a forced (memory-reducing) collection also throws away
// compiled code and type feedback, and the runs after it went twice as slow as in a real process.
const parser = new ParseEnglish()
let quotes = 0
let best = {parse: Infinity, pipeline: Infinity}
let peak = 0
const cpu = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}
const slice = 50
for (let round = 0; round < rounds; round++) {
  const spent = {parse: 0, pipeline: 0}
  quotes = 0
  for (let first = 0; first < documents.length; first += slice) {
    const some = documents.slice(first, first + slice)
    let start = cpu()
    for (const text of some) for (const paragraph of text.split(/\n\s*\n/)) parser.parse(paragraph)
    spent.parse += cpu() - start
    start = cpu()
    for (const text of some) quotes += extractQuotes(text).quotes.length
    spent.pipeline += cpu() - start
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  best.parse = Math.min(best.parse, spent.parse)
  best.pipeline = Math.min(best.pipeline, spent.pipeline)
}

const mb = total / 1e6
console.log(`Input: ${documents.length} generated articles, ${mb.toFixed(2)} MB, ${paragraphs.length} paragraphs, ${quotes} quotes; best of ${rounds} rounds`)
console.log(`retext-english parse alone  ${(mb / (best.parse / 1000)).toFixed(2)} MB/s of CPU time  (per paragraph)`)
console.log(`whosaid whole pipeline      ${(mb / (best.pipeline / 1000)).toFixed(2)} MB/s of CPU time  (peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB)`)
console.log(`ratio whosaid / parse       ${(best.parse / best.pipeline).toFixed(2)}  (target >= 0.6)`)

// Where the time goes: inclusive CPU time of each stage's function (names as in src/extract.ts).
const stages = [
  ['source (text, paragraphs, offset map)', ['loadDocument']],
  ['quote marks (scan)', ['scanQuotes']],
  ['sentences', ['splitSentences']],
  ['words (one tokenisation)', ['tokenizeDocument']],
  ['entities', ['buildEntities']],
  ['kinds and attribution', ['attributeQuotes']]
]
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 200})
await session.post('Profiler.start')
for (const text of documents) extractQuotes(text)
const {profile} = await session.post('Profiler.stop')
session.disconnect()

const parents = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node)
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const inclusive = new Map()
let sampled = 0
for (const [index, id] of profile.samples.entries()) {
  const time = profile.timeDeltas[index] ?? 0
  const seen = new Set()
  for (let node = byId.get(id); node; node = parents.get(node.id)) {
    const name = node.callFrame.functionName
    if (seen.has(name)) continue
    seen.add(name)
    inclusive.set(name, (inclusive.get(name) ?? 0) + time)
  }
  sampled += time
}
const whole = (inclusive.get('extractQuotes') ?? 0) + (inclusive.get('(garbage collector)') ?? 0)
const share = (time) => `${((100 * time) / whole).toFixed(1).padStart(5)} %`
console.log(`Stages (share of extraction plus garbage collection, sampled ${(sampled / 1e6).toFixed(2)} s):`)
let named = 0
for (const [label, names] of stages) {
  const time = names.reduce((sum, name) => sum + (inclusive.get(name) ?? 0), 0)
  named += time
  console.log(`  ${label.padEnd(40)} ${share(time)}`)
}
console.log(`  ${'output (offsets back to the source)'.padEnd(40)} ${share((inclusive.get('extractQuotes') ?? 0) - named)}`)
console.log(`  ${'garbage collection'.padEnd(40)} ${share(inclusive.get('(garbage collector)') ?? 0)}`)
