import {describe, expect, it} from 'vitest'
import {extractQuotes} from '../src/index.js'

const texts = (source: string) => extractQuotes(source).quotes.map((quote) => quote.text)

describe('quote marks', () => {
  it.each([
    ['“Curly double,” she said.', 'Curly double,'],
    ['‘Curly single,’ she said.', 'Curly single,'],
    ['"Straight double," she said.', 'Straight double,'],
    ["'Straight single,' she said.", 'Straight single,'],
    ['Il a dit : « Nous partons » hier.', 'Nous partons'],
    ['Il a dit :\u00A0«\u00A0Nous partons\u00A0» hier.', 'Nous partons'],
    ['Er sagte: „Wir gehen“ heute.', 'Wir gehen'],
    ['Er sagte: „Wir gehen” heute.', 'Wir gehen'],
    ['Er sagte: »Wir gehen« heute.', 'Wir gehen'],
    ['Il dit ‹ oui › enfin.', 'oui'],
    ['Er sagte: ‚ja‘ heute.', 'ja'],
    ['他说「我们走」。', '我们走'],
    ['他说『我们走』。', '我们走'],
    ["He said ``we go'' today.", 'we go'],
    ["He said ''we go'' today.", 'we go'],
    ['Han sa ”vi går” idag.', 'vi går']
  ])('pairs %s', (source, expected) => {
    expect(texts(source)).toEqual([expected])
  })

  it.each([
    'I don’t know, and O’Neill won’t either.',
    'In the ’90s we played rock ’n’ roll, and told ’em so.',
    "In the '90s we played rock 'n' roll.",
    'The Troufanovs’ home and Jones’ car are near the students’ union.',
    'He is 5\'11" tall.',
    'His father, Vitaly Hy”d, was killed.'
  ])('finds no quote in %s', (source) => {
    expect(texts(source)).toEqual([])
  })

  it('keeps a nested quote inside the outer one', () => {
    expect(texts('“They said ‘never again’ and meant it,” she said.')).toEqual(['They said ‘never again’ and meant it,'])
  })

  it('links a quote split by its attribution', () => {
    const {quotes} = extractQuotes('“We will win,” the coach said, “and we will win again.”')
    expect(quotes.map((quote) => quote.text)).toEqual(['We will win,', 'and we will win again.'])
    expect(quotes[1]!.continues).toBe('q1')
    expect(quotes[1]!.speaker).toEqual(quotes[0]!.speaker)
    expect(quotes[0]!.speaker?.name).toBe('the coach')
  })

  it('makes one quote of a quote running over paragraphs', () => {
    const source = 'Judge Maria Alvarez said:\n\n“The evidence is clear.\n\n“The defendant knew what he was doing.”\n\nThe court adjourned.'
    const {quotes} = extractQuotes(source)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.text).toBe('The evidence is clear.\n\n“The defendant knew what he was doing.')
    expect(quotes[0]!.speaker?.name).toBe('Maria Alvarez')
  })

  it('closes a multi-paragraph quote left open in its last paragraph there', () => {
    const source = 'She said:\n\n“First part.\n\n“Second part\n\nThe end.'
    const {quotes, messages} = extractQuotes(source)
    expect(quotes.map((quote) => quote.text)).toEqual(['First part.\n\n“Second part'])
    expect(messages.map((message) => message.ruleId)).toEqual(['unclosed-mark'])
  })

  it('closes an unclosed quote at the paragraph end, warns, and goes on', () => {
    const source = 'She said: “We are leaving now.\n\nThe next day, “nothing” happened, he said.'
    const {quotes, messages} = extractQuotes(source)
    expect(quotes.map((quote) => quote.text)).toEqual(['We are leaving now.', 'nothing'])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ruleId: 'unclosed-mark', start: 10, end: 11})
  })

  it('drops a stray mark with a warning without losing the next paragraph', () => {
    const {quotes, messages} = extractQuotes('The price ” rose.\n\n“Fine,” said Ann Lee.')
    expect(quotes.map((quote) => quote.text)).toEqual(['Fine,'])
    expect(messages.some((message) => message.ruleId === 'stray-mark')).toBe(true)
  })

  it('finds quotes in headlines, after colons, in parentheses and before dashes', () => {
    expect(texts('Minister: ‘We will act’')).toEqual(['We will act'])
    expect(texts('The mayor (“we are ready”) spoke.')).toEqual(['we are ready'])
    expect(texts('“Never give up.” — Keiko Tanaka')).toEqual(['Never give up.'])
  })

  // Copy desks mix curly and straight marks; keeping the kinds apart lost the quote and swallowed the text after it.
  it.each([
    ['“It is nothing more than a media creation," the spokesman said in a tweet. The vote is Friday.', 'It is nothing more than a media creation,'],
    ['"They may not be.” The talks resume on Monday, he said.', 'They may not be.'],
    ['The coach said the team was “ready to win." Fans were less sure.', 'ready to win.'],
    ['“He said "no" twice,” she recalled.', 'He said "no" twice,']
  ])('pairs a curly mark with a straight one in %s', (source, expected) => {
    expect(texts(source)).toEqual([expected])
  })

  it.each([
    [`"I was insulted by the term 'outreach,' " he told the group.`, `I was insulted by the term 'outreach,' `],
    ['“They chanted ‘lock them up,’ ” the officer said.', 'They chanted ‘lock them up,’ '],
    ["''I hate the term 'Wall Street poor,' '' she said.", "I hate the term 'Wall Street poor,' "]
  ])('closes a quote whose closing mark is set off by a space after a nested one in %s', (source, expected) => {
    expect(texts(source)).toEqual([expected])
  })
  // Typing slips: an opening mark typed for a closing one, a space before the closing mark, no space after it.
  it.each([
    ['The council asked for an “urgent review“ of the budget and “a new plan.”', ['urgent review', 'a new plan.']],
    ['“We have done our part, ” the mayor said. “Now it is their turn.”', ['We have done our part, ', 'Now it is their turn.']],
    ['“They know that. “ The statement ended there.', ['They know that. ']],
    ['“We will be back!”The crowd cheered. “Soon,” he said.', ['We will be back!', 'Soon,']],
    ['The report was clear.”“It is over,” she wrote.', ['It is over,']],
    ['He declined to give his name."We were misled." The firm denied it.', ['We were misled.']],
    ['The ad shows him saying, “ we have to give them a path.”', [' we have to give them a path.']],
    ["''There was a backlash against 'the plan,'  '' Ms. Ortiz said. ''It failed.''", ["There was a backlash against 'the plan,'  ", 'It failed.']],
    [`"All he said to us was 'I'm busy,’” she said. “We were busy too."`, [`All he said to us was 'I'm busy,’`, 'We were busy too.']]
  ])('pairs the marks of %s', (source, expected) => {
    expect(texts(source)).toEqual(expected)
  })

  it('closes a quote left open after a sentence end at the paragraph end', () => {
    const {quotes, messages} = extractQuotes('The mayor spoke first. “We will rebuild the bridge\n\nThe vote is Friday.')
    expect(quotes.map((quote) => quote.text)).toEqual(['We will rebuild the bridge'])
    expect(messages.map((message) => message.ruleId)).toEqual(['unclosed-mark'])
  })

})

