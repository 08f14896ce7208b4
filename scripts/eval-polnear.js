// npm run eval:polnear -- <PolNeAR checkout> [--split dev|train] [--show N] [--json FILE]
//
// Scores whosaid on PolNeAR (networkdynamics/PolNeAR: US political news with attributions
// annotated as BRAT source / cue / content spans). The articles have no licence to redistribute:
// keep the checkout outside this repository. `data/test` is held out and refused here.
//
// Gold quotes are the direct and mixed quotes: every pair of quotation marks (nested pairs belong
// to their outer pair) of which annotated content covers at least half, the text between the
// marks, with the source spans of the attribution covering most of it as the speaker. The pairing
// (scripts/polnear-marks.js) is deliberately our own, simple and independent of the library under test.
//
// - detection: a prediction (any quote not of kind `mention`) matches a gold quote when they
//   overlap by at least half of each; one-to-one.
// - speaker accuracy, on matched gold quotes that have a source: right when our speaker's mention
//   overlaps a source span, or our speaker's name shares a name word with the source (a pronoun
//   source stands for the nearest named source annotated before it, a relative pronoun for the
//   phrase right before it).
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {extractQuotes} from '../dist/index.js'
import {matchQuotes, prf} from '../dist/evaluation.js'
import {markPairs} from './polnear-marks.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {split: {type: 'string', default: 'dev'}, show: {type: 'string', default: '12'}, json: {type: 'string'}}
})
const root = positionals[0]
if (!root) fail('Expected the path of a PolNeAR checkout (the folder holding `data/`), e.g. `npm run eval:polnear -- ../PolNeAR`')
if (values.split === 'test') fail('`data/test` is held out: it is never read or tuned to; use `--split dev` or `--split train`')
if (values.split !== 'dev' && values.split !== 'train') fail(`Expected \`--split\` to be \`dev\` or \`train\`, not \`${values.split}\``)
const folder = existsSync(join(root, 'data')) ? join(root, 'data', values.split) : join(root, values.split)
if (!existsSync(join(folder, 'text'))) fail(`Expected PolNeAR texts in \`${join(folder, 'text')}\`, found nothing`)
const show = Number(values.show)

function fail(reason) {
  console.error('eval:polnear: ' + reason)
  process.exit(2)
}

// One annotation per article: some articles were annotated twice; the first file is used.
const annotations = new Map()
for (const name of readdirSync(join(folder, 'attributions')).sort()) {
  const id = name.replace(/_[0-9a-f]{4}\.ann$/, '')
  if (!annotations.has(id)) annotations.set(id, join(folder, 'attributions', name))
}

/** BRAT: text-bound annotations `T1\tSource 89 106\ttext` and relations `E1\tAttribution:T4 Content:T3 …`. */
function readAnnotation(path) {
  const spans = new Map()
  const relations = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [id, body] = line.split('\t')
    if (!body) continue
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ')
      const segments = rest
        .join(' ')
        .split(';')
        .map((part) => part.trim().split(' ').map(Number))
      spans.set(id, {type, segments})
    } else if (id.startsWith('E')) {
      const relation = {contents: [], sources: [], cues: []}
      for (const argument of body.trim().split(' ')) {
        const [role, target] = argument.split(':')
        if (role.startsWith('Content')) relation.contents.push(target)
        else if (role.startsWith('Source')) relation.sources.push(target)
        else if (role.startsWith('Cue')) relation.cues.push(target)
      }
      relations.push(relation)
    }
  }
  return {spans, relations}
}

