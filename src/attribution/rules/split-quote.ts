import {defineRule} from '../define-rule.js'

/** “A,” he said, “B.”: the second piece has the speaker of the first. */
export const splitQuote = defineRule({
  id: 'split-quote',
  description: 'The second piece of a quote split by its attribution (“A,” he said, “B.”) takes the speaker of the first.',
  confidence: 0.95,
  match(context) {
    const first = context.quote.continues === undefined ? undefined : context.previous[context.quote.continues]
    return first?.speaker ? {speaker: first.speaker} : undefined
  }
})
