// Quotation-mark pairing for scripts/eval-polnear.js: which spans of a PolNeAR article are quotes.
// Deliberately our own and independent of the library under test (src/quotes/scan.ts), so that
// the library's pairing is scored, not copied. Tested in test/polnear-marks.test.ts.

const letter = /\p{L}|\p{N}/u
const space = /\s/u

/**
 * Quotation-mark pairs of a whole document, paragraph by paragraph. A mark is read by what stands
 * on either side of it: after a space it opens, before a space or punctuation it closes. Double
 * marks are curly, straight and the NYT's two apostrophes `''`, and any of them closes any other
 * (copy desks mix them; “ is also typed for ”, and ” for “). Openers wait on a stack, so that a quote nested in
 * another is closed by its own mark, not taken for the end of the outer one: single marks inside
 * double ones, curly inside straight ones, and a curly mark inside a curly quote when two closing
 * marks still follow (else it is the same quote reopened by mistake). A single mark that nothing
 * closes is an apostrophe. A pair nested in another is part of it. An outer double mark not closed
 * in its paragraph runs to the paragraph's end, and on into the next paragraph when that one opens
 * with the same mark (the newswire convention for long quotes).
 */
export function markPairs(text) {
  const spans = []
  let carried = null
  let offset = 0
  for (const paragraph of text.split('\n')) {
    const from = offset
    const to = offset + paragraph.length
    offset = to + 1
    if (paragraph.trim() === '') continue
    const first = from + paragraph.search(/\S/)
    const leading = /^(?:''|[“"])/.exec(text.slice(first, first + 2))?.[0] ?? ''
    const found = []
    const open = []
    const innermostDouble = () => open.findLastIndex((opener) => opener.double)
    const close = (at, end) => {
      if (at === 0) found.push({start: open[0].start, end})
      open.length = at
    }
    const openDouble = (mark, start) => {
      // Single marks left open outside any double quote were apostrophes.
      if (innermostDouble() === -1) open.length = 0
      open.push({double: true, mark, start})
    }
    const closersAfter = (index) => (text.slice(index, to).match(/[”"]|''|“(?=\s|$)/g) ?? []).length
    for (let index = from; index < to; index++) {
      const char = text[index]
      const double = char === '“' || char === '”' || char === '"' || char === '«' || char === '»' || (char === "'" && text[index + 1] === "'")
      const width = char === "'" && double ? 2 : 1
      const before = index > from ? text[index - 1] : ' '
      const after = index + width < to ? text[index + width] : ' '
      const canOpen = !space.test(after) && !letter.test(before)
      const canClose = !space.test(before) && !letter.test(after)
      const inDouble = innermostDouble()
      if (double) {
        // Set off by a space after the quote's last punctuation or a nested closing mark, a mark still closes: ‘…,’ ” / “…, ” he said.
        const spacedClose = inDouble !== -1 && space.test(after) && /(?:[.,!?;…—–-]|['’]\s?)\s$/u.test(text.slice(Math.max(from, index - 3), index))
        // Between a sentence's end and a letter, the space left out: …audiences,"Katie Packer said.
        const unspacedClose = inDouble !== -1 && /[.,!?;…]/.test(before) && letter.test(after)
        const betweenLetters = letter.test(before) && letter.test(after)
        // “ You know, …: a curly opening mark padded with a space before the first word.
        const paddedOpen = char === '“' && space.test(before) && space.test(after) && /^\s[\p{L}\p{N}…]/u.test(text.slice(index + 1, index + 3))
        if (space.test(before) && space.test(after) && !spacedClose && !paddedOpen) continue
        if (((char === '”' || char === '»') && (inDouble !== -1 || !canOpen)) || (!paddedOpen && (spacedClose || unspacedClose || ((canClose || betweenLetters) && inDouble !== -1)))) {
          if (inDouble !== -1) close(inDouble, index)
        } else if (char === '“' && inDouble !== -1 && open[inDouble].mark === '“' && closersAfter(index + 1) < 2) {
          // A curly quote reopened without being closed: the same quote goes on.
        } else if (canOpen || betweenLetters || paddedOpen) openDouble(width === 2 ? "''" : char, index + width)
      } else if ((char === '‘' || char === "'") && canOpen && letter.test(after) && !/^\d\d(?:s|\b)/.test(text.slice(index + 1, index + 4))) open.push({double: false, start: index + 1})
      else if ((char === '’' || char === "'") && canClose) {
        const at = open.findLastIndex((opener) => !opener.double)
        if (at !== -1 && at > inDouble) close(at, index)
      }
      index += width - 1
    }
    let end = to
    while (end > from && space.test(text[end - 1])) end--
    const running = open.length > 0 && open[0].double ? {start: open[0].start, end, mark: open[0].mark} : null
    // A quote left open goes on when the next paragraph opens with the same mark.
    const continues = carried && leading !== '' && leading === carried.mark
    const resumed = first + leading.length
    if (continues && found.length > 0 && found[0].start === resumed) found[0] = {start: carried.start, end: found[0].end}
    else if (continues && found.length === 0 && running && running.start === resumed) running.start = carried.start
    else if (carried) spans.push({start: carried.start, end: carried.end})
    spans.push(...found)
    carried = running
  }
  if (carried) spans.push({start: carried.start, end: carried.end})
  return spans.filter((span, index) => span.end > span.start && !spans.some((other, at) => at !== index && other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start))
}
