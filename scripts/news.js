// Generated news for the extraction benchmarks: articles that read like wire copy, with many
// people (new ones in every article, a few who recur), titles and roles, pronouns, bodies that
// speak ("it said"), full, split and partial quotes, scare quotes, abbreviations and paragraphs
// without quotes. Deterministic for a seed.
import {random} from './planted.js'

const male = ['Daniel', 'Omar', 'Lars', 'Pieter', 'Tom', 'Jürgen', 'Michael', 'David', 'Ahmed', 'Carlos', 'Hiroshi', 'Ivan', 'Samuel', 'Peter', 'Luis', 'Marco']
const female = ['Ana', 'Grace', 'Keiko', 'Nina', 'Ruth', 'Maria', 'Sarah', 'Elena', 'Fatima', 'Laura', 'Ingrid', 'Priya', 'Julia', 'Helen', 'Sofia', 'Amina']
const syllables = ['var', 'ko', 'nen', 'bel', 'is', 'to', 'mar', 'dov', 'ren', 'sta', 'lin', 'gor', 'ha', 'vet', 'ost', 'pal', 'mi', 'rez', 'an', 'del', 'ku', 'sen', 'tor', 'bri']
const roles = ['Mayor', 'Minister', 'Judge', 'Coach', 'Senator', 'Ambassador', 'President', 'Governor']
const lowerRoles = ['spokesman', 'spokeswoman', 'lawyer', 'director', 'senior official', 'adviser', 'researcher', 'negotiator']
const bodies = ['the Finance Ministry', 'the city council', 'the Port Authority', 'the Transport Union', 'the Central Bank', 'the Energy Agency']
const places = ['Riga', 'Lagos', 'Osaka', 'Lyon', 'Quito', 'Perth', 'Tartu', 'Leeds']
const nouns = ['budget', 'bridge', 'school', 'harbor', 'court', 'season', 'league', 'reform', 'pipeline', 'strike', 'winter', 'price', 'vote', 'deal', 'border', 'report', 'plan', 'region', 'road', 'ruling', 'appeal', 'fund', 'contract', 'election', 'market', 'hospital', 'project', 'inquiry']
const verbs = ['delay', 'raise', 'block', 'support', 'review', 'reject', 'approve', 'change', 'protect', 'expand', 'close', 'fund']
const adjectives = ['new', 'long', 'difficult', 'fair', 'final', 'public', 'local', 'serious', 'early', 'open', 'late', 'major']
const openers = ['We will', 'Nobody wants to', 'I do not think we can', 'They have tried to', 'It is time to', 'Our members will not', 'You cannot simply', 'We have no plans to']
const title = (word) => word[0].toUpperCase() + word.slice(1)
const past = (verb) => (verb.endsWith('e') ? `${verb}d` : `${verb}ed`)
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

export function newsWriter(seed = 42) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const surname = () => {
    const name = Array.from({length: 2 + Math.floor(next() * 2)}, () => pick(syllables)).join('')
    return name[0].toUpperCase() + name.slice(1)
  }
  const person = () => {
    const isFemale = next() < 0.5
    return {first: pick(isFemale ? female : male), last: surname(), role: pick(roles), lower: pick(lowerRoles), body: pick(bodies), subject: isFemale ? 'she' : 'he', object: isFemale ? 'her' : 'his'}
  }
  const recurring = Array.from({length: 6}, person)
  const clause = () => `the ${pick(adjectives)} ${pick(nouns)} would ${pick(verbs)} the ${pick(nouns)} in ${pick(places)}`
  const sentence = () => `${pick(openers)} ${pick(verbs)} the ${pick(adjectives)} ${pick(nouns)} before the ${pick(nouns)} is ${past(pick(verbs))}`

  /** One article: a headline, a lead and a dozen paragraphs about three to five people. */
  return function article(index) {
    const cast = [...Array.from({length: 3 + Math.floor(next() * 3)}, person), pick(recurring)]
    const [lead, second] = cast
    const paragraphs = [`${lead.last} Says ${title(pick(nouns))} Plan Will ${title(pick(verbs))} Jobs`]
    paragraphs.push(`${lead.role} ${lead.first} ${lead.last} said on ${pick(days)} that ${clause()}, a step ${second.first} ${second.last} of ${second.body} called “${pick(adjectives)} and ${pick(adjectives)}.”`)
    for (let count = 0; count < 12; count++) {
      const who = pick(cast)
      const shape = Math.floor(next() * 10)
      if (shape === 0) paragraphs.push(`“${sentence()}. ${sentence()},” ${who.last} said. “${sentence()}?”`)
      else if (shape === 1) paragraphs.push(`“${sentence()},” ${who.subject} said, “${sentence()}.”`)
      else if (shape === 2) paragraphs.push(`${title(who.subject)} told reporters in ${pick(places)}: “${sentence()}.”`)
      else if (shape === 3) paragraphs.push(`${title(who.body)} said in a statement that ${clause()}. “${sentence()},” it added.`)
      else if (shape === 4) paragraphs.push(`“${sentence()},” said ${who.first} ${who.last}, a ${who.lower} at ${who.body}.`)
      else if (shape === 5) paragraphs.push(`“${sentence()},” the ${who.role.toLowerCase()} said after meeting Mr. ${pick(cast).last} on Jan. ${1 + (index % 28)}.`)
      else if (shape === 6) paragraphs.push(`The so-called “${title(pick(adjectives))} ${title(pick(nouns))}” plan, which ${who.last} described as “${pick(adjectives)},” was ${past(pick(verbs))} by ${pick(bodies)}.`)
      else if (shape === 7) paragraphs.push(`${who.first} ${who.last}, the ${who.lower}, said ${clause()} and that ${who.subject} expected ${who.object} ${pick(nouns)} to ${pick(verbs)} the ${pick(nouns)}.`)
      else paragraphs.push(`The ${pick(nouns)} has been ${past(pick(verbs))} twice since 2019, according to figures from ${pick(bodies)}. Officials in ${pick(places)} expect ${clause()} by the end of the year, and the U.S. ${pick(nouns)} is ${pick(adjectives)}.`)
    }
    return paragraphs.join('\n\n')
  }
}