const pronouns = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'them', 'who', 'which', 'that', 'you', 'his', 'their'])
const notNames = new Set(
  'The A An Mr Mrs Ms Dr Sen Rep Gov President Senator Secretary Speaker Former Vice Democratic Republican Democrat GOP Presidential Candidate Nominee Campaign Chairman Chief Director Spokesman Spokeswoman Press Sources Source Officials Official He She They It We I His Her Their'.split(' ')
)
function nameWords(text) {
  return new Set(
    (text.match(/\p{Lu}[\p{L}’'-]+/gu) ?? [])
      .map((word) => word.replace(/[’']s$/, ''))
      .filter((word) => word.length > 1 && !notNames.has(word))
      .map((word) => word.toLowerCase())
  )
}
const isPronoun = (text) => pronouns.has(text.trim().toLowerCase())

const documents = []
for (const name of readdirSync(join(folder, 'text')).sort()) {
  const id = name.replace(/\.txt$/, '')
  const annotation = annotations.get(id)
  if (!annotation) continue
  const text = readFileSync(join(folder, 'text', name), 'utf8')
  const {spans, relations} = readAnnotation(annotation)
  const segmentsOf = (ids) => ids.flatMap((tid) => spans.get(tid)?.segments ?? [])
  // Named sources in text order, to stand in for pronoun sources.
  const named = relations
    .flatMap((relation) => segmentsOf(relation.sources))
    .map(([start, end]) => ({start, end, words: nameWords(text.slice(start, end))}))
    .filter((source) => source.words.size > 0 && !isPronoun(text.slice(source.start, source.end)))
    .sort((a, b) => a.start - b.start)
  const contents = relations.map((relation) => {
    const sources = segmentsOf(relation.sources).map(([start, end]) => ({start, end, text: text.slice(start, end)}))
    let words = new Set(sources.flatMap((source) => [...nameWords(source.text)]))
    if (words.size === 0 && sources.length > 0) {
      // A relative pronoun (“the department, which reported”) stands for the phrase right before it.
      const relative = /^(?:who|which|that)$/i.test(sources[0].text.trim())
      const before = relative
        ? {words: nameWords(text.slice(Math.max(0, sources[0].start - 60), sources[0].start).split(/[.;:!?]/).at(-1))}
        : named.filter((source) => source.end <= sources[0].start).at(-1)
      if (before) words = before.words
    }
    return {segments: segmentsOf(relation.contents), sources, words}
  })
  // A quote is speech when annotated content covers at least half of it; its speaker is the
  // source of the attribution that covers most of it (annotators split long quotes by sentence).
  const gold = []
  for (const span of markPairs(text)) {
    let covered = 0
    let best = null
    let bestShare = 0
    for (const content of contents) {
      let share = 0
      for (const [start, end] of content.segments) share += Math.max(0, Math.min(end, span.end) - Math.max(start, span.start))
      covered += share
      if (share > bestShare) [best, bestShare] = [content, share]
    }
    if (best && covered * 2 >= span.end - span.start) gold.push({...span, text: text.slice(span.start, span.end), sources: best.sources, words: best.words})
  }
  documents.push({id, text, gold})
}

const started = performance.now()
let expected = 0
let predictedCount = 0
let matchedCount = 0
let withSource = 0
let right = 0
let rightByMention = 0
const rules = new Map()
const bands = Array.from({length: 10}, () => ({count: 0, right: 0, confidence: 0}))
const misses = []
const extras = []
const wrong = []
/** Every matched quote with a source: its rule, confidence, speaker and whether it is right (for scripts/calibrate-polnear.js). */
const matched = []
for (const document of documents) {
  const {quotes} = extractQuotes(document.text)
  const predicted = quotes.filter((quote) => quote.kind !== 'mention')
  expected += document.gold.length
  predictedCount += predicted.length
  const matches = matchQuotes(predicted, document.gold)
  matchedCount += matches.length
  const matchedGold = new Set(matches.map(([, g]) => g))
  const matchedPredicted = new Set(matches.map(([p]) => p))
  for (const [g, truth] of document.gold.entries()) if (!matchedGold.has(g)) misses.push({document: document.id, text: truth.text, context: around(document.text, truth.start, truth.end)})
  for (const [p, guess] of predicted.entries()) if (!matchedPredicted.has(p)) extras.push({document: document.id, text: guess.text, kind: guess.kind, speaker: guess.speaker?.name ?? null})
  for (const [p, g] of matches) {
    const guess = predicted[p]
    const truth = document.gold[g]
    if (truth.sources.length === 0) continue
    withSource++
    const mention = guess.speaker?.mention
    const byMention = Boolean(mention && truth.sources.some((source) => mention.start < source.end && source.start < mention.end))
    const byName = Boolean(guess.speaker && [...nameWords(guess.speaker.name ?? '')].some((word) => truth.words.has(word)))
    const ok = byMention || byName
    if (ok) right++
    if (byMention) rightByMention++
    const rule = guess.rule ?? '(none)'
    const tally = rules.get(rule) ?? {total: 0, right: 0}
    tally.total++
    if (ok) tally.right++
    rules.set(rule, tally)
    matched.push({rule: guess.rule, confidence: guess.confidence, speaker: guess.speaker && {kind: guess.speaker.kind, mention: guess.speaker.mention.text}, right: ok})
    if (guess.speaker) {
      const band = bands[Math.min(9, Math.floor(guess.confidence * 10))]
      band.count++
      band.confidence += guess.confidence
      if (ok) band.right++
    }
    if (!ok)
      wrong.push({
        document: document.id,
        quote: guess.text.slice(0, 80),
        ours: guess.speaker ? `${guess.speaker.name} (“${mention?.text}”, ${guess.rule}, ${guess.confidence.toFixed(2)})` : null,
        gold: truth.sources.map((source) => source.text).join(' … '),
        context: around(document.text, truth.start, truth.end)
      })
  }
}
const seconds = (performance.now() - started) / 1000

function around(text, start, end) {
  return (text.slice(Math.max(0, start - 120), start) + '⟦' + text.slice(start, Math.min(end, start + 100)) + '⟧' + text.slice(end, end + 80)).replace(/\s+/g, ' ')
}

const pct = (value) => (100 * value).toFixed(1)
const list = (title, items, format) => {
  console.log(`\n${title} (${items.length}; first ${Math.min(show, items.length)}):`)
  for (const item of items.slice(0, show)) console.log('  ' + format(item))
}
list('Missed gold quotes', misses, (item) => `${item.document}: ${item.context}`)
list('Predicted quotes matching no gold quote', extras, (item) => `${item.document}: [${item.kind}] “${item.text.slice(0, 90)}” → ${item.speaker}`)
list('Wrong or missing speakers', wrong, (item) => `${item.document}: ours ${item.ours} | gold “${item.gold}” | ${item.context}`)

console.log('\nBy rule (matched quotes with an annotated source):')
for (const [rule, tally] of [...rules].sort((a, b) => b[1].total - a[1].total))
  console.log(`  ${rule.padEnd(26)} ${String(tally.right).padStart(5)}/${String(tally.total).padEnd(5)} ${pct(tally.right / tally.total)}`)
console.log('\nConfidence bands (attributed matched quotes): band, count, mean confidence, share right')
for (const [index, band] of bands.entries())
  if (band.count > 0) console.log(`  ${(index / 10).toFixed(1)}–${((index + 1) / 10).toFixed(1)}  ${String(band.count).padStart(5)}  ${(band.confidence / band.count).toFixed(2)}  ${(band.right / band.count).toFixed(2)}`)

const detection = prf(matchedCount, predictedCount, expected)
console.log(`\nPolNeAR ${values.split}: ${documents.length} articles, ${expected} gold quotes, ${predictedCount} predicted, ${seconds.toFixed(1)} s`)
console.log(`Detection            P ${pct(detection.precision)}  R ${pct(detection.recall)}  F1 ${pct(detection.f1)}`)
console.log(`Speaker accuracy     ${pct(right / withSource)} (${right}/${withSource} matched quotes with a source; by mention alone ${pct(rightByMention / withSource)})`)
if (values.json) writeFileSync(values.json, JSON.stringify({detection, accuracy: right / withSource, rules: Object.fromEntries(rules), bands, misses, extras, wrong, matched}, null, 2))
