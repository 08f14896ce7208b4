// Convert ../shared/seeds/gold.json (text + occurrence) into corpus/gold.json
// (exact offsets). Run: node scripts/convert-gold.js [path/to/seeds]
// The n-th occurrence counts places where the text stands whole between two
// quotation marks; a gold text that is not found that way is an error.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const seeds = process.argv[2] ?? new URL('../../shared/seeds', import.meta.url).pathname
const gold = JSON.parse(readFileSync(join(seeds, 'gold.json'), 'utf8'))
const marks = '“”‘’"\'«»'
const documents = {}
for (const [name, quotes] of Object.entries(gold.documents)) {
  const source = readFileSync(join(seeds, name), 'utf8')
  documents[name] = quotes.map((quote) => {
    const places = []
    for (let at = source.indexOf(quote.text); at !== -1; at = source.indexOf(quote.text, at + 1)) {
      if (marks.includes(source[at - 1]) && marks.includes(source[at + quote.text.length])) places.push(at)
    }
    const start = places[(quote.occurrence ?? 1) - 1]
    if (start === undefined) throw new Error(`${name}: “${quote.text}” (occurrence ${quote.occurrence ?? 1}) is not found between marks`)
    return {start, end: start + quote.text.length, text: quote.text, kind: quote.kind, speaker: quote.speaker, statement: quote.statement}
  })
}
const converted = {
  format: 'whosaid-gold',
  version: 1,
  about: gold.about,
  speakers: gold.speakers,
  documents,
  unscoredStatementPairs: gold.unscored_statement_pairs,
  notes: gold.notes
}
writeFileSync(new URL('../corpus/gold.json', import.meta.url), JSON.stringify(converted, null, 2) + '\n')
console.log(`converted ${Object.values(documents).flat().length} quotes in ${Object.keys(documents).length} documents`)
