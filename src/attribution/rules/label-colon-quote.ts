import {defineRule} from '../define-rule.js'

/** What may lead a source label: a dash after a digest line’s topic, or “from” / “more from”. */
const labelLead = /(?:[-–—]\s*|(?<![\p{L}])(?:[Mm]ore\s+)?[Ff]rom\s+)$/u

/** Up to four capitalised words right before the colon (“Pew Research”, “HuffPollster”), when no mention ends there. */
const capitalisedWords = /(?<![\p{L}])((?:\p{Lu}[\p{L}.’'&-]*\s+){0,3}\p{Lu}[\p{L}.’'&-]*)\s*$/u

function capitalisedLabel(text: string, from: number, colon: number): {start: number; end: number} | undefined {
  const lead = text.slice(Math.max(from, colon - 60), colon)
  const found = capitalisedWords.exec(lead)
  if (!found) return undefined
  const start = colon - lead.length + found.index
  return {start, end: start + found[1]!.length}
}

/**
 * Pollsters agree - Carl Bialik: “…” / More from Jones: “…” / From the report: “…”: the source label of a
 * digest item, a name (or a phrase such as “the report”) right before the colon that opens the quote.
 */
export const labelColonQuote = defineRule({
  id: 'label-colon-quote',
  description: 'A digest item’s source label gives its quote: a dash or “from” / “more from”, a name or phrase, a colon, the quote: Pollsters agree - Carl Bialik: “…” / More from Jones: “…” / From the report: “…”.',
  confidence: 0.85,
  match(context) {
    const {text, quote} = context
    // Only the few characters before the quote are read: a search back for the colon would cost the whole text.
    const lead = text.slice(Math.max(context.sentence.start, quote.open - 8), quote.open)
    const at = /:\s*$/.exec(lead)
    if (!at) return undefined
    const colon = quote.open - lead.length + at.index
    const led = (range: {start: number; end: number} | undefined) => range && labelLead.test(text.slice(Math.max(context.sentence.start, range.start - 12), range.start)) ? range : undefined
    // A mention may have run across the dash (“Iowa poll overhype - HuffPollster”): then the capitalised words after it.
    const last = context.mentions.findLast((mention) => mention.end === colon && mention.type !== 'pronoun')
    // Two authors (“- Mark Blumenthal and Jon Cohen:”): the first one leads the label.
    const first = last && context.mentions.findLast((mention) => mention.end < last.start && mention.type === 'name' && /^\s+(?:and|&)\s+$/.test(text.slice(mention.end, last.start)))
    const label = led(last) ?? led(first) ?? led(capitalisedLabel(text, context.sentence.start, colon))
    if (!label) return undefined
    // No speech verb before the label: “X told WEEI - Jones:” is not a digest line.
    if (context.cues.some((cue) => cue.type === 'verb' && cue.end <= label.start && /^\p{Ll}/u.test(cue.text))) return undefined
    return {speaker: label}
  }
})
