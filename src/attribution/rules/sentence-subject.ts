import {defineRule} from '../define-rule.js'
import {sentenceSubject} from '../helpers.js'

/** Clinton blamed the “fog of war” / Gov. Jerry Brown endorsed her, citing her “firm grasp of the issues”. */
export const sentenceSubjectRule = defineRule({
  id: 'sentence-subject',
  description: 'A quote inside a sentence with no reporting verb goes to the sentence’s subject: Clinton blamed the “fog of war” for the failure.',
  confidence: 0.6,
  match(context) {
    const {open, kind} = context.quote
    if (kind === 'mention' || context.before.trim() === '') return undefined
    const speaker = sentenceSubject(context, open)
    // A verb between the subject and the quote: the subject acts (“Clinton blamed the …”), not only names a thing.
    if (!speaker || !/\s\p{Ll}{2,}/u.test(context.text.slice(speaker.end, open))) return undefined
    return {speaker}
  }
})
