/**
 * Attribution forms of real news found by classifying PolNeAR train's wrong speakers (issue 10):
 * each block is one category of error, in the shapes it was met in.
 */
import {RuleTester} from '../src/testing.js'
import {quoteCueSpeaker} from '../src/attribution/rules/quote-cue-speaker.js'
import {quoteSpeakerCue} from '../src/attribution/rules/quote-speaker-cue.js'
import {speakerCueQuote} from '../src/attribution/rules/speaker-cue-quote.js'
import {cueInSentence} from '../src/attribution/rules/cue-in-sentence.js'
import {ownerBeforeQuote} from '../src/attribution/rules/owner-before-quote.js'
import {labelColonQuote} from '../src/attribution/rules/label-colon-quote.js'
import {sentenceSubjectRule} from '../src/attribution/rules/sentence-subject.js'
import {quoteDashSpeaker} from '../src/attribution/rules/quote-dash-speaker.js'
import {quoteTailCueSpeaker} from '../src/attribution/rules/quote-tail-cue-speaker.js'

const tester = new RuleTester()

// A mark the scanner left after the close (an inner quote ending with the outer: `'it,'''`) does not part the quote from its cue.
tester.run('quote-cue-speaker', quoteCueSpeaker, {
  attributed: [
    {text: "''I told them, 'We cannot wait,''' said Mr. Okafor, who chairs the board.", expected: [{quote: 'I told them', speaker: 'Okafor', cue: 'said'}]},
    {text: "''She said 'never,''' added Senator Ruth Bell.", expected: [{quote: 'She said', speaker: 'Ruth Bell', cue: 'added'}]}
  ],
  unattributed: [{text: "''It was 'fine,''' and then nothing happened."}]
})

tester.run('quote-speaker-cue', quoteSpeakerCue, {
  attributed: [{text: "''They called it 'a mistake,''' Ms. Lind said.", expected: [{quote: 'They called it', speaker: 'Lind', cue: 'said'}]}],
  unattributed: [{text: "''They called it 'a mistake,''' Monday came."}]
})

// A participle after a comma shares the subject of the sentence’s main reporting verb, not the nearest name;
// a verb coordinated with “and” shares the subject of the verb before “and”.
tester.run('speaker-cue-quote', speakerCueQuote, {
  attributed: [
    {text: 'Priya Nair and Tom Berg will meet next week, spokesman Omar Haddad said, adding, “They need a long talk.”', expected: [{quote: 'They need a long talk.', speaker: 'Omar Haddad', cue: 'adding'}]},
    {text: 'Senator Ruth Bell said on Monday that Governor Amara Diallo had failed, stating, “The roads are a disgrace.”', expected: [{quote: 'The roads are a disgrace.', speaker: 'Ruth Bell', cue: 'stating'}]},
    {text: 'Ruth Bell backed Tom Berg over Amara Diallo in 2008 and said, “She has done nothing for us.”', expected: [{quote: 'She has done nothing for us.', speaker: 'Ruth Bell', cue: 'said'}]},
    {text: 'When asked whom Amara Diallo supported, Ruth Bell smiled and said, “I am waiting.”', expected: [{quote: 'I am waiting.', speaker: 'Ruth Bell', cue: 'said'}]}
  ]
})

tester.run('cue-in-sentence', cueInSentence, {
  attributed: [
    {text: 'Ruth Bell told the audience that she believes the United States must act, saying that “race still matters” in America.', expected: [{quote: 'race still matters', speaker: 'Ruth Bell', cue: 'saying'}]}
  ]
})

// The quote’s sentence runs on after its close; a comma, an inverted verb and the speaker end it.
tester.run('quote-tail-cue-speaker', quoteTailCueSpeaker, {
  attributed: [
    {text: 'The vote is close. “This will be a challenge” for the governor, said Kunin.', expected: [{quote: 'This will be a challenge', speaker: 'Kunin', cue: 'said'}]},
    {text: 'Turnout fell. Ruth Bell “drew well from working-class voters” in the 2008 primary, said professor Paul Okafor.', expected: [{quote: 'drew well', speaker: 'Paul Okafor', cue: 'said'}]},
    {text: '“To see the cases that could change is stunning,” since so many were decided by one vote, says Lee Epstein, who teaches law.', expected: [{quote: 'To see the cases', speaker: 'Lee Epstein', cue: 'says'}]}
  ],
  unattributed: [
    // The speaker stands before the verb: the quote’s own attribution, not a run-on.
    {text: '“It was close,” Ruth Bell, the mayor, said in a statement.'},
    {text: '“We need him,” his wife, Ana Lazar, wrote in a letter to the court.'},
    {text: '“It was close.” The count went on, said Ruth Bell.'}
  ]
})

