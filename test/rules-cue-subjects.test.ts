import {RuleTester} from '../src/testing.js'
import {speakerCueQuote} from '../src/attribution/rules/speaker-cue-quote.js'
import {cueSpeakerQuote} from '../src/attribution/rules/cue-speaker-quote.js'
import {quoteSpeakerCue} from '../src/attribution/rules/quote-speaker-cue.js'
import {cueInSentence} from '../src/attribution/rules/cue-in-sentence.js'
import {quoteCueSpeaker} from '../src/attribution/rules/quote-cue-speaker.js'
import {previousSpeaker} from '../src/attribution/rules/previous-speaker.js'
import {quotePhraseCue} from '../src/attribution/rules/quote-phrase-cue.js'

const tester = new RuleTester()

// The noun phrase before a reporting verb speaks, whatever its noun: a determiner or an owner opens it.
tester.run('speaker-cue-quote (any noun before the verb)', speakerCueQuote, {
  attributed: [
    {text: 'As the lights dimmed, the announcer said, “Please take your seats.”', expected: [{quote: 'Please take your seats.', speaker: 'the announcer', cue: 'said'}]},
    {text: 'Over dinner, a neighbour commented: “The new road will bring traffic.”', expected: [{quote: 'The new road will bring traffic.', speaker: 'a neighbour', cue: 'commented'}]},
    {text: 'The elderly, 82-year-old fisherman told us: “The river was cleaner then.”', expected: [{quote: 'The river was cleaner then.', speaker: 'the elderly, 82-year-old fisherman', cue: 'told'}]},
    {text: 'The two plaintiffs, however, argue: “The ruling is plainly wrong.”', expected: [{quote: 'The ruling is plainly wrong.', speaker: 'the two plaintiffs', cue: 'argue'}]}
  ]
})

tester.run('quote-speaker-cue (any noun before the verb)', quoteSpeakerCue, {
  attributed: [
    {text: '“Keep your word,” my grandmother often said.', expected: [{quote: 'Keep your word,', speaker: 'my grandmother', cue: 'said'}]},
    {text: '“We want answers,” Mara Lind’s family has said.', expected: [{quote: 'We want answers,', speaker: 'Mara Lind’s family', cue: 'said'}]},
    {text: '“It was a fair deal,” the town’s treasurer wrote.', expected: [{quote: 'It was a fair deal,', speaker: 'the town’s treasurer', cue: 'wrote'}]}
  ]
})

tester.run('cue-in-sentence (any noun before the verb)', cueInSentence, {
  attributed: [
    {text: 'At the hearing, one questioner claimed that the plan was “a giveaway” to developers.', expected: [{quote: 'a giveaway', speaker: 'one questioner', cue: 'claimed'}]},
    {text: 'His supporters have called the verdict “a travesty” and plan to appeal.', expected: [{quote: 'a travesty', speaker: 'his supporters', cue: 'called'}]},
    {text: 'Several residents said the noise of the new plant was “unbearable” at night.', expected: [{quote: 'unbearable', speaker: 'several residents', cue: 'said'}]}
  ],
  // A phrase after a preposition, in the passive, or a noun compound of a verb-like noun is no speaker.
  unattributed: [
    {text: 'People walking through the streets chanted “No more cuts” until dawn.'},
    {text: 'The winner was declared “the people’s choice” by the panel.'},
    {text: 'A campaign email “Join us today” went out to donors.'}
  ]
})

// A nationality word right before a plain reporting verb is a surname; a modifier opens a name's phrase only across a title, never a clause.
tester.run('quote-speaker-cue (nationality word as surname)', quoteSpeakerCue, {
  attributed: [{text: '“We must act now,” English said on Tuesday.', expected: [{quote: 'We must act now,', speaker: 'English', cue: 'said'}]}]
})

