/**
 * The PolNeAR scorer's own quotation-mark pairing (scripts/polnear-marks.js): the gold quotes
 * are the pairs it finds, so a pairing error is a scoring error.
 */
import {describe, expect, it} from 'vitest'
import {markPairs} from '../scripts/polnear-marks.js'

/** The text inside each pair. */
const quotes = (text: string): string[] => markPairs(text).map((span) => text.slice(span.start, span.end))

describe('markPairs (PolNeAR scorer)', () => {
  it('reads the NYT’s two apostrophes as one double mark, with single marks nested inside', () => {
    expect(quotes("The commission ''only requires that companies report all 'significant' subsidiaries,'' it said.")).toEqual([
      "only requires that companies report all 'significant' subsidiaries,"
    ])
    expect(quotes("He said, and ''I had to step back and think, 'This is their lives.'.''")).toEqual(["I had to step back and think, 'This is their lives.'."])
  })

  it('closes a nested curly quote with its own mark, not the outer straight one', () => {
    const text = '"PENCE: Hillary Clinton thinks this is an episode of “Shark Tank.” But this is America."'
    expect(quotes(text)).toEqual(['PENCE: Hillary Clinton thinks this is an episode of “Shark Tank.” But this is America.'])
    expect(quotes('“I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana')).toEqual([
      'I’d rather live in what he calls “hell” than live in a world where he is president.'
    ])
    expect(quotes('He tweeted, "Reporting that Orlando killer shouted "Allah hu Akbar!" as he slaughtered clubgoers." This appeared')).toEqual([
      'Reporting that Orlando killer shouted "Allah hu Akbar!" as he slaughtered clubgoers.'
    ])
  })

  it('takes a curly mark reopened inside a curly quote for the same quote going on', () => {
    expect(quotes('She approached her “and said nice things. I was shell-shocked. “And she said, ‘Do you understand,’” Broaddrick said.')).toEqual([
      'and said nice things. I was shell-shocked. “And she said, ‘Do you understand,’'
    ])
  })

  it('reads an opening curly mark typed where a closing one belongs', () => {
    expect(quotes('The pastor attacked “Frozen“ and books for being too “pro-gay,” he said.')).toEqual(['Frozen', 'pro-gay,'])
    expect(quotes('"Apparently not,“ he said. “A leopard doesn’t change its spots.”')).toEqual(['Apparently not,', 'A leopard doesn’t change its spots.'])
  })

  it('reads a closing curly mark typed where an opening one belongs', () => {
    expect(quotes('Getty.\n\n”Mr. Trump embodies the legacy of racism.” ― Sonya Herridge')).toEqual(['Mr. Trump embodies the legacy of racism.'])
  })

  it('closes a mark set off by a space or run into the next word', () => {
    expect(quotes(`"I've always been insulted with the term 'African American outreach,' " he told the group.`)).toEqual([
      "I've always been insulted with the term 'African American outreach,' "
    ])
    expect(quotes("''The reason is coalitions, '' said Mr. Smith.")).toEqual(['The reason is coalitions, '])
    expect(quotes('"Trump says different things,"Katie Packer said. "More and more, he ducks."')).toEqual(['Trump says different things,', 'More and more, he ducks.'])
    expect(quotes('about"joint operations." He pledged "cooperation" and more.')).toEqual(['joint operations.', 'cooperation'])
  })

  it('opens a curly mark padded with a space before the first word', () => {
    expect(quotes('Trump saying, “ you have to give them a path.”')).toEqual([' you have to give them a path.'])
  })

  it('takes single marks before years and single marks left open for apostrophes', () => {
    expect(quotes(`In the '70s, the unit known as the "Midnight Crew," was feared.`)).toEqual(['Midnight Crew,'])
    expect(quotes('And how ‘bout this headline: “Surge in robberies alters residents’ routines.” Indeed.')).toEqual(['Surge in robberies alters residents’ routines.'])
  })

  it('runs a quote on into the next paragraph that opens with a double mark, NYT marks included', () => {
    const text = "''And it's hard for voters.\n\n''That's why I've tried to say, 'Look.' I think that's revolutionary.''"
    expect(quotes(text)).toEqual(["And it's hard for voters.\n\n''That's why I've tried to say, 'Look.' I think that's revolutionary."])
    expect(quotes('"One paragraph.\n\nNo mark here.')).toEqual(['One paragraph.'])
    // A different mark opens a new quote: a block excerpt's straight mark does not run into the curly quotes after it.
    expect(quotes('"Kevin was snoring.\n\n“Here he is, babe,” she said.')).toEqual(['Kevin was snoring.', 'Here he is, babe,'])
  })
})
