import type {MentionCandidate, RuleContext} from '../../types.js'
import {defineRule} from '../define-rule.js'
import {inTitle} from './headline-subject.js'

/** Whether the document names this speaker elsewhere: a person of its entity table, or words it repeats outside this line (“Breaking:” and “WATCH:” are labels, no speakers). */
function namedElsewhere(context: RuleContext, mention: MentionCandidate): boolean {
  const written = mention.text
  if (context.entities.some((entity) => [...entity.aliases].some((alias) => written === alias || written.endsWith(` ${alias}`)))) return true
  // A one-word label after an article (“The Latest:”) is a rubric, whatever the body repeats.
  if (!written.includes(' ') && /\b(?:the|a|an)\s+$/i.test(context.text.slice(Math.max(0, mention.start - 4), mention.start))) return false
  // Read only the text near the line, so that the look costs the same in a document of any size.
  const {paragraph, text} = context
  const after = text.slice(paragraph.end, paragraph.end + nearby)
  const before = text.slice(Math.max(0, paragraph.start - nearby), paragraph.start)
  return after.includes(written) || before.includes(written)
}

/** How far before the quote the line may start, and how much text around it names the speaker again. */
const maxLead = 300
const nearby = 20_000

/** Putin: Hamas showed ‘goodwill’ / A lesson from Loretta Park: ‘…’ (a title whose name before the colon speaks). */
export const headlineNameColon = defineRule({
  id: 'headline-name-colon',
  description: 'A line that opens with a name and a colon, or a title whose colon follows a name, gives that name to its quotes: “Putin: Hamas showed ‘goodwill’” / “A lesson from Ana Ruiz: ‘…’”.',
  confidence: 0.85,
  match(context) {
    const {sentence, text, quote} = context
    // A name and a colon open a short line or sentence: never search a long one (each quote would read it again).
    if (quote.open - sentence.start > maxLead) return undefined
    const lead = text.slice(sentence.start, quote.open).indexOf(':')
    if (lead < 0) return undefined
    const colon = sentence.start + lead
    // Right before the colon, or before a parenthesis (“Rep. Ana Ruiz (D-Ohio):”).
    const named = context.mentions.findLast((mention) => mention.end <= colon && /^(?:\s*\([^()]{1,40}\))?\s*$/.test(text.slice(mention.end, colon)))
    // “Schilling told WEEI:” is a speech verb’s introduction, not a title’s name.
    if (!named || named.type !== 'name' || context.cues.some((cue) => cue.type === 'verb' && cue.end <= named.start)) return undefined
    // Opening its sentence anywhere (a transcript’s “Rep. Ana Ruiz: “…””); after other words only in a title, and not as its topic (“Jones on Trump:”).
    if (named.start !== sentence.start && (!inTitle(context) || /\b(?:on|about|to|vs?\.?|versus|against)\s+$/i.test(text.slice(Math.max(0, named.start - 9), named.start)))) return undefined
    return namedElsewhere(context, named) ? {speaker: named} : undefined
  }
})