tester.run('cue-in-sentence (modifier does not reach across a clause)', cueInSentence, {
  attributed: [
    {text: 'Speaking with hosts Ann Fields and Bo Reyes, the Republican presidential candidate stated that Lowe’s plan was “divisive.”', expected: [{quote: 'divisive.', speaker: 'the Republican presidential candidate', cue: 'stated'}]}
  ],
  // A claim owned by a nationality or party is no speaker: “Republican claims of …”.
  unattributed: [{text: 'The papers were released to disprove Republican claims of “major breakthroughs” in the inquiry.'}]
})

// A surname that is also a title (“Mr. King”), a name behind lowercase modifiers, a verb opening its sentence.
tester.run('quote-speaker-cue (names behind titles and modifiers)', quoteSpeakerCue, {
  attributed: [
    {text: '“We need the money,” Mr. King said.', expected: [{quote: 'We need the money,', speaker: 'King', cue: 'said'}]},
    {text: '“She has the experience,” retired navy captain Ruth Alder said.', expected: [{quote: 'She has the experience,', speaker: 'Ruth Alder', cue: 'said'}]}
  ],
  // A conjunction between the quote and the name starts a new clause: Haley spoke later, not the quote.
  unattributed: [{text: 'He was “riding the fence” until Dana Holt said she would back him.'}]
})

tester.run('quote-cue-speaker (a numeral among the modifiers)', quoteCueSpeaker, {
  attributed: [{text: '“They are wrong,” said 9/11 widow Terry Strand.', expected: [{quote: 'They are wrong,', speaker: 'Terry Strand', cue: 'said'}]}]
})

// “Said X:” is cue-speaker-quote's form, tried before speaker-cue-quote.
tester.run('cue-speaker-quote (verb opening the sentence)', cueSpeakerQuote, {
  attributed: [{text: 'Said Ellison: “I don’t see any interest in reform.”', expected: [{quote: 'I don’t see any interest in reform.', speaker: 'Ellison', cue: 'Said'}]}]
})

// The attribution of the quote before (“said Ann Lee, 20, of Tampa, Fla.”) does not stop the next quote from continuing it.
tester.run('previous-speaker (after the last quote’s own attribution)', previousSpeaker, {
  attributed: [
    {
      text: '“Bernie was open,” said Rosa Vega, 20, of Tampa, Fla. “She is a typical politician.”',
      also: [quoteCueSpeaker],
      expected: [{quote: 'Bernie was open,', speaker: null}, {quote: 'She is a typical politician.', speaker: 'Rosa Vega'}]
    },
    {
      text: '“It works,” said Kristin Hale, president of Reading Aid Inc. “We will go on.”',
      also: [quoteCueSpeaker],
      expected: [{quote: 'It works,', speaker: null}, {quote: 'We will go on.', speaker: 'Kristin Hale'}]
    }
  ]
})

// A bare plural opening its sentence speaks for a group, its capitalised first word no name of its own.
tester.run('cue-in-sentence (bare plural opening the sentence)', cueInSentence, {
  attributed: [
    {text: 'Legal observers note that the plan would not truly “close” the prison.', expected: [{quote: 'close', speaker: 'Legal observers', cue: 'note'}]},
    {text: 'Multiple outlets reported on Wednesday that the service had “more than one conversation” with him.', expected: [{quote: 'more than one conversation', speaker: 'Multiple outlets', cue: 'reported'}]}
  ]
})

// An appositive or a relative clause between commas is not the subject: the name they hang from is.
tester.run('speaker-cue-quote (appositives and relative clauses)', speakerCueQuote, {
  attributed: [
    {text: 'Jean Roux, the foreign minister of France, a permanent member of the council, said: “This cannot stand.”', expected: [{quote: 'This cannot stand.', speaker: 'Jean Roux', cue: 'said'}]},
    {text: 'Ngozi Obi, who leads the party, added: “We will win.”', expected: [{quote: 'We will win.', speaker: 'Ngozi Obi', cue: 'added'}]},
    // A name after a preposition heads nothing: the speaker is the name after it.
    {text: 'Of Carson, Levine, who backs the senator, said: “He is scary.”', expected: [{quote: 'He is scary.', speaker: 'Levine', cue: 'said'}]}
  ]
})

