// The hostile inputs of issue 15, one generator per row of its time table, each making a
// document of about `kb` kilobytes: shared by scripts/bench/hostile.js (time per KB at three
// sizes) and the fuzz suite's scaling test (test/fuzz-scaling.test.ts).
import {first, last} from './planted.js'

const repeat = (unit, kb) => unit.repeat(Math.max(1, Math.round((kb * 1000) / unit.length)))

/** Ordinary news: the baseline every other row is compared with. */
export function news(kb) {
  const paragraphs = []
  let size = 0
  for (let index = 0; size < kb * 1000; index++) {
    const name = `${first[index % first.length]} ${last[(index * 7) % last.length]}`
    const paragraph =
      index % 3 === 0
        ? `Mayor ${name} met the council on Monday to discuss the budget for the harbor and the new bridge.`
        : index % 3 === 1
          ? `“The bridge will reopen next spring, and the harbor will follow,” ${name.split(' ')[1]} said. “We are ready.”`
          : `The plan, which critics called “a gift to developers,” was approved by the council after a long debate.`
    paragraphs.push(paragraph)
    size += paragraph.length + 2
  }
  return paragraphs.join('\n\n')
}

/** Distinct lowercase words (base 26, letters only, so none is a stop word or a number). */
function distinctWords(kb) {
  const words = []
  let size = 0
  for (let index = 0; size < kb * 1000; index++) {
    let word = ''
    for (let rest = index + 26 * 26; rest > 0; rest = Math.floor(rest / 26)) word += String.fromCharCode(97 + (rest % 26))
    words.push(word)
    size += word.length + 1
  }
  return words.join(' ')
}

/** Each row: what the issue measured, and how to make it at `kb` kilobytes. */
export const rows = {
  'ordinary news': {format: 'text', make: news},
  'pronoun prose, two people': {format: 'text', make: (kb) => repeat('Ann Lee spoke. “Hi,” she said. Bob Ray nodded. ', kb)},
  'one-word quotes': {format: 'text', make: (kb) => repeat('“a” ', kb)},
  'HTML paragraphs': {format: 'html', make: (kb) => repeat('<p>“Hi,” said Ann Lee. x</p>', kb)},
  'Markdown paragraphs': {format: 'markdown', make: (kb) => repeat('“Hi,” said Ann Lee. x\n\n', kb)},
  // The same with emphasis, with a link and with inline code, which pair plainly and are read
  // without the parser too.
  'Markdown paragraphs with emphasis': {format: 'markdown', make: (kb) => repeat('“Hi,” said *Ann Lee*. x\n\n', kb)},
  'Markdown paragraphs with links': {format: 'markdown', make: (kb) => repeat('“Hi,” said [Ann Lee](https://example.com/ann_lee). x\n\n', kb)},
  'Markdown paragraphs with code': {format: 'markdown', make: (kb) => repeat('“Hi,” said `Ann Lee`. x\n\n', kb)},
  'Markdown *a*a*…': {format: 'markdown', make: (kb) => repeat('*a', kb)},
  'Markdown > > > …': {format: 'markdown', make: (kb) => repeat('> ', kb) + 'x'},
  'Markdown - - - …': {format: 'markdown', make: (kb) => repeat('- ', kb) + 'x'},
  'Markdown [a](b)': {format: 'markdown', make: (kb) => repeat('[a](b) ', kb)},
  'unclosed marks': {format: 'text', make: (kb) => repeat('“a ', kb)},
  'clustering one wording of distinct words': {cluster: true, make: distinctWords},
  'CLI, one text file (16× the sizes)': {cli: true, make: news}
}
