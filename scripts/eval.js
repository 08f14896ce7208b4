// npm run eval: score whosaid on corpus/ against corpus/gold.json.
import {readFileSync} from 'node:fs'
import {clusterQuotes, extractQuotes} from '../dist/index.js'
import {score} from '../dist/evaluation.js'

const corpus = new URL('../corpus/', import.meta.url)
const gold = JSON.parse(readFileSync(new URL('gold.json', corpus), 'utf8'))
const documents = Object.keys(gold.documents).map((id) => ({id, quotes: extractQuotes(readFileSync(new URL(id, corpus), 'utf8')).quotes}))
const items = documents.flatMap((document) =>
  document.quotes.filter((quote) => quote.kind !== 'mention').map((quote) => ({id: `${document.id} ${quote.id}`, text: quote.text, speaker: quote.speaker?.name ?? null, document: document.id}))
)
const clusterOf = new Map()
for (const cluster of clusterQuotes(items)) for (const member of cluster.members) clusterOf.set(member.id, cluster.id)
const report = score(
  gold,
  documents.map((document) => ({id: document.id, quotes: document.quotes, clusterOf: new Map(document.quotes.map((quote) => [quote.id, clusterOf.get(`${document.id} ${quote.id}`)]))}))
)

const pct = (value) => (100 * value).toFixed(1)
const line = (name, figures) => `${name.padEnd(22)} P ${pct(figures.precision)}  R ${pct(figures.recall)}  F1 ${pct(figures.f1)}`
console.log('Misses:')
for (const miss of report.misses) console.log('  ' + miss)
if (report.misses.length === 0) console.log('  none')
console.log('\nBy rule (matched non-mention quotes):')
for (const [rule, figures] of Object.entries(report.rules)) console.log(`  ${rule.padEnd(24)} ${figures.correct}/${figures.total}`)
console.log('')
console.log(line('Quote detection', report.detection))
console.log(`Attribution accuracy   ${pct(report.attribution.accuracy)} (${report.attribution.correct}/${report.attribution.total} matched quotes)`)
console.log(line('End to end', report.endToEnd))
console.log(`Mentions attributed    ${report.mentionsAttributed}`)
console.log(line('Clusters, pairwise', report.clusters.pairwise))
console.log(line('Clusters, B-cubed', report.clusters.bcubed))
