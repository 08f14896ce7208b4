// Extraction throughput: the whole pipeline against retext-english parsing alone,
// on the same generated news text, in one run (a ratio, not an absolute time).
// Size: BENCH_MB (default 3).
import {ParseEnglish} from 'parse-english'
import {extractQuotes} from '../../dist/index.js'
import {first, last, random} from '../planted.js'

const megabytes = Number(process.env.BENCH_MB ?? 3)
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

// No forced collection between runs: a forced (memory-reducing) collection also throws away
// compiled code and type feedback, and the runs after it went twice as slow as in a real process.
function measure(work) {
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

