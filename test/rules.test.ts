import {RuleTester} from '../src/testing.js'
import {quoteCueSpeaker} from '../src/attribution/rules/quote-cue-speaker.js'
import {quoteSpeakerCue} from '../src/attribution/rules/quote-speaker-cue.js'
import {quoteDashSpeaker} from '../src/attribution/rules/quote-dash-speaker.js'
import {quoteAccordingTo} from '../src/attribution/rules/quote-according-to.js'
import {speakerCueQuote} from '../src/attribution/rules/speaker-cue-quote.js'
import {headlineNameColon} from '../src/attribution/rules/headline-name-colon.js'
import {ownerNounQuote} from '../src/attribution/rules/owner-noun-quote.js'
import {cueInSentence} from '../src/attribution/rules/cue-in-sentence.js'
import {speakerAfterFragment} from '../src/attribution/rules/speaker-after-fragment.js'
import {previousSpeaker} from '../src/attribution/rules/previous-speaker.js'
import {splitQuote} from '../src/attribution/rules/split-quote.js'

const tester = new RuleTester()

tester.run('quote-speaker-cue', quoteSpeakerCue, {
  attributed: [
    {text: 'Chief Justice Amara Obi opened the hearing. “The court will hear both sides,” Obi said.', expected: [{quote: 'The court will hear both sides,', speaker: 'Amara Obi', cue: 'said'}]},
    {text: 'Coach Dana Whitfield watched the match. “We were not sharp,” she admitted later.', expected: [{quote: 'We were not sharp,', speaker: 'Dana Whitfield'}]},
    {text: 'Prime Minister Lars Holm met the press. “Rates will fall,” the prime minister told reporters.', expected: [{quote: 'Rates will fall,', speaker: 'Lars Holm'}]},
    {text: '“Prices must come down,” a spokesman for the authority said.', expected: [{quote: 'Prices must come down,', speaker: 'a spokesman for the authority'}]}
  ],
  unattributed: [{text: '“Prices must come down,” the banner read.'}, {text: 'The word “stolen” appears twice, he said.'}]
})

tester.run('quote-cue-speaker', quoteCueSpeaker, {
  attributed: [{text: 'Pieter Janssen, the director, spoke first. “We are ready,” said Janssen.', expected: [{quote: 'We are ready,', speaker: 'Pieter Janssen', cue: 'said'}]}],
  unattributed: [{text: '“We are ready,” said nothing at all to them.'}]
})

tester.run('quote-dash-speaker', quoteDashSpeaker, {
  attributed: [
    {text: '“Never give up.” — Keiko Tanaka', expected: [{quote: 'Never give up.', speaker: 'Keiko Tanaka'}]},
    {text: '“The bus never came on time.” ― Nora Field, nurse', expected: [{quote: 'The bus never came on time.', speaker: 'Nora Field'}]},
    // A list of readers’ replies: each signature belongs to the quote before it, never to the next one.
    {
      text: 'Readers wrote in. “Fix the roads first.” ― Omar Haddad “Build more schools.”― Lena Brandt. “Lower the rent.” — Tom Avery',
      expected: [
        {quote: 'Fix the roads first.', speaker: 'Omar Haddad'},
        {quote: 'Build more schools.', speaker: 'Lena Brandt'},
        {quote: 'Lower the rent.', speaker: 'Tom Avery'}
      ]
    }
  ],
  unattributed: [{text: '“Never give up.” — and then he left.'}, {text: 'He sang “Hallelujah” — the choir joined in.'}]
})

tester.run('quote-according-to', quoteAccordingTo, {
  attributed: [{text: '“The strike is over,” according to the union.', expected: [{quote: 'The strike is over,', speaker: 'the union', cue: 'according to'}]}],
  unattributed: [{text: '“The strike is over,” the union posted.'}]
})

tester.run('speaker-cue-quote', speakerCueQuote, {
  attributed: [
    {text: 'Senator Ruth Okafor told supporters: “We will not back down.”', expected: [{quote: 'We will not back down.', speaker: 'Ruth Okafor', cue: 'told'}]},
    {text: 'Ambassador Keiko Tanaka met the delegates. She added, “The text is final.”', expected: [{quote: 'The text is final.', speaker: 'Keiko Tanaka'}]}
  ],
  unattributed: [{text: 'She said that “the text is final” is wrong.'}]
})

tester.run('headline-name-colon', headlineNameColon, {
  attributed: [{text: 'Janssen: museum will ‘never close’\n\nDirector Pieter Janssen spoke on Monday.', expected: [{quote: 'never close', speaker: 'Pieter Janssen'}]}],
  unattributed: [{text: 'Breaking: museum will ‘never close’'}]
})

tester.run('owner-noun-quote', ownerNounQuote, {
  attributed: [
    {text: 'Minister Ana Lima spoke. Critics mocked her promise of “a greener city.”', expected: [{quote: 'a greener city.', speaker: 'Ana Lima'}]},
    // A short clause after “that”: the claim’s owner said the words.
    {text: 'Critics seized on Mayor Ines Varga’s claim that there have been “thousands of new jobs” in the city.', expected: [{quote: 'thousands of new jobs', speaker: 'Ines Varga'}]}
  ],
  unattributed: [
    {text: 'The city kept its “promises” this year.'},
    // “… as “…””: someone else’s words for the claim.
    {text: 'Mayor Ines Varga spoke. Her rival mocked the mayor’s claim that she had cut taxes as “a fairy tale.”'}
  ]
})

tester.run('cue-in-sentence', cueInSentence, {
  attributed: [
    {text: 'Judge Maria Alvarez said the ruling rested on “settled law and common sense.”', expected: [{quote: 'settled law and common sense.', speaker: 'Maria Alvarez'}]},
    {text: 'Striker Tom Baines called the referee’s decision “a disgrace.”', expected: [{quote: 'a disgrace.', speaker: 'Tom Baines'}]}
  ],
  unattributed: [{text: 'Russia pressed the group to honor its “promises” last week.'}]
})

tester.run('speaker-after-fragment', speakerAfterFragment, {
  attributed: [{text: 'Rabbi Dov Klein visited the family. “From day one,” Klein had been working for their release.', expected: [{quote: 'From day one,', speaker: 'Dov Klein'}]}],
  unattributed: [{text: '“From day one,” the campaign has been about jobs.'}]
})

tester.run('previous-speaker', previousSpeaker, {
  attributed: [
    {
      text: '“We will appeal,” said lawyer Nina Petrova.\n\n“The verdict ignores the evidence.”',
      also: [quoteCueSpeaker],
      expected: [{quote: 'The verdict ignores the evidence.', speaker: 'Nina Petrova'}]
    }
  ],
  unattributed: [{text: 'The hearing ended.\n\n“The verdict ignores the evidence.”'}]
})

tester.run('split-quote', splitQuote, {
  attributed: [
    {
      text: '“We will win,” said Coach Dana Whitfield, “and we will win again.”',
      also: [quoteCueSpeaker],
      expected: [{quote: 'and we will win again.', speaker: 'Dana Whitfield'}]
    },
    // A long appositive with abbreviations between the pieces.
    {
      text: '“We lost tonight,” said Ana Ruiz, the head coach of the girls’ team at St. Paul Academy in Minneapolis, Minn., “but we will be back next year.”',
      also: [quoteCueSpeaker],
      expected: [{quote: 'but we will be back next year.', speaker: 'Ana Ruiz'}]
    }
  ],
  unattributed: [{text: '“We will win.” The crowd cheered. “And again.”'}]
})
