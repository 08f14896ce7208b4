// npm run eval:wmt -- <folder>: cluster real translation variants and score them.
//
// The folder holds the WMT21 news test references (github.com/wmt-conference/wmt21-news-systems,
// `txt/references`): `newstest2021.<pair>.ref.A.en` and `.ref.B.en`, two independent human
// English translations of the same source sentences, line by line. For each language pair
// (de-en and cs-en by default; `--pairs de-en,cs-en`) every A and B sentence is pooled into one
// `clusterQuotes` run; two sentences belong together when they translate the same source
// sentence (the same line number). `--options=<JSON>` passes clustering options; `--incremental` adds the sentences one by one. Prints pairwise precision, recall and F1, and examples of
// false joins and misses. The texts are never copied into the repository.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ClusterIndex, clusterQuotes} from '../dist/index.js'

const args = process.argv.slice(2)
const folder = args.find((arg) => !arg.startsWith('--'))
const pairsArg = args.find((arg) => arg.startsWith('--pairs='))
const examples = Number(args.find((arg) => arg.startsWith('--examples='))?.slice(11) ?? 5)
const optionsArg = args.find((arg) => arg.startsWith('--options='))
// `--incremental`: one `add` per sentence instead of one `addAll` (the path of a stream).
const incremental = args.includes('--incremental')
// `--condition=orphans`: half the sentences keep one reference (a third of the wordings have no partner);
// `--condition=multi`: the references and three systems' translations (five wordings a statement), from
// `<folder>/../system-outputs/newstest2021.<pair>.hyp.<system>.en`. Both guard against fitting "every
// statement has exactly two wordings".
const condition = args.find((arg) => arg.startsWith('--condition='))?.slice(12) ?? 'pairs'
const systems = ['Online-A', 'Online-B', 'Facebook-AI']
if (!['pairs', 'orphans', 'multi'].includes(condition)) {
  console.error(`eval:wmt: unknown condition \`${condition}\`, expected \`pairs\`, \`orphans\` or \`multi\``)
  process.exit(2)
}
const options = optionsArg ? JSON.parse(optionsArg.slice(10)) : {}
const languagePairs = pairsArg ? pairsArg.slice(8).split(',') : ['de-en', 'cs-en']
if (!folder) {
  console.error('Usage: npm run eval:wmt -- <folder with newstest2021.<pair>.ref.{A,B}.en> [--pairs=de-en,cs-en] [--examples=5] [--options={"margin":0.08}] [--incremental] [--condition=pairs|orphans|multi]')
  process.exit(2)
}

const pct = (value) => (100 * value).toFixed(1)
let failed = false
for (const pair of languagePairs) {
  const files = ['A', 'B'].map((reference) => join(folder, `newstest2021.${pair}.ref.${reference}.en`))
  const absent = files.find((file) => !existsSync(file))
  if (absent) {
    console.error(`eval:wmt: no file \`${absent}\``)
    failed = true
    continue
  }
  const [a, b] = files.map((file) => readFileSync(file, 'utf8').split('\n'))
  const sets = [['A', a], ['B', b]]
  if (condition === 'multi') {
    for (const system of systems) sets.push([`${system}:`, readFileSync(join(folder, '..', 'system-outputs', `newstest2021.${pair}.hyp.${system}.en`), 'utf8').split('\n')])
  }
  const items = []
  for (const [reference, lines] of sets) {
    lines.forEach((text, line) => {
      if (condition === 'orphans' && reference === 'B' && line % 2 === 0) return
      if (text.trim()) items.push({id: `${reference}${line + 1}`, text, source: line})
    })
  }
  const start = performance.now()
  let clusters
  if (incremental) {
    const index = new ClusterIndex(options)
    for (const {id, text} of items) index.add({id, text})
    clusters = index.clusters()
  } else clusters = clusterQuotes(items.map(({id, text}) => ({id, text})), options)
  const seconds = (performance.now() - start) / 1000
  const byId = new Map(items.map((item) => [item.id, item]))
  const clusterOf = new Map()
  for (const cluster of clusters) for (const member of cluster.members) clusterOf.set(member.id, cluster.id)

  // Pairs joined, and pairs that should be: counted within clusters and within sources.
  let joined = 0
  let correct = 0
  const falseJoins = []
  for (const cluster of clusters) {
    const members = cluster.members.map((member) => byId.get(member.id))
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        joined++
        if (members[i].source === members[j].source) correct++
        else falseJoins.push([members[i], members[j]])
      }
    }
  }
  const bySource = new Map()
  for (const item of items) bySource.set(item.source, [...(bySource.get(item.source) ?? []), item])
  let expected = 0
  const misses = []
  for (const group of bySource.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        expected++
        if (clusterOf.get(group[i].id) !== clusterOf.get(group[j].id)) misses.push([group[i], group[j]])
      }
    }
  }
  const precision = joined ? correct / joined : 1
  const recall = expected ? correct / expected : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  console.log(`\n## ${pair}${condition === 'pairs' ? '' : ` (${condition})`}: ${items.length} sentences, ${clusters.length} clusters, ${seconds.toFixed(2)} s`)
  console.log(`pairwise P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  (${correct} of ${joined} joined pairs right, ${expected} expected)`)
  const show = ([x, y]) => `  ${x.id}: ${x.text.slice(0, 110)}\n  ${y.id}: ${y.text.slice(0, 110)}\n`
  console.log(`\nFalse joins (${falseJoins.length}), the first ${Math.min(examples, falseJoins.length)}:`)
  for (const example of falseJoins.slice(0, examples)) console.log(show(example))
  console.log(`Misses (${misses.length}), the first ${Math.min(examples, misses.length)}:`)
  for (const example of misses.slice(0, examples)) console.log(show(example))
}
process.exit(failed ? 1 : 0)