// A relative clause set off by commas: its pronoun’s antecedent speaks, even after a preposition or a verb.
tester.run('cue-in-sentence', cueInSentence, {
  attributed: [
    {text: 'The loss was steep for Senator Ruth Bell, who said she would get “recharged and take a day off.”', expected: [{quote: 'recharged', speaker: 'Ruth Bell', cue: 'said'}]},
    {text: 'It drew a harsh reply from Tom Berg Jr., who suggested in an interview that the aide wanted to “stay relevant.”', expected: [{quote: 'stay relevant', speaker: 'Tom Berg Jr.', cue: 'suggested'}]},
    {text: 'The idea came from Mayor Ines Varga, who also argued the tax was “a disgrace.”', expected: [{quote: 'a disgrace', speaker: 'Ines Varga', cue: 'argued'}]},
    // A restrictive relative (no comma) identifies an object: the main clause's subject speaks.
    {text: 'Marc Morial told a young woman who suggested that voters were tired that “not voting is no strategy.”', expected: [{quote: 'not voting', speaker: 'Marc Morial'}]}
  ]
})

// A quote that is its whole paragraph, signed by a dash and a name in the paragraph under it.
tester.run('quote-dash-speaker', quoteDashSpeaker, {
  attributed: [
    {text: 'The claims, checked.\n\n"Big firms pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue.', expected: [{quote: 'Big firms pay zero taxes.', speaker: 'Sanders'}]},
    {text: '"Great speech. She is ready."\n\n-President Obama, tweeting after the speech.', expected: [{quote: 'Great speech.', speaker: 'Obama'}]},
    {text: '“The whole idea needs to stop.”\n\n— Michelle Marks, Philadelphia.', expected: [{quote: 'The whole idea', speaker: 'Michelle Marks'}]}
  ],
  unattributed: [
    {text: 'He called the man “my friend.”\n\n- Reuters.'},
    {text: '“We won.”\n\n- the crowd went wild.'}
  ]
})

// A relative clause set off by commas between the subject and its verb: the subject speaks, not a name inside the clause.
tester.run('cue-in-sentence', cueInSentence, {
  attributed: [
    {text: 'Governor Ines Varga, who is running for reelection in Ohio, praised the mayor for showing “the courage of his convictions.”', expected: [{quote: 'the courage', speaker: 'Ines Varga', cue: 'praised'}]},
    {text: 'Tom Berg, who led a filibuster after the Orlando attack, thinks the issue is a “litmus test” now.', expected: [{quote: 'litmus test', speaker: 'Tom Berg', cue: 'thinks'}]},
    {text: 'Tom Berg, who Ruth Bell hired in 2010, said the plan was “a mess.”', expected: [{quote: 'a mess.', speaker: 'Tom Berg', cue: 'said'}]}
  ]
})

// A name that is also a common word (in lowercase elsewhere in the article) still speaks next to a reporting verb inside a sentence.
tester.run('quote-cue-speaker', quoteCueSpeaker, {
  attributed: [
    {text: 'Many small shops are closing. “It is a positive story,” said Small, who attended the rally.', expected: [{quote: 'It is a positive story', speaker: 'Small', cue: 'said'}]}
  ],
  unattributed: [{text: '“It is a positive story,” said small business owners.'}]
})
tester.run('quote-speaker-cue', quoteSpeakerCue, {
  attributed: [
    {text: 'Money came from everywhere. “The circumstances have changed,” From said.', expected: [{quote: 'The circumstances have changed', speaker: 'From', cue: 'said'}]}
  ],
  unattributed: [{text: '“The circumstances have changed.” From said to done, nothing moved.'}]
})

// A digest item’s source label: a dash or “from”, a name or phrase, a colon, the quote.
tester.run('label-colon-quote', labelColonQuote, {
  attributed: [
    {text: 'Pollsters agree - Carla Bialik: “Keep on contacting voters as late as possible.”', expected: [{quote: 'Keep on contacting', speaker: 'Carla Bialik'}]},
    {text: 'What it means for the election - More from Jones: “The partisanship of the state is a starting point.”', expected: [{quote: 'The partisanship', speaker: 'Jones'}]},
    {text: 'Media share blame in poll overhype - HuffPollster: “Pollsters are taking a lot of heat.”', expected: [{quote: 'Pollsters are taking', speaker: 'HuffPollster'}]},
    {text: 'Not all panels are equal. From the report: “Samples with longer field periods were more accurate.”', expected: [{quote: 'Samples with longer', speaker: 'the report'}]},
    // Two authors: the first leads the label.
    {text: 'TURNOUT WAS THE STORY - Carla Bialik and Tomas Verhoeven: “Late deciders broke for the challenger.”', expected: [{quote: 'Late deciders', speaker: 'Carla Bialik'}]}
  ],
  unattributed: [
    {text: 'Here is the full text: “Closed until further notice.”'},
    {text: 'Ruth Bell told reporters - Jones: “We won.”'},
    {text: 'Lena Park: “We won.”'}
  ]
})

