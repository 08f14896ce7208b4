// Reading sources: time per KB of extractQuotes at growing sizes for each hostile shape of
// text, HTML, Markdown and MDX, as ratios in one run (largest size against the smallest, and
// against ordinary news text per KB). Linear reading keeps the first ratio near 1.
// Sizes: BENCH_SOURCES_KB (default "32,128,512").
import {extractQuotes} from '../../dist/index.js'

const sizes = (process.env.BENCH_SOURCES_KB ?? '32,128,512').split(',').map(Number)
const repeat = (unit, kb) => unit.repeat(Math.max(1, Math.round((kb * 1000) / unit.length)))
const news =
  'Mayor Ana Costa met Omar Haddad on Monday. “The bridge will reopen in spring,” Costa said. ' +
  'Haddad called the plan “a good start” and added: “We will fund it.”\n\n'

const shapes = [
  ['text: news paragraphs (reference)', 'text', (kb) => repeat(news, kb)],
  ['text: invisible characters around marks', 'text', (kb) => repeat('Ann\u200B Lee said: \u200F“Hi,\u00AD there”\u200F. x\n\n', kb)],
  ['html: <p>“Hi,” said Ann Lee. x</p>', 'html', (kb) => repeat('<p>“Hi,” said Ann Lee. x</p>', kb)],
  ['html: <q> and boilerplate', 'html', (kb) => repeat('<p>Ann Lee said <q>hi</q>.</p><footer>“menu”</footer>', kb)],
  ['markdown: news paragraphs', 'markdown', (kb) => repeat(news, kb)],
  ['markdown: *a*a*…', 'markdown', (kb) => repeat('*a', kb)],
  ['markdown: > > > …', 'markdown', (kb) => repeat('> ', kb) + 'x'],
  ['markdown: - - - …', 'markdown', (kb) => repeat('- ', kb) + 'x'],
  ['markdown: [a](b) repeated', 'markdown', (kb) => repeat('[a](b) ', kb)],
  ['markdown: [a](b) c paragraphs', 'markdown', (kb) => repeat('[a](b) c\n\n', kb)],
  ['markdown: table rows', 'markdown', (kb) => '| a | b |\n|---|---|\n' + repeat('| “Hi,” said Ann | x |\n', kb)],
  ['markdown: *a … a* nested', 'markdown', (kb) => repeat('*a ', kb / 2) + 'x' + repeat(' a*', kb / 2)],
  ['mdx: news paragraphs', 'mdx', (kb) => repeat(news, kb)]
]

function timePerKb(source, format) {
  const start = performance.now()
  extractQuotes(source, {format})
  return (performance.now() - start) / (source.length / 1000)
}

let reference
console.log(`sizes ${sizes.join(', ')} KB; ms per KB at each size; growth = largest / smallest; vs news = largest / news text per KB`)
for (const [name, format, make] of shapes) {
  timePerKb(make(sizes[0]), format) // warm up: compiled code, not the first size, sets the baseline
  let peak = 0
  const times = sizes.map((kb) => {
    const source = make(kb)
    const time = timePerKb(source, format)
    peak = Math.max(peak, process.memoryUsage().rss)
    return time
  })
  if (reference === undefined) reference = times[times.length - 1]
  const growth = times[times.length - 1] / times[0]
  const versusNews = times[times.length - 1] / reference
  console.log(
    `${name.padEnd(42)} ${times.map((time) => time.toFixed(2).padStart(7)).join(' ')}  growth ${growth.toFixed(2)}  vs news ${versusNews.toFixed(2)}  rss ${(peak / 2 ** 20).toFixed(0)} MiB`
  )
}
