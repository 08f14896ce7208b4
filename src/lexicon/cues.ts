/**
 * Reporting cues: the verbs and phrases that say someone spoke.
 */

import {inflect} from './inflect.js'
import {isPlainLowerCase, lowerCase} from '../parse/lower-case.js'

/** Verbs that report speech (or writing) when a quote stands next to them. */
export const reportingVerbs: readonly string[] = [
  'say', 'tell', 'add', 'state', 'write', 'ask', 'reply', 'answer', 'warn', 'insist', 'note', 'explain',
  'sigh', 'quip', 'argue', 'claim', 'conclude', 'emphasize', 'emphasise', 'recall', 'declare', 'announce',
  'acknowledge', 'admit', 'assert', 'comment', 'continue', 'confirm', 'deny', 'describe', 'exclaim',
  'mutter', 'murmur', 'shout', 'scream', 'whisper', 'observe', 'remark', 'report', 'respond', 'suggest',
  'testify', 'tweet', 'post', 'joke', 'laugh', 'recount', 'reiterate', 'repeat', 'promise', 'predict',
  'vow', 'urge', 'boast', 'complain', 'concede', 'contend', 'counter', 'caution', 'stress', 'speak',
  'praise', 'thank', 'call', 'term', 'plead', 'pledge', 'protest', 'retort', 'lament', 'yell', 'cry',
  'demand', 'mention', 'maintain', 'allege', 'charge', 'reveal', 'disclose', 'swear', 'tout', 'hail',
  'welcome', 'condemn', 'criticize', 'criticise', 'decry', 'denounce', 'blast', 'slam', 'accuse',
  'wonder', 'muse', 'opine', 'begin', 'interject', 'interrupt', 'chime', 'estimate', 'forecast',
  'predict', 'advise', 'assure', 'reassure', 'inform', 'remind', 'proclaim', 'affirm', 'underline',
  'underscore', 'highlight', 'express', 'address', 'brief', 'announce', 'reckon', 'think', 'believe',
  'beam', 'echo', 'crow', 'sniff', 'chant', 'fume', 'email', 'text', 'scold', 'gush', 'rave', 'snap',
  'bark', 'groan', 'grumble', 'marvel', 'rail', 'scoff', 'sneer', 'taunt', 'tease', 'huff', 'hiss', 'rant',
  'relate', 'rejoin', 'chide', 'brag', 'bristle', 'query', 'shrug', 'concur', 'recount', 'narrate', 'editorialize',
  'editorialise', 'beg', 'implore', 'surmise', 'elaborate', 'retaliate', 'exhort', 'recommend', 'react'
]

/** Two-word cues: a verb and its particle (“shot back”, “went on”), found as one cue. */
export const phrasalCues: ReadonlyMap<string, string> = new Map([
  ['went', 'on'], ['goes', 'on'], ['go', 'on'], ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'],
  ['hit', 'back'], ['hits', 'back'], ['pointed', 'out'], ['points', 'out'], ['chimed', 'in'], ['chimes', 'in'],
  ['spoke', 'up'], ['summed', 'up'], ['sums', 'up'], ['piped', 'up'], ['weighed', 'in'], ['weighs', 'in'],
  ['lashed', 'out'], ['cut', 'in'], ['broke', 'in'], ['called', 'out'], ['wrote', 'back']
])


const forms = new Map<string, string>()
for (const verb of reportingVerbs) for (const form of inflect(verb)) forms.set(form, verb)

/** The base verb of a reporting-verb form (`said` → `say`), if it is one. */
export function reportingVerb(word: string): string | undefined {
  // Most words asked about are lowercase already: one look-up, no lowercase copy.
  return isPlainLowerCase(word) ? forms.get(word) : forms.get(lowerCase(word))
}


/** Nouns that report speech when owned by a speaker (“his expression of”, “her remarks”). */
export const reportingNouns: readonly string[] = [
  'expression', 'remarks', 'remark', 'words', 'comments', 'comment', 'statement', 'message', 'plea',
  'warning', 'claim', 'call', 'praise', 'thanks', 'description', 'assessment', 'appeal', 'speech',
  'address', 'testimony', 'tweet', 'post', 'letter', 'reply', 'answer', 'response', 'pledge', 'vow', 'promise', 'verdict', 'ruling'
]

/** Phrases that introduce a source: “according to X”, “in the words of X”. */
export const sourcePhrases: readonly string[] = ['according to', 'in the words of', 'as quoted by', 'quoting', 'in his words', 'in her words', 'in their words', 'in its words']

/**
 * Verbs that name or characterise something with the quoted words (“branded the plan a
 * “disgrace””, “described it as “…””): their subject speaks, their object is only named.
 */
export const namingVerbs: readonly string[] = ['call', 'term', 'dub', 'brand', 'label', 'describe', 'characterize', 'characterise', 'deem', 'nickname']

/**
 * Words after which a phrase and a speech verb report someone else’s speech: heard students
 * shout “…”, footage of the senator saying “…”, an ad that shows a child asking “…”.
 */
export const perceptionWords: readonly string[] = [
  'of', 'with', 'hear', 'hears', 'heard', 'hearing', 'see', 'sees', 'saw', 'seen', 'watch', 'watches', 'watched',
  'show', 'shows', 'showed', 'shown', 'showing', 'feature', 'features', 'featured', 'featuring', 'depict', 'depicts',
  'depicted', 'depicting', 'capture', 'captures', 'captured', 'film', 'films', 'filmed', 'record', 'records', 'recorded', 'imagine', 'imagined'
]
