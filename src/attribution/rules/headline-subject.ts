import type {MentionCandidate, RuleContext} from '../../types.js'
import {defineRule} from '../define-rule.js'
import {isTitleCase} from '../../parse/title-case.js'

/** Whether the quote stands in a title: a headline-like line, or the one-sentence first paragraph of the document. */
export function inTitle(context: RuleContext): boolean {
  const {paragraph, sentence} = context
  if (sentence.start !== paragraph.start || sentence.end < paragraph.end || paragraph.end - paragraph.start > 300) return false
  // The first line, short and followed by the body: a title, not a one-sentence lede.
  if (paragraph.index === 0 && paragraph.text.length < 100 && /\S/.test(context.text.slice(paragraph.end))) return true
  // A headline line further down: no final stop (straight closing marks included), or Title Case.
  return context.headline && (!/[.!?…]["'”’»)]*\s*$/u.test(paragraph.text.slice(-12)) || isTitleCase(paragraph.text))
}

/** A Title Case run cut to the longest shorter name of the document it opens with (“Ruiz Sees Danger” → “Ruiz”). */
function trimmedToEntity(context: RuleContext, mention: MentionCandidate): MentionCandidate {
  let best = ''
  for (const entity of context.entities) {
    for (const alias of entity.aliases) {
      // The whole name, or its surname alone (“Varga Sees …”).
      for (const form of [alias, alias.slice(alias.lastIndexOf(' ') + 1)]) {
        if (form.length > best.length && mention.text.startsWith(form + ' ')) best = form
      }
    }
  }
  return best ? {...mention, end: mention.start + best.length, text: best} : mention
}

/**
 * Gingrich Takes Talk Of Being Running Mate ‘Very Seriously.’ / Judge blocks ‘religious
 * liberty’ law: a title quotes the words of the one it opens with.
 */
export const headlineSubject = defineRule({
  id: 'headline-subject',
  description: 'A quote in a title with no cue goes to the name or description the title (or its clause after a label and colon) opens with: Mayor Rips Budget As ‘A Disgrace.’',
  confidence: 0.75,
  match(context) {
    if (context.quote.kind === 'mention' || !inTitle(context)) return undefined
    // The clause opens the line, or follows a label and a colon (“The Latest: Trump defends …”).
    const colon = context.text.slice(context.paragraph.start, context.quote.open).indexOf(':')
    const clause = colon < 0 ? context.paragraph.start : context.paragraph.start + colon + 1
    const first = context.mentions.find((mention) => mention.start >= clause && mention.end <= context.quote.open)
    if (!first || first.type === 'pronoun' || !/^\s*$/.test(context.text.slice(clause, first.start))) return undefined
    return {speaker: trimmedToEntity(context, first)}
  }
})