describe('kinds', () => {
  const kinds = (source: string) => extractQuotes(source).quotes.map((quote) => [quote.text, quote.kind])

  it('tells full, partial and mention apart', () => {
    expect(kinds('“We are done,” said the chairwoman.')).toEqual([['We are done,', 'full']])
    expect(kinds('The union called the walkout “irresponsible” on Monday.')).toEqual([['irresponsible', 'partial']])
    expect(kinds('He refrained from using the words "kidnapped" or "hostage" at all.')).toEqual([
      ['kidnapped', 'mention'],
      ['hostage', 'mention']
    ])
    expect(kinds('The so-called “reform” passed.')).toEqual([['reform', 'mention']])
    expect(kinds('She starred in the film “Silent Harbor” last year.')).toEqual([['Silent Harbor', 'mention']])
    expect(kinds('Talks between the US and “Israel” stalled, officials said.')).toEqual([['Israel', 'mention']])
  })

  it('takes a Title Case quote after a possessive or preposition as a title, not speech', () => {
    expect(kinds('“We will win,” Ortiz told NBC’s “Meet the Press.”')).toEqual([
      ['We will win,', 'full'],
      ['Meet the Press.', 'mention']
    ])
    expect(kinds('The senator said on CBS’s “Face the Nation” that talks had stalled.')).toEqual([['Face the Nation', 'mention']])
    expect(kinds('Dunn told reporters on “Morning Edition,” a radio show, that she would run.')).toEqual([['Morning Edition,', 'mention']])
  })

  it('takes a quote after a work noun as a title only when it looks like one', () => {
    expect(kinds('She starred in the film “Silent Harbor” last year.')).toEqual([['Silent Harbor', 'mention']])
    expect(kinds('Aides said the campaign “needs a win” in March.')).toEqual([['needs a win', 'partial']])
    expect(kinds('The mayor called the show “the worst thing on air.”')).toEqual([['the worst thing on air.', 'partial']])
    expect(kinds('The board wants the program “back on track.”')).toEqual([['back on track.', 'partial']])
    expect(kinds('From the report: “Most towns lack a plan.”').map(([, kind]) => kind)).not.toContain('mention')
    expect(kinds('Critics called the new law “a disaster” on Monday.')).toEqual([['a disaster', 'partial']])
  })

  it('takes a Title Case quote right after a speech verb as speech, after a verb of naming as a name', () => {
    expect(kinds('She declared “What a Great Night!” and left the stage.')).toEqual([['What a Great Night!', 'partial']])
    expect(kinds('The fans were shouting “Go Team Go” all evening.')).toEqual([['Go Team Go', 'partial']])
    expect(kinds('He took a class called “Perception” in 2002.')).toEqual([['Perception', 'mention']])
    expect(kinds('The so called “Unity Plan” failed.')).toEqual([['Unity Plan', 'mention']])
  })

  it('takes the labels and links of link lines as mentions', () => {
    expect(kinds('The council met on Monday.\n\n"Related:"\n\nThe vote is next week.')).toEqual([['Related:', 'mention']])
    expect(kinds('READ MORE: ‘We were never told,’ say flood victims\n\nThe inquiry opens today.').map(([, kind]) => kind)).toEqual(['mention'])
    expect(kinds('WATCH: “This is a disgrace”\n\nThe minister resigned.').map(([, kind]) => kind)).toEqual(['mention'])
    expect(kinds('Enter your email address and click “sign up.” That is all.')).toEqual([['sign up.', 'mention']])
    expect(kinds('Sign up by clicking the "subscribe" button below.')).toEqual([['subscribe', 'mention']])
  })

  it('takes a paragraph that is only a phrase in single marks for a subhead where quotes are in double marks', () => {
    const source = '“We lost,” she said.\n\n‘A fight from start to finish.’\n\n“It was hard,” said Ana Ruiz.\n\n– ‘Who cares?’ –.\n\n“Nobody,” he said.'
    expect(kinds(source).map(([, kind]) => kind)).toEqual(['full', 'mention', 'full', 'mention', 'full'])
    // Where single marks are the quotation marks (British style), such a paragraph is still speech.
    const british = '‘We lost,’ she said.\n\n‘A fight from start to finish.’\n\n‘It was hard,’ said Ana Ruiz.'
    expect(kinds(british).map(([, kind]) => kind)).not.toContain('mention')
  })

  it('takes a capitalised quote followed by its author for a title', () => {
    expect(kinds('According to “The Trumps: Three Generations That Built an Empire,” by Gwenda Blair, he told his friends.')).toEqual([
      ['The Trumps: Three Generations That Built an Empire,', 'mention']
    ])
    expect(kinds('—“Met accused of whitewashing baby Jesus,” by Post’s Kathianne Boniello: “A Manhattan man is suing.”').map(([, kind]) => kind)[0]).toBe('mention')
    expect(kinds('The project was “rocked” by Mr. Christie.')).toEqual([['rocked', 'partial']])
    expect(kinds('He promised “A Deal Soon” by Monday, aides said.').map(([, kind]) => kind)).not.toContain('mention')
    expect(kinds('He promised “A Deal Soon” by Dec. 1, aides said.').map(([, kind]) => kind)).not.toContain('mention')
    // An author whose name begins like a month or a weekday is still an author.
    expect(kinds('According to “The Long Road Home,” by Marcus Lee, he stayed.')).toEqual([['The Long Road Home,', 'mention']])
    expect(kinds('According to “The Long Road Home,” by Janet Ruiz, he stayed.')).toEqual([['The Long Road Home,', 'mention']])
  })

  it('takes a gloss after a language name as words, and “in her words” as speech', () => {
    expect(kinds('It bore the motto “Si Vis Pacem Para Bellum,” Latin for “if you wish peace, prepare for war.”').map(([, kind]) => kind)).toEqual(['mention', 'mention'])
    expect(kinds("His friends jeered, ''Do svidaniya!'' - Russian for ''goodbye.''").map(([, kind]) => kind)).toEqual(['partial', 'mention'])
    expect(kinds('She wants him in charge because, in her words, “he knows how to do it.”')).toEqual([['he knows how to do it.', 'partial']])
    expect(kinds('Tel Aviv thrives because, in Forbes’ words, “they are the most entrepreneurial places.”').map(([, kind]) => kind)).toEqual(['partial'])
  })

  it('takes a show named right after a verb of telling as a name', () => {
    expect(kinds('“He is fair game,” Fiorina told “Fox and Friends,” reminding the hosts of his record.')).toEqual([
      ['He is fair game,', 'full'],
      ['Fox and Friends,', 'mention']
    ])
    expect(kinds('She told reporters, “We are done here.”')).toEqual([['We are done here.', 'full']])
  })

  it('reads titles after a name’s possessive work noun, and with lowercase “is” or “&”', () => {
    expect(kinds('Check out the trailer for DuVernay’s documentary, “13th,” below.')).toEqual([['13th,', 'mention']])
    expect(kinds('She closed with the civil rights anthem “A Change Is Gonna Come,” to cheers.')).toEqual([['A Change Is Gonna Come,', 'mention']])
    expect(kinds('Romney’s phrase “self-deportation” still haunts the party.')).toEqual([['self-deportation', 'partial']])
    expect(kinds('The actress starred in “Orange is the New Black” for years.')).toEqual([['Orange is the New Black', 'mention']])
    expect(kinds('Lanny Davis appeared on Monday on “Fox & Friends” to defend her.')).toEqual([['Fox & Friends', 'mention']])
  })

  it('takes names and slogans chanted or cried as speech', () => {
    expect(kinds('But their chants of “Ted! Ted! Ted!” were cut short.')).toEqual([['Ted! Ted! Ted!', 'partial']])
    expect(kinds('McAuliffe was greeted with chants of "Bobby!" at a labor conference.')).toEqual([['Bobby!', 'partial']])
    expect(kinds('The speech drew loud jeers and “BERNIE!” chants.')).toEqual([['BERNIE!', 'partial']])
    expect(kinds('The crowd waved “Feel the Bern” signs.')).toEqual([['Feel the Bern', 'mention']])
  })

  it('takes a name someone gives someone as what they said', () => {
    expect(kinds('Within minutes, he called Rubio “Little Marco” again.')).toEqual([['Little Marco', 'partial']])
    expect(kinds('Ms. Friedan called Mrs. Schlafly an “Aunt Tom.”')).toEqual([['Aunt Tom.', 'partial']])
    expect(kinds('He swiped at Marco Rubio, who he dubbed “the little senator.”')).toEqual([['the little senator.', 'partial']])
    // No one names here: a thing called so, a passive naming.
    expect(kinds('He took a class called “Perception” in 2002.')).toEqual([['Perception', 'mention']])
    expect(kinds('The new group will be dubbed “Defeat Crooked Hillary PAC” by donors.')).toEqual([['Defeat Crooked Hillary PAC', 'mention']])
  })

  it('never attributes a mention', () => {
    const {quotes} = extractQuotes('Putin avoided the word "murder", he said.')
    expect(quotes[0]).toMatchObject({kind: 'mention', speaker: null, rule: null})
  })
})
