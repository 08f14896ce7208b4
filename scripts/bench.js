// npm run bench: throughput of the whole pipeline against retext-english
// parsing alone, on the same generated news text, and clustering time and
// quality on synthetic quotes with planted variants.
// Sizes: BENCH_MB (default 3), BENCH_QUOTES (default "10000,100000"; add 1000000 for the full target).
import {ParseEnglish} from 'parse-english'
import {ClusterIndex, extractQuotes} from '../dist/index.js'

const megabytes = Number(process.env.BENCH_MB ?? 3)
const sizes = (process.env.BENCH_QUOTES ?? '10000,100000').split(',').map(Number)

// Deterministic pseudo-random numbers (mulberry32).
function random(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const first = ['Ana', 'Daniel', 'Grace', 'Omar', 'Keiko', 'Lars', 'Nina', 'Pieter', 'Ruth', 'Tom', 'Maria', 'Jürgen']
const last = ['Costa', 'Park', 'Obi', 'Haddad', 'Tanaka', 'Holm', 'Petrova', 'Janssen', 'Okafor', 'Baines', 'Alvarez', 'Vogel']
const roles = ['Mayor', 'Minister', 'Judge', 'Coach', 'Senator', 'Ambassador']
const words = 'market council budget bridge school harbor court season league reform energy pipeline strike union winter price tax vote deal talks border police report plan city region water road team player ruling appeal law fund'.split(' ')

function article(next, index) {
  const people = Array.from({length: 3}, () => ({first: first[Math.floor(next() * first.length)], last: last[Math.floor(next() * last.length)], role: roles[Math.floor(next() * roles.length)]}))
  const sentence = () => Array.from({length: 8 + Math.floor(next() * 10)}, () => words[Math.floor(next() * words.length)]).join(' ')
  const paragraphs = [`${people[0].last} says ${sentence()}`]
  paragraphs.push(`${people[0].role} ${people[0].first} ${people[0].last} met ${people[1].first} ${people[1].last} on Monday to discuss the ${sentence()}.`)
  for (let p = 0; p < 10; p++) {
    const who = people[Math.floor(next() * people.length)]
    const shape = Math.floor(next() * 4)
    if (shape === 0) paragraphs.push(`“The ${sentence()},” ${who.last} said. “We ${sentence()}.”`)
    else if (shape === 1) paragraphs.push(`${who.last} told reporters: “${sentence()}.”`)
    else if (shape === 2) paragraphs.push(`The ${sentence()}, which ${who.last} called “${sentence()},” was approved.`)
    else paragraphs.push(`The ${sentence()} and the ${sentence()}. Officials said the ${sentence()} in article ${index}.`)
  }
  return paragraphs.join('\n\n')
}

const next = random(42)
const documents = []
let total = 0
while (total < megabytes * 1e6) {
  const text = article(next, documents.length)
  documents.push(text)
  total += text.length
}

function measure(work) {
  globalThis.gc?.()
  const start = performance.now()
  let peak = process.memoryUsage().rss
  work(() => (peak = Math.max(peak, process.memoryUsage().rss)))
  return {seconds: (performance.now() - start) / 1000, peak}
}

const parser = new ParseEnglish()
const parsing = measure(() => {
  for (const text of documents) parser.parse(text)
})
let quotes = 0
const pipeline = measure((sample) => {
  for (const [index, text] of documents.entries()) {
    quotes += extractQuotes(text).quotes.length
    if (index % 50 === 0) sample()
  }
})
const mb = total / 1e6
console.log(`Input: ${documents.length} generated articles, ${mb.toFixed(2)} MB, ${quotes} quotes`)
console.log(`retext-english parse alone  ${(mb / parsing.seconds).toFixed(2)} MB/s`)
console.log(`whosaid whole pipeline      ${(mb / pipeline.seconds).toFixed(2)} MB/s  (peak RSS ${(pipeline.peak / 2 ** 20).toFixed(0)} MiB)`)
console.log(`ratio whosaid / parse       ${(parsing.seconds / pipeline.seconds).toFixed(2)}`)

// Clustering: statements, each with planted variants (reworded translations) and fragments.
const vocabulary = Array.from({length: 200000}, (_, index) => `w${index.toString(36)}`)
function zipf(next) {
  return vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(next() * Math.log(vocabulary.length))) - 1)]
}
function plant(count, next) {
  const items = []
  let statement = 0
  while (items.length < count) {
    const base = Array.from({length: 12 + Math.floor(next() * 14)}, () => zipf(next))
    const speaker = `${first[statement % first.length]} ${last[Math.floor(statement / first.length) % last.length]} ${statement % 97}`
    const group = `s${statement++}`
    items.push({id: `${group}-0`, text: base.join(' '), speaker, group})
    const variants = Math.floor(next() * 3)
    for (let v = 1; v <= variants; v++) {
      // A second translation: about a quarter of the words changed, some reordered.
      const words = base.map((word) => (next() < 0.25 ? zipf(next) : word))
      if (next() < 0.5) words.reverse()
      items.push({id: `${group}-${v}`, text: words.join(' '), speaker, group})
    }
    if (next() < 0.3) {
      const start = Math.floor(next() * (base.length - 5))
      items.push({id: `${group}-f`, text: base.slice(start, start + 4).join(' '), speaker, group})
    }
  }
  return items.slice(0, count)
}

for (const size of sizes) {
  const items = plant(size, random(size))
  let clusters
  const run = measure((sample) => {
    const index = new ClusterIndex()
    index.addAll(items)
    sample()
    clusters = index.clusters()
    sample()
  })
  const groupOf = new Map(items.map((item) => [item.id, item.group]))
  const sizeOf = new Map()
  for (const item of items) sizeOf.set(item.group, (sizeOf.get(item.group) ?? 0) + 1)
  let planted = 0
  for (const count of sizeOf.values()) planted += (count * (count - 1)) / 2
  let found = 0
  let right = 0
  for (const cluster of clusters) {
    const ids = cluster.members.map((member) => member.id)
    found += (ids.length * (ids.length - 1)) / 2
    const byGroup = new Map()
    for (const id of ids) byGroup.set(groupOf.get(id), (byGroup.get(groupOf.get(id)) ?? 0) + 1)
    for (const count of byGroup.values()) right += (count * (count - 1)) / 2
  }
  console.log(
    `Clustering ${size.toLocaleString('en')} quotes: ${run.seconds.toFixed(2)} s, peak RSS ${(run.peak / 2 ** 20).toFixed(0)} MiB, ` +
      `planted pairs precision ${(100 * (found ? right / found : 0)).toFixed(1)} recall ${(100 * (planted ? right / planted : 0)).toFixed(1)}`
  )
}
