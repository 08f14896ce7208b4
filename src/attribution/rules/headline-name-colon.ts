import {defineRule} from '../define-rule.js'

/** Putin: Hamas showed 'goodwill' (a headline that opens with the speaker's name and a colon). */
export const headlineNameColon = defineRule({
  id: 'headline-name-colon',
  description: 'A line that opens with a name and a colon gives that name to its quotes: “Putin: Hamas showed ‘goodwill’”.',
  confidence: 0.85,
  match(context) {
    const first = context.mentions[0]
    if (!first || first.type !== 'name' || first.start !== context.paragraph.start) return undefined
    if (!/^\s*:/.test(context.text.slice(first.end, first.end + 2)) || first.end > context.quote.open) return undefined
    // Only a person the document names (“Breaking:” or “WATCH:” is no speaker).
    const written = context.text.slice(first.start, first.end)
    if (!context.entities.some((entity) => [...entity.aliases].some((alias) => written === alias || written.endsWith(` ${alias}`)))) return undefined
    return {speaker: first}
  }
})
