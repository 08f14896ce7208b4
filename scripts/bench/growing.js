// Growing document: one realistic document (scripts/news.js articles run together, as in a live
// blog or a day's wire feed: new speakers all along, pronouns, quotes) grown from 0.5 to 8 MB.
// Prints the CPU time per MB at each size (flat within ±25 % is linear; warmed up first, best of
// the runs that fit in BENCH_SPEND seconds, default 2) and the functions that took the most time
// by themselves (from the CPU profiler, in one more run), to show what grows.
// Sizes: BENCH_SIZES (default "0.5 1 2 4 8", in MB).
import {Session} from 'node:inspector/promises'
import {extractQuotes} from '../../dist/index.js'
import {newsWriter} from '../news.js'

const sizes = (process.env.BENCH_SIZES ?? '0.5 1 2 4 8').split(/\s+/).filter(Boolean).map(Number)
const article = newsWriter(7)
const articles = []
let length = 0
while (length < Math.max(...sizes) * 1e6) {
  const text = article(articles.length)
  articles.push(text)
  length += text.length + 2
}
const documentOf = (megabytes) => {
  let size = 0
  let count = 0
  while (count < articles.length && size < megabytes * 1e6) size += articles[count++].length + 2
  return articles.slice(0, count).join('\n\n')
}

const cpu = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1e6
}

// Warm up twice on the first size: the first run of a process pays for compiling and optimising
// the code (the first 0.5 MB ran at 1.7 s/MB, then the same document at 0.6), which is not a
// cost of its size.
// Sizes past the default `maxSize` (10,000,000 characters) are measured too.
const unlimited = {maxSize: Number.POSITIVE_INFINITY}
const warmUp = documentOf(sizes[0])
extractQuotes(warmUp, unlimited)
extractQuotes(warmUp, unlimited)
// Each size runs until `spend` seconds of CPU are spent (once at least); the fastest run counts, as
// the machine's other load only ever adds time.
const spend = Number(process.env.BENCH_SPEND ?? 2)

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 1000})

const rows = []
for (const megabytes of sizes) {
  const text = documentOf(megabytes)
  let seconds = Number.POSITIVE_INFINITY
  for (let spent = 0; spent < spend; ) {
    const start = cpu()
    extractQuotes(text, unlimited)
    const run = cpu() - start
    seconds = Math.min(seconds, run)
    spent += run
  }
  // One more run under the profiler, for the functions column only.
  await session.post('Profiler.start')
  const {quotes, entities} = extractQuotes(text, unlimited)
  const {profile} = await session.post('Profiler.stop')
  const perMb = seconds / (text.length / 1e6)
  rows.push(perMb)
  const speakers = new Set(quotes.map((quote) => quote.speaker?.name).filter(Boolean)).size
  console.log(
    `${(text.length / 1e6).toFixed(2).padStart(5)} MB  ${seconds.toFixed(2).padStart(6)} s  ${perMb.toFixed(2).padStart(5)} s/MB  ` +
      `${quotes.length} quotes, ${entities.length} entities, ${speakers} speakers;  most self time: ${topFunctions(profile, 3)}`
  )
}
session.disconnect()
const low = Math.min(...rows)
const high = Math.max(...rows)
const middle = (low + high) / 2
console.log(`time per MB from ${low.toFixed(2)} to ${high.toFixed(2)} s: ±${((100 * (high - middle)) / middle).toFixed(0)} % (target: within ±25 %)`)

/** The functions with the most self time in a profile, with their shares. */
function topFunctions(profile, count) {
  const self = new Map()
  let total = 0
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  for (const [index, id] of profile.samples.entries()) {
    const time = profile.timeDeltas[index] ?? 0
    const name = byId.get(id).callFrame.functionName || '(anonymous)'
    self.set(name, (self.get(name) ?? 0) + time)
    total += time
  }
  return [...self]
    .filter(([name]) => name !== '(idle)' && name !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => `${name} ${((100 * time) / total).toFixed(0)} %`)
    .join(', ')
}
