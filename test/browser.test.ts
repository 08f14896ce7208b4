/**
 * The report in a real browser: Debian’s Chromium driven by playwright-core
 * (which downloads no browser). Without /usr/bin/chromium this file is
 * skipped with a message; `.ci/run` installs it, so CI always runs it.
 *
 * Screenshots go to a temporary folder (its path is printed), or to
 * `WHOSAID_SCREENSHOTS` when set.
 */

import {existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {renderReport} from '../src/report/page.js'
import {corpusContract, syntheticContract} from './report-fixtures.js'

// Page-side callbacks run in the browser; this project's types have no DOM.
declare const document: any
declare function requestAnimationFrame(callback: (time: number) => void): number

const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
if (!available) {
  console.warn(`browser test skipped: ${executablePath} is missing (install it with \`apt-get install chromium\`; .ci/run does)`)
}

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

describe.skipIf(!available)('the report in Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-browser-'))
  const shots = process.env.WHOSAID_SCREENSHOTS ?? join(folder, 'screenshots')
  const {contract, sources} = corpusContract()
  const quotes = contract.documents.flatMap((document, d) => document.quotes.map((quote) => ({d, document: document.id, ...quote})))
  const requests: string[] = []
  const errors: string[] = []
  let context: BrowserContext
  let page: Page

  const shot = async (name: string) => {
    const path = join(shots, name)
    await page.screenshot({path})
    expect(statSync(path).size).toBeGreaterThan(10_000)
  }
  const open = async (path: string) => {
    await page.goto(pathToFileURL(path).href)
    await page.waitForSelector('body[data-ready="true"]')
  }
  const setFilter = async (name: string, value: string) => {
    const before = await page.textContent('#count')
    await page.fill(`[name="${name}"]`, value)
    await page.waitForFunction((previous) => document.querySelector('#count').textContent !== previous, before)
  }

  beforeAll(async () => {
    mkdirSync(shots, {recursive: true})
    writeFileSync(join(folder, 'corpus.html'), renderReport(contract, {sources, title: 'whosaid report of corpus/'}))
    context = await chromium.launchPersistentContext(join(folder, 'profile'), {executablePath, headless: true, args, viewport: {width: 1200, height: 900}})
    context.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(String(error)))
    await open(join(folder, 'corpus.html'))
    console.log(`browser test screenshots: ${shots}`)
  })

  afterAll(async () => {
    await context?.close()
    // Keep the screenshots; the browser profile and the 12 MB page go.
    for (const name of ['profile', 'large.html']) rmSync(join(folder, name), {recursive: true, force: true})
  })

  it('highlights every quote of the JSON in its document, once, with its speaker', async () => {
    while (await page.isVisible('#documents-more')) await page.click('#documents-more')
    const marks = await page.$$eval('#documents-list mark.q[id]', (elements) =>
      elements.map((element) => {
        const {d, q, start, end} = (element as any).dataset
        const pieces: any[] = [...document.querySelectorAll(`#documents-list mark[data-d="${d}"][data-q="${q}"]`)]
        return {
          id: element.id,
          start: Number(start),
          end: Number(end),
          text: pieces.map((piece) => piece.textContent).join(''),
          label: pieces.at(-1)!.dataset.label ?? null
        }
      })
    )
    expect(marks).toEqual(quotes.map((quote) => ({
      id: `d${quote.d}-${quote.id}`,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      label: quote.kind === 'mention' ? null : quote.speaker ? expect.stringContaining(quote.speaker.name) : '? unattributed'
    })))
    expect(await page.locator('article.doc').count()).toBe(contract.documents.length)
    await shot('documents.png')
  })

  it('shows speaker, mention, cue, rule and confidence of the focused quote; j moves on', async () => {
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    const focused = await page.evaluate(() => document.activeElement?.id)
    const quote = quotes.find((entry) => `d${entry.d}-${entry.id}` === focused)!
    expect(quote).toBe(quotes[1])
    const tip = await page.textContent('#tip')
    expect(await page.isVisible('#tip')).toBe(true)
    expect(tip).toContain(`Speaker${quote.speaker!.name}`)
    expect(tip).toContain(`Rule${quote.rule}`)
    expect(tip).toContain(`Confidence${quote.confidence.toFixed(2)}`)
    if (quote.cue) expect(tip).toContain(`Cue“${quote.cue.text}”`)
    await shot('tooltip.png')
  })

  it('filters by speaker: only their quotes stay highlighted, in the documents that have them', async () => {
    const name = quotes.find((quote) => quote.speaker && quote.speaker.name !== quotes[0]!.speaker?.name)!.speaker!.name
    const theirs = quotes.filter((quote) => quote.speaker?.name === name)
    await setFilter('speaker', name)
    expect(await page.textContent('#count')).toBe(`${theirs.length} quote${theirs.length === 1 ? '' : 's'} of ${quotes.length} match`)
    const shown = await page.$$eval('#documents-list mark.q[id]:not(.dim)', (elements) => elements.map((element) => element.id))
    expect(shown).toEqual(theirs.map((quote) => `d${quote.d}-${quote.id}`))
    const documents = await page.$$eval('article.doc h3', (elements) => elements.map((element) => element.textContent))
    expect(documents).toEqual([...new Set(theirs.map((quote) => quote.document))])
    await shot('speaker-filter.png')
    await page.click('nav a[href="#speakers"]')
    expect(await page.$$eval('#named-list summary .name', (elements) => elements.map((element) => element.textContent))).toEqual([name])
    await page.click('#named-list summary')
    await page.waitForSelector('#named-list details[open] li')
    expect(await page.locator('#named-list details[open] li').count()).toBe(theirs.length)
    // A quote of the list leads to the quote in its document.
    await page.click('#named-list details[open] li a')
    expect(await page.isVisible('#documents')).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`d${theirs[0]!.d}-${theirs[0]!.id}`)
    await page.click('#filters button[type=reset]')
    await page.waitForFunction(() => !document.querySelector('#count').textContent!.includes('match'))
  })

  it('filters by part of a speaker’s name, or of a document’s', async () => {
    await page.click('nav a[href="#documents"]')
    const speaker = quotes.find((quote) => quote.speaker)!.speaker!.name
    const surname = speaker.split(' ').at(-1)!
    const named = quotes.filter((quote) => quote.speaker?.name.includes(surname))
    await setFilter('speaker', surname.toLowerCase())
    expect(await page.textContent('#count')).toBe(`${named.length} quotes of ${quotes.length} match`)
    await page.fill('[name="speaker"]', '')
    const wanted = contract.documents[2]!.id
    await setFilter('document', wanted.slice(-12))
    expect(await page.$$eval('article.doc h3', (elements) => elements.map((element) => element.textContent))).toEqual([wanted])
    await page.click('#filters button[type=reset]')
    await page.waitForFunction(() => !document.querySelector('#count').textContent.includes('match'))
  })

  it('searches the words of the quotes', async () => {
    await page.click('nav a[href="#documents"]')
    await setFilter('search', 'humanitarian')
    const matching = quotes.filter((quote) => quote.text.toLowerCase().includes('humanitarian'))
    expect(await page.textContent('#count')).toBe(`${matching.length} quotes of ${quotes.length} match`)
    expect(await page.$$eval('#documents-list mark.q[id]:not(.dim)', (elements) => elements.map((element) => element.id))).toEqual(matching.map((quote) => `d${quote.d}-${quote.id}`))
    await page.click('#filters button[type=reset]')
    await page.waitForFunction(() => !document.querySelector('#count').textContent!.includes('match'))
  })

  it('opens a statement: its wordings side by side, with outlet and similarity, largest first', async () => {
    await page.click('nav a[href="#statements"]')
    const largest = [...contract.clusters!].sort((a, b) => b.members.length - a.members.length)[0]!
    const sizes = await page.$$eval('#statements-list details', (elements) => elements.map((element) => element.querySelectorAll('.size')[0]!.textContent))
    expect(sizes[0]).toBe(`${largest.members.length} wordings`)
    await page.click('#statements-list summary')
    await page.waitForSelector('#statements-list details[open] figure')
    const captions = await page.$$eval('#statements-list details[open] figcaption', (elements) => elements.map((element) => element.textContent))
    expect(captions).toEqual(largest.members.map((member) => expect.stringContaining(`${member.document} ${member.quote}`)))
    expect(captions.every((caption, index) => caption!.endsWith(`similarity ${largest.members[index]!.similarity!.toFixed(2)}`))).toBe(true)
    const wordings = await page.$$eval('#statements-list details[open] blockquote', (elements) => elements.map((element) => element.textContent))
    const text = (member: {document: string; quote: string}) => quotes.find((quote) => quote.document === member.document && quote.id === member.quote)!.text
    expect(wordings).toEqual(largest.members.map(text))
    expect(await page.locator('#statements-list details[open] .w-own').count()).toBeGreaterThan(0)
    await page.locator('#statements-list details[open]').scrollIntoViewIfNeeded()
    await shot('statement.png')
  })

  it('Enter on a quote opens its statement', async () => {
    await page.click('nav a[href="#documents"]')
    const quote = quotes.find((entry) => entry.kind !== 'mention')!
    await page.focus(`#d${quote.d}-${quote.id}`)
    await page.keyboard.press('Enter')
    const cluster = contract.clusters!.find((entry) => entry.members.some((member) => member.document === quote.document && member.quote === quote.id))!
    expect(await page.isVisible('#statements')).toBe(true)
    expect(await page.getAttribute(`[id="statement-${cluster.id}"]`, 'open')).not.toBeNull()
  })

  it('a wording’s link leads to its quote, clearing the filters that hid it', async () => {
    const largest = [...contract.clusters!].sort((a, b) => b.members.length - a.members.length)[0]!
    const [first, other] = [largest.members[0]!, largest.members.find((member) => member.document !== largest.members[0]!.document)!]
    await page.click('nav a[href="#statements"]')
    await setFilter('document', first.document)
    await page.click('#statements-list summary')
    await page.waitForSelector('#statements-list details[open] figure')
    await page.click(`#statements-list details[open] figcaption a >> text=${other.document}`)
    const quote = quotes.find((entry) => entry.document === other.document && entry.id === other.quote)!
    await page.waitForFunction((id) => document.activeElement?.id === id, `d${quote.d}-${quote.id}`)
    expect(await page.inputValue('[name="document"]')).toBe('')
    // Nothing redraws the page after the jump.
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`d${quote.d}-${quote.id}`)
  })

  it('fits a phone and prints without its controls', async () => {
    await page.click('nav a[href="#documents"]')
    await page.setViewportSize({width: 390, height: 844})
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.waitForFunction(() => !document.querySelector('#filter-box').open)
    expect(await page.isHidden('#filters')).toBe(true)
    await shot('phone.png')
    await page.emulateMedia({media: 'print'})
    for (const selector of ['nav', '#filter-box', '#tip']) expect(await page.isHidden(selector)).toBe(true)
    expect(await page.isVisible('article.doc mark.q')).toBe(true)
    await page.emulateMedia({media: 'screen'})
    await page.setViewportSize({width: 1200, height: 900})
  })

  it('fetched nothing and threw nothing', () => {
    expect(requests).toEqual([])
    expect(errors).toEqual([])
  })

  it('opens 1,000 documents and 20,000 quotes without drawing them all, and draws more on scrolling', async () => {
    const large = syntheticContract(1000, 20)
    const path = join(folder, 'large.html')
    const html = renderReport(large.contract, {sources: large.sources})
    writeFileSync(path, html)
    const started = Date.now()
    await open(path)
    const wall = Date.now() - started
    const ready = Number(await page.getAttribute('body', 'data-ready-at'))
    const drawn = await page.locator('#documents-list mark.q[id]').count()
    const first = await page.locator('#documents-list article.doc').count()
    expect(drawn).toBeGreaterThan(0)
    expect(drawn).toBeLessThan(2000)

    // The longest task that holds the page while it scrolls: what a reader would feel as a stall.
    await page.evaluate(() => {
      const found: number[] = []
      ;(globalThis as any).longTasks = found
      new (globalThis as any).PerformanceObserver((list: any) => found.push(...list.getEntries().map((entry: any) => entry.duration))).observe({type: 'longtask'})
    })
    const scrolled = Date.now()
    await page.mouse.move(600, 450)
    for (let step = 0; step < 20; step++) {
      await page.mouse.wheel(0, 4000)
      // Two frames: the scroll, then the observer that draws more.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    }
    const scrolling = Date.now() - scrolled
    const longest = Math.round(await page.evaluate(() => Math.max(0, ...(globalThis as any).longTasks)))
    const after = await page.locator('#documents-list article.doc').count()
    expect(after).toBeGreaterThan(first)

    const filtered = Date.now()
    await setFilter('speaker', 'Speaker7 Example')
    const filtering = Date.now() - filtered
    expect(await page.textContent('#count')).toMatch(/^[\d,]+ quotes of 20,000 match$/)

    await page.click('nav a[href="#statements"]')
    await page.click('#statements-list summary')
    await page.waitForSelector('#statements-list details[open] figure')
    expect(await page.locator('#statements-list details[open] figure').count()).toBeGreaterThan(1)
    console.log(`report of 1,000 documents and 20,000 quotes (${(html.length / 1e6).toFixed(1)} MB): ready ${ready} ms after navigation starts (${wall} ms as the test sees it), ${drawn} quotes drawn at first; 20 wheel turns in ${scrolling} ms drew ${after} documents, the longest task meanwhile ${longest} ms; a speaker filter in ${filtering} ms`)
    expect(errors).toEqual([])
  })
})