// Speech verbs met in news that the lexicon lacked.
tester.run('quote-speaker-cue', quoteSpeakerCue, {
  attributed: [
    {text: '“People are afraid of wasting their votes,” Tom Berg surmised.', expected: [{quote: 'People are afraid', speaker: 'Tom Berg', cue: 'surmised'}]},
    {text: '“France will always be France,” Ines Varga retaliated.', expected: [{quote: 'France will always', speaker: 'Ines Varga', cue: 'retaliated'}]},
    {text: '“Keep the tax in place,” the council recommended.', expected: [{quote: 'Keep the tax', speaker: 'the council', cue: 'recommended'}]}
  ]
})
tester.run('quote-cue-speaker', quoteCueSpeaker, {
  attributed: [
    {text: '“It is about time,” exhorted actress Jamie Lee Curtis.', expected: [{quote: 'It is about time', speaker: 'Jamie Lee Curtis', cue: 'exhorted'}]},
    {text: '“What sport is he talking about?” reacted Trump.', expected: [{quote: 'What sport', speaker: 'Trump', cue: 'reacted'}]}
  ]
})
tester.run('speaker-cue-quote', speakerCueQuote, {
  attributed: [{text: '“The way I see it,” she elaborated, “no one should question his service.”', expected: [{quote: 'The way I see it', speaker: null}, {quote: 'no one should', speaker: 'she', cue: 'elaborated'}]}]
})

// A quote with no speech verb in its sentence, a few words after an owner: the owner said it.
tester.run('owner-before-quote', ownerBeforeQuote, {
  attributed: [
    {text: 'For example, Ruth Bell’s recent evidence-free assertion that “thousands” had gathered spread fast.', expected: [{quote: 'thousands', speaker: 'Ruth Bell'}]},
    {text: 'Ines Varga’s campaign slogan is “I’m with you.”', expected: [{quote: 'I’m with you.', speaker: 'Ines Varga'}]},
    {text: 'Tom Berg never hid it. The worst was his long embrace of “birtherism,” the notion that the president was foreign.', expected: [{quote: 'birtherism', speaker: 'Tom Berg'}]}
  ],
  unattributed: [
    {text: 'Ruth Bell’s plan was debated for hours, and then the town turned, late at night and in the rain, to a “compromise.”'},
    {text: 'Ruth Bell’s aide said the plan was “dead.”', name: 'a speech verb in the sentence is left to the cue rules'}
  ]
})

// A capitalised word opening a sentence that opens a phrase (a number or time word, a participle, an -ly adverb) is no name.
tester.run('speaker-cue-quote', speakerCueQuote, {
  attributed: [
    {text: 'Hours later, Ruth Bell returned the favour, telling reporters, “We are old friends.”', expected: [{quote: 'We are old friends.', speaker: 'Ruth Bell', cue: 'telling'}]},
    {text: 'Weighing in on the debate, former governor Tom Berg stood up, praising her as “a rising star.”', expected: [{quote: 'a rising star.', speaker: 'Tom Berg', cue: 'praising'}]},
    {text: 'Two years before the vote, Mayor Ines Varga went further, saying, “The plan is dead.”', expected: [{quote: 'The plan is dead.', speaker: 'Ines Varga', cue: 'saying'}]},
    {text: 'Manning stood up, saying, “We will win.”', expected: [{quote: 'We will win.', speaker: 'Manning', cue: 'saying'}]}
  ]
})

// Five letters are enough for such a word (“Based on …”), and a time preposition may follow it (“Immediately after …”).
tester.run('sentence-subject (an -ly or -ed opener before a time phrase)', sentenceSubjectRule, {
  attributed: [
    {text: 'Immediately after the vote, Ines Varga issued a statement, “We accept the result.”', expected: [{quote: 'We accept the result.', speaker: 'Ines Varga'}]}
  ],
  unattributed: [{text: 'Based on the figures, the “recovery” is slow.'}]
})
