/**
 * Our attribution rules, in the order they are tried: the surest patterns
 * (speaker and verb right next to the quote) first, inferences last.
 */

import type {Rule} from '../types.js'
import {asPutIt} from './rules/as-put-it.js'
import {colonIntroduction} from './rules/colon-introduction.js'
import {cueInSentence} from './rules/cue-in-sentence.js'
import {cueSpeakerQuote} from './rules/cue-speaker-quote.js'
import {headlineNameColon} from './rules/headline-name-colon.js'
import {labelColonQuote} from './rules/label-colon-quote.js'
import {headlineSubject} from './rules/headline-subject.js'
import {namingFrame} from './rules/naming-frame.js'
import {ownerNounQuote} from './rules/owner-noun-quote.js'
import {ownerBeforeQuote} from './rules/owner-before-quote.js'
import {paragraphBefore} from './rules/paragraph-before.js'
import {perceivedSpeech} from './rules/perceived-speech.js'
import {previousSpeaker} from './rules/previous-speaker.js'
import {quoteAccordingTo} from './rules/quote-according-to.js'
import {quoteCueSpeaker} from './rules/quote-cue-speaker.js'
import {quoteDashSpeaker} from './rules/quote-dash-speaker.js'
import {quotePhraseCue} from './rules/quote-phrase-cue.js'
import {quoteSpeakerCue} from './rules/quote-speaker-cue.js'
import {quoteTailCueSpeaker} from './rules/quote-tail-cue-speaker.js'
import {sentenceBefore} from './rules/sentence-before.js'
import {sentenceSubjectRule} from './rules/sentence-subject.js'
import {sourceInSentence} from './rules/source-in-sentence.js'
import {speakerAfterFragment} from './rules/speaker-after-fragment.js'
import {speakerCueQuote} from './rules/speaker-cue-quote.js'
import {splitQuote} from './rules/split-quote.js'

export const defaultRules: ReadonlyArray<Rule> = Object.freeze([
  splitQuote,
  quoteSpeakerCue,
  quoteCueSpeaker,
  quotePhraseCue,
  quoteDashSpeaker,
  quoteAccordingTo,
  asPutIt,
  cueSpeakerQuote,
  headlineNameColon,
  labelColonQuote,
  namingFrame,
  perceivedSpeech,
  speakerCueQuote,
  ownerNounQuote,
  quoteTailCueSpeaker,
  cueInSentence,
  colonIntroduction,
  speakerAfterFragment,
  previousSpeaker,
  paragraphBefore,
  sentenceBefore,
  headlineSubject,
  sourceInSentence,
  sentenceSubjectRule,
  ownerBeforeQuote
])
