// Each soft signal of the clustering scorer, taken away one at a time: pairwise F1 (P / R) on corpus/
// (gold statements), the translation fixtures of test/cluster.test.ts, the freer translations of
// scripts/similarity-sets.js and, with a folder of WMT21 references as argument, the pooled de-en and
// cs-en references. `node scripts/signals.js [folder] [--options=<JSON>]` after `npx tsup`; the options
// (`{"pairLeftovers": true}`) are added to every variant.
import {clusterQuotes} from '../dist/index.js'
import {pairwise, pct, sets, wmtReferences} from './similarity-sets.js'

const optionsArg = process.argv.find((arg) => arg.startsWith('--options='))
const base = optionsArg ? JSON.parse(optionsArg.slice('--options='.length)) : {}
const variants = [
  ['defaults', {}],
  ['no spellings', {spellings: false}],
  ['no synonyms', {synonyms: false}],
  ['no derivations', {derivations: false}],
  ['none', {spellings: false, synonyms: false, derivations: false}]
]
const all = [...sets]
const folder = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
if (folder) for (const pair of ['de-en', 'cs-en']) all.push([`WMT21 ${pair}`, ...wmtReferences(folder, pair)])
console.log('set'.padEnd(22), ...variants.map(([name]) => name.padEnd(26)))
for (const [name, items, gold] of all) {
  const figures = variants.map(([, options]) => pairwise(clusterQuotes(items, {...base, ...options}), gold))
  console.log(name.padEnd(22), ...figures.map((f) => `${pct(f.f1)} (${pct(f.precision)} / ${pct(f.recall)})`.padEnd(26)))
}
