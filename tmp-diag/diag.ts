import {readFileSync} from 'node:fs'
import {ClusterIndex} from '../src/cluster/cluster.js'
import {Wordings} from '../src/cluster/wordings.js'
import {Scorer} from '../src/cluster/scorer.js'
import {Synonyms} from '../src/cluster/synonyms.js'
import {Spellings} from '../src/cluster/spellings.js'
import {CandidateSearch} from '../src/cluster/search.js'

const pair = process.argv[2] ?? 'cs-en'
const opts = JSON.parse(process.argv[3] ?? '{}')
const dir = '/work/data/wmt21/txt/references'
const [a, b] = ['A', 'B'].map((r) => readFileSync(`${dir}/newstest2021.${pair}.ref.${r}.en`, 'utf8').split('\n'))
const items: {id: string; text: string; source: number}[] = []
for (const [r, lines] of [['A', a], ['B', b]] as const) lines.forEach((text, line) => { if (text.trim()) items.push({id: `${r}${line + 1}`, text, source: line}) })
const index = new ClusterIndex(opts)
index.addAll(items.map(({id, text}) => ({id, text})))
const saved = index.toJSON()
const clusterOf = new Map<number, number>()
saved.clusters.forEach((c, k) => c.members.forEach((m) => clusterOf.set(m, k)))
const w = new Wordings()
for (const it of items) w.add({id: it.id, text: it.text})
const search = new CandidateSearch(w, 32)
search.indexUpTo(w.size)
const scorer = new Scorer(w, 0.25, new Synonyms(w), new Spellings(w))
const found = new Int32Array(12)
const byKey = new Map<number, number[]>()
items.forEach((it, i) => byKey.set(it.source, [...(byKey.get(it.source) ?? []), i]))
const buckets: Record<string, number> = {}
const examples: Record<string, string[]> = {}
const n = w.size, lam = n / (n + 200)
const prior = (i: number) => lam * saved.items[i]!.neighbourhood + (1 - lam) * 0.2
for (const [, group] of byKey) {
  if (group.length !== 2) continue
  const [x, y] = group as [number, number]
  if (clusterOf.get(x) === clusterOf.get(y)) continue
  const fx = search.find(x, 12, found); const inX = Array.from(found.subarray(0, fx)).includes(y)
  const fy = search.find(y, 12, found); const inY = Array.from(found.subarray(0, fy)).includes(x)
  scorer.mark(x)
  const p = {...scorer.compare(y)}
  const wx = w.itemWeight(x), wy = w.itemWeight(y)
  const ratio = Math.min(wx, wy) / Math.max(wx, wy)
  const m = p.overlap - (prior(x) + prior(y)) / 2
  let bucket
  if (!inX && !inY) bucket = 'not a candidate'
  else if (ratio <= 0.5) bucket = 'weight ratio <= 0.5'
  else if (p.overlap < 0.2) bucket = 's < floor 0.2'
  else if (m < 0.1) bucket = m < 0.05 ? 'margin < 0.05' : 'margin 0.05-0.1'
  else bucket = 'margin ok, merge refused'
  buckets[bucket] = (buckets[bucket] ?? 0) + 1
  ;(examples[bucket] ??= []).push(`s=${p.overlap.toFixed(2)} w=${p.words.toFixed(2)} syn=${p.synonyms.toFixed(2)} r=${prior(x).toFixed(2)},${prior(y).toFixed(2)} ratio=${ratio.toFixed(2)} sizes=${saved.clusters[clusterOf.get(x)!]!.members.length},${saved.clusters[clusterOf.get(y)!]!.members.length}\n   ${items[x]!.text.slice(0, 120)}\n   ${items[y]!.text.slice(0, 120)}`)
}
console.log(buckets)
const show = Number(process.argv[4] ?? 3)
for (const [k, v] of Object.entries(examples)) { console.log('##', k); for (const e of v.slice(0, show)) console.log(e) }
