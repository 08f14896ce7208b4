// Attribution in one long document: time per MB from 0.5 to 8 MB (BENCH_ATTRIBUTION_MB) of
// realistic news prose with many people (a new one every few paragraphs, so the number of
// distinct people grows with the text), titles, pronouns of both genders, descriptions,
// captions, split quotes and quotes with no cue. Linear time shows as a flat time per MB.
import {extractQuotes} from '../../dist/index.js'
import {random} from '../planted.js'

const sizes = (process.env.BENCH_ATTRIBUTION_MB ?? '0.5,1,2,4,8').split(',').map(Number)
const women = ['Ana', 'Grace', 'Keiko', 'Nina', 'Ruth', 'Maria', 'Priya', 'Amara', 'Elena', 'Sofia', 'Hana', 'Lena']
const men = ['Daniel', 'Omar', 'Lars', 'Pieter', 'Tom', 'Ken', 'Ivan', 'Raj', 'Leo', 'Marco', 'Samuel', 'Ahmed']
const syllables = ['ka', 'lo', 'mi', 'ra', 'sen', 'dor', 'vi', 'tan', 'bel', 'gor', 'nu', 'pe', 'zar', 'ol', 'fin']
const titles = ['Senator', 'Mayor', 'Councilwoman', 'Police Chief', 'Minister', 'Judge', 'Governor', 'Dr.']
const roles = ['an economist at the central bank', 'a teacher who fled with her children', 'the director of the institute', 'a spokesman for the ministry']
const words = 'the plan will cost more than we were told and nobody in this city should pay for the mistakes of others who never listened'.split(' ')

function prose(next, bytes) {
  const parts = []
  let length = 0
  let person = 0
  const say = (count) => {
    const start = Math.floor(next() * (words.length - count))
    const text = words.slice(start, start + count).join(' ')
    return text[0].toUpperCase() + text.slice(1)
  }
  while (length < bytes) {
    const female = next() < 0.5
    const firstName = (female ? women : men)[Math.floor(next() * 12)]
    const surname = Array.from({length: 2 + Math.floor(next() * 2)}, () => syllables[Math.floor(next() * syllables.length)]).join('')
    const last = surname[0].toUpperCase() + surname.slice(1) + (person++ % 97)
    const title = titles[Math.floor(next() * titles.length)]
    const pronoun = female ? 'she' : 'he'
    const paragraphs = [
      `${title} ${firstName} ${last} spoke to reporters on Monday. “${say(9)},” ${last} said. “${say(7)}.”`,
      `${firstName} ${last}, ${roles[Math.floor(next() * roles.length)]}, agreed with the decision. “${say(8)},” ${pronoun} said, “${say(6)}.”`,
      `Protesters gather outside city hall (AP Photo/${men[Math.floor(next() * 12)]} ${last}x)`,
      `The council called the plan “${say(3)}” and voted again. ${last} was blunt: “${say(10)}.”`,
      `“${say(9)}?” ${pronoun} asked. The minister told the crowd: “${say(7)}!”`
    ]
    for (const paragraph of paragraphs) {
      parts.push(paragraph)
      length += paragraph.length + 2
    }
  }
  return parts.join('\n\n')
}

const text = prose(random(7), Math.max(...sizes) * 1e6)
let first
for (const size of sizes) {
  const slice = text.slice(0, text.lastIndexOf('\n\n', size * 1e6))
  const start = performance.now()
  const {quotes, entities} = extractQuotes(slice, {maxSize: Number.POSITIVE_INFINITY})
  const seconds = (performance.now() - start) / 1000
  const perMb = seconds / (slice.length / 1e6)
  first ??= perMb
  console.log(`${String(size).padStart(4)} MB  ${seconds.toFixed(2).padStart(6)} s  ${perMb.toFixed(2)} s/MB (${(perMb / first).toFixed(2)}× the first)  ${quotes.length} quotes, ${entities.length} entities`)
}