// A bracketed tag after a name is no speaker; a name after a verb and its article is the verb's object.
tester.run('cue-in-sentence (tags and objects are no subjects)', cueInSentence, {
  attributed: [
    {text: 'Senator Ada Kerr (D-Ore.) said the wave of closures was “a warning to us all.”', expected: [{quote: 'a warning to us all.', speaker: 'Ada Kerr', cue: 'said'}]}
  ]
})

tester.run('speaker-cue-quote (object after an article)', speakerCueQuote, {
  attributed: [
    {text: 'The home fans cheered the Portland Timbers while chanting, “One more goal!”', expected: [{quote: 'One more goal!', speaker: 'the home fans', cue: 'chanting'}]}
  ]
})

// An appositive or relative clause between the speaker after a quote and the verb; a determiner after “of”.
tester.run('quote-speaker-cue (an aside before the verb)', quoteSpeakerCue, {
  attributed: [
    {text: '“The staff are exhausted,” a senior nurse, who asked not to be named, told the paper.', expected: [{quote: 'The staff are exhausted,', speaker: 'a senior nurse', cue: 'told'}]},
    {text: '“We are ready,” Mara Quist, the team’s captain, said.', expected: [{quote: 'We are ready,', speaker: 'Mara Quist', cue: 'said'}]}
  ]
})

tester.run('quote-phrase-cue (one of those …)', quotePhraseCue, {
  attributed: [{text: '“There is no path,” said one of those advisers, who spoke on condition of anonymity.', expected: [{quote: 'There is no path,', speaker: 'one of those advisers', cue: 'said'}]}]
})

// A cue inside the clause of an earlier “said” is part of what was reported: the earlier verb's subject speaks.
tester.run('speaker-cue-quote (a cue inside a reported clause)', speakerCueQuote, {
  attributed: [
    {text: 'Mayor Ines Varga said that once the council goes on holiday, “I will knock on every door.”', expected: [{quote: 'I will knock on every door.', speaker: 'Ines Varga', cue: 'said'}]},
    // A cue that opens the quote itself keeps its own subject.
    {text: 'Ines Varga said the plan was sound, to which Piet Lind retorted: “It is not.”', expected: [{quote: 'It is not.', speaker: 'Piet Lind', cue: 'retorted'}]}
  ]
})

tester.run('cue-in-sentence (a cue inside a reported clause)', cueInSentence, {
  attributed: [
    {text: 'At the rally, Tom Okafor said that Lind begged him for support and “would have signed anything” to get it.', expected: [{quote: 'would have signed anything', speaker: 'Tom Okafor', cue: 'said'}]}
  ]
})

// A quantifier standing alone for people (“Another”, “Several”, “Others”) is the subject of the verb after it, not the pronoun that follows.
tester.run('speaker-cue-quote (a quantifier as subject)', speakerCueQuote, {
  attributed: [
    {text: 'Fans of the club were split. Another tweeted, “The coach must go.”', expected: [{quote: 'The coach must go.', speaker: 'another', cue: 'tweeted'}]},
    {text: 'Several said they were “angry” with the board.', expected: [{quote: 'angry', speaker: 'several', cue: 'said'}]}
  ]
})

// A participle after the quote is no inverted attribution (“…,” said X): the phrase after it is its object.
tester.run('quote-cue-speaker (no participle)', quoteCueSpeaker, {
  unattributed: [{text: 'The mayor would not discuss “that man,” telling Radio Nord that the town had moved on.'}]
})

tester.run('quote-phrase-cue (no participle)', quotePhraseCue, {
  unattributed: [{text: 'Ines Varga defended the “old harbour,” saying the town owed it everything.'}]
})
