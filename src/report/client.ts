/**
 * The page’s script: filters, the three views, tooltips and keys. It is
 * written into the page with `Function.prototype.toString` (see `page.ts`),
 * so it stands alone: everything it uses comes in through its arguments.
 *
 * Nothing is rendered before it is looked at. A view draws a page of items
 * (documents, speakers or statements) and draws the next when its “Show
 * more” button scrolls into sight, so a report of 20,000 quotes opens as
 * fast as one of twenty; a statement draws its wordings when opened.
 */

import type {ReportData, ReportQuote} from './data.js'
import type {highlight as Highlight, wordMarks as WordMarks} from './marks.js'

export interface ClientLibrary {
  readonly highlight: typeof Highlight
  readonly wordMarks: typeof WordMarks
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the DOM is not in this project’s lib */
export function boot(data: ReportData, lib: ClientLibrary, win: any): void {
  const doc = win.document
  const $ = (selector: string): any => doc.querySelector(selector)
  const escape = (value: string) => value.replace(/[&<>"']/g, (character) => '&#' + character.charCodeAt(0) + ';')
  const shorten = (value: string, length: number) => {
    const flat = value.replace(/\s+/g, ' ').trim()
    return flat.length > length ? flat.slice(0, length - 1) + '…' : flat
  }
  const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`
  const documents = data.documents
  const speakers = data.speakers

  // Every quote once, flat: `offsets[d]` is where document d’s quotes begin.
  const offsets: number[] = []
  let total = 0
  for (const document of documents) {
    offsets.push(total)
    total += document.quotes.length
  }
  const shown = new Uint8Array(total).fill(1)
  const quoteAt = (d: number, q: number): ReportQuote => documents[d]!.quotes[q]!

  // ---- Filters -------------------------------------------------------------
  const form = $('#filters')
  const field = (name: string): any => form.elements.namedItem(name)
  // A speaker or document filter is the one named exactly, else every one whose name holds the words typed.
  const state = {active: false, speakers: null as Set<number> | null, unattributed: false, documents: null as Set<number> | null, kinds: {full: true, partial: true, mention: true} as Record<string, boolean>, attribution: 'all', search: ''}
  const unattributedLabel = '(unattributed)'
  const chosen = (typed: string, names: readonly string[]): Set<number> => {
    const lower = names.map((name) => name.toLowerCase())
    const exact = lower.indexOf(typed)
    if (exact >= 0) return new Set([exact])
    const found = new Set<number>()
    lower.forEach((name, index) => name.includes(typed) && found.add(index))
    return found
  }

  function readFilters() {
    const speaker = String(field('speaker').value).trim().toLowerCase()
    state.unattributed = speaker === unattributedLabel
    state.speakers = speaker === '' || state.unattributed ? null : chosen(speaker, speakers.map((entry) => entry.name))
    const id = String(field('document').value).trim().toLowerCase()
    state.documents = id === '' ? null : chosen(id, documents.map((document) => document.id))
    for (const kind of ['full', 'partial', 'mention']) state.kinds[kind] = Boolean(field('kind-' + kind).checked)
    state.attribution = String(field('attribution').value)
    state.search = String(field('search').value).trim().toLowerCase()
    state.active = state.speakers !== null || state.unattributed || state.documents !== null || !state.kinds.full || !state.kinds.partial || !state.kinds.mention || state.attribution !== 'all' || state.search !== ''
    let count = 0
    documents.forEach((document, d) => {
      const inDocument = state.documents === null || state.documents.has(d)
      const idMatches = state.search !== '' && document.id.toLowerCase().includes(state.search)
      document.quotes.forEach((quote, q) => {
        let keep = inDocument && state.kinds[quote.kind] === true
        if (keep && state.unattributed) keep = quote.speaker < 0 && quote.kind !== 'mention'
        if (keep && state.speakers !== null) keep = state.speakers.has(quote.speaker)
        if (keep && state.attribution === 'unattributed') keep = quote.speaker < 0 && quote.kind !== 'mention'
        if (keep && state.attribution === 'low') keep = quote.speaker >= 0 && quote.confidence < data.lowConfidence
        if (keep && state.search !== '' && !idMatches) {
          keep = quote.text.toLowerCase().includes(state.search) || (quote.speaker >= 0 && speakers[quote.speaker]!.name.toLowerCase().includes(state.search))
        }
        shown[offsets[d]! + q] = keep ? 1 : 0
        if (keep) count++
      })
    })
    $('#count').textContent = state.active ? `${plural(count, 'quote')} of ${total.toLocaleString('en')} match` : `${plural(total, 'quote')}`
  }

  // ---- Lazy lists -----------------------------------------------------------
  interface List {
    readonly items: number[]
    drawn: number
    readonly container: any
    readonly more: any
    readonly draw: (item: number) => string
    /** How many items one page draws, by a rough cost of each. */
    readonly cost: (item: number) => number
  }
  const lists = new Map<string, List>()
  const observer = typeof win.IntersectionObserver === 'function'
    ? new win.IntersectionObserver((entries: any[]) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        drawMore(lists.get(entry.target.dataset.list)!)
        // Observed anew, the button reports again at once: still in sight, it draws another page.
        observer.unobserve(entry.target)
        observer.observe(entry.target)
      }
    }, {rootMargin: '600px'})
    : null

  function drawMore(list: List, until = -1) {
    let budget = 60_000
    let html = ''
    while (list.drawn < list.items.length && (budget > 0 || list.drawn <= until)) {
      const item = list.items[list.drawn++]!
      budget -= list.cost(item)
      html += list.draw(item)
    }
    list.container.insertAdjacentHTML('beforeend', html)
    const left = list.items.length - list.drawn
    list.more.hidden = left === 0
    list.more.textContent = `Show more (${left.toLocaleString('en')} left)`
  }

  function setList(name: string, items: number[], draw: (item: number) => string, cost: (item: number) => number, empty: string) {
    const container = $(`#${name}-list`)
    const more = $(`#${name}-more`)
    container.innerHTML = items.length === 0 ? `<p class="empty">${empty}</p>` : ''
    more.dataset.list = name
    const list: List = {items, drawn: 0, container, more, draw, cost}
    lists.set(name, list)
    drawMore(list)
    if (observer) {
      observer.unobserve(more)
      observer.observe(more)
    }
  }

  // ---- Documents ------------------------------------------------------------
  const documentShown = (d: number) => {
    for (let q = 0; q < documents[d]!.quotes.length; q++) if (shown[offsets[d]! + q]) return true
    return !state.active
  }
  function drawDocument(d: number): string {
    const document = documents[d]!
    const names = new Set<string>()
    for (const quote of document.quotes) if (quote.speaker >= 0) names.add(speakers[quote.speaker]!.name)
    const body = lib.highlight(document.text, document.quotes, {document: d, speakers, lowConfidence: data.lowConfidence, shown: shown.subarray(offsets[d]!, offsets[d]! + document.quotes.length)})
    const note = document.text === null ? '<p class="note">The source text was not available: its quotes alone.</p>' : ''
    return `<article class="doc" id="doc-${d}" aria-labelledby="doc-${d}-h"><h3 id="doc-${d}-h">${escape(document.id)}</h3>` +
      `<p class="meta">${plural(document.quotes.length, 'quote')}${names.size ? ' · ' + escape([...names].join(', ')) : ''}</p>${note}<div class="text">${body}</div></article>`
  }
  const drawDocuments = () => setList('documents', documents.map((_, d) => d).filter(documentShown), drawDocument,
    (d) => (documents[d]!.text?.length ?? 2000) + documents[d]!.quotes.length * 300, 'No document has a quote that matches the filters.')

  // ---- Speakers -------------------------------------------------------------
  const speakerQuotes: Array<Array<[number, number]>> = speakers.map(() => [])
  const unattributed: Array<[number, number]> = []
  documents.forEach((document, d) => document.quotes.forEach((quote, q) => {
    if (quote.speaker >= 0) speakerQuotes[quote.speaker]!.push([d, q])
    else if (quote.kind !== 'mention') unattributed.push([d, q])
  }))
  const anyShown = (pairs: Array<[number, number]>) => !state.active || pairs.some(([d, q]) => shown[offsets[d]! + q])
  function quoteItem([d, q]: [number, number]): string {
    const quote = quoteAt(d, q)
    const low = quote.speaker >= 0 && quote.confidence < data.lowConfidence ? ' <strong class="flag">low confidence</strong>' : ''
    return `<li><a href="#doc-${d}" data-goto="${d}:${q}">${escape(documents[d]!.id)} ${escape(quote.id)}</a> <span class="kind">${quote.kind}</span>${low} “${escape(shorten(quote.text, 300))}”</li>`
  }
  function drawSpeaker(s: number): string {
    const speaker = s >= 0 ? speakers[s]! : null
    const pairs = s >= 0 ? speakerQuotes[s]! : unattributed
    const name = speaker ? speaker.name : 'Unattributed quotes'
    const swatch = speaker ? `<span class="swatch c${s % 12}" aria-hidden="true"></span>` : '<span class="swatch unat" aria-hidden="true"></span>'
    const extra = speaker?.kind === 'unnamed' ? ' <span class="kind">unnamed</span>' : ''
    const count = state.active ? pairs.filter(([d, q]) => shown[offsets[d]! + q]).length + ' of ' + plural(pairs.length, 'quote') : plural(pairs.length, 'quote')
    const inDocuments = new Set(pairs.map(([d]) => d)).size
    return `<details class="speaker" data-speaker="${s}"><summary>${swatch}<span class="name">${escape(name)}</span>${extra} <span class="count">${count} · ${plural(inDocuments, 'document')}</span></summary><ul class="body"></ul></details>`
  }
  function openSpeaker(element: any) {
    const s = Number(element.dataset.speaker)
    const pairs = (s >= 0 ? speakerQuotes[s]! : unattributed).filter(([d, q]) => !state.active || shown[offsets[d]! + q])
    const limit = 500
    element.querySelector('.body').innerHTML = pairs.slice(0, limit).map(quoteItem).join('') +
      (pairs.length > limit ? `<li class="note">and ${plural(pairs.length - limit, 'more quote')}: filter by this speaker and a document to see them</li>` : '')
  }
  function drawSpeakers() {
    const named: number[] = []
    const unnamed: number[] = []
    speakers.forEach((speaker, s) => {
      if (!anyShown(speakerQuotes[s]!)) return
      ;(speaker.kind === 'unnamed' ? unnamed : named).push(s)
    })
    if (unattributed.length > 0 && anyShown(unattributed)) unnamed.push(-1)
    $('#named-h').textContent = `Named speakers (${named.length.toLocaleString('en')})`
    $('#unnamed-h').textContent = `Unresolved speakers (${unnamed.length.toLocaleString('en')})`
    setList('named', named, drawSpeaker, () => 600, 'No named speaker has a quote that matches the filters.')
    setList('unnamed', unnamed, drawSpeaker, () => 600, 'No unresolved speaker or unattributed quote matches the filters.')
  }

  // ---- Statements -----------------------------------------------------------
  function drawStatement(c: number): string {
    const cluster = data.clusters[c]!
    const [d, q] = cluster.members[0]!
    const first = quoteAt(d, q)
    const who = cluster.speaker ?? 'unknown speaker'
    return `<details class="statement" id="statement-${escape(cluster.id)}" data-cluster="${c}"><summary><span class="size">${plural(cluster.members.length, 'wording')}</span> ` +
      `<span class="who">${escape(who)}</span> · ${plural(cluster.documents, 'document')} <span class="first">“${escape(shorten(first.text, 160))}”</span></summary><div class="wordings"></div></details>`
  }
  function openStatement(element: any) {
    const cluster = data.clusters[Number(element.dataset.cluster)]!
    const quotes = cluster.members.map(([d, q]) => quoteAt(d, q))
    const marked = lib.wordMarks(quotes.map((quote) => quote.text))
    element.querySelector('.wordings').innerHTML = cluster.members.map(([d], index) => {
      const quote = quotes[index]!
      const similarity = quote.similarity === null ? '' : ` · similarity ${quote.similarity.toFixed(2)}`
      return `<figure class="wording"><figcaption><a href="#doc-${d}" data-goto="${d}:${cluster.members[index]![1]}">${escape(documents[d]!.id)}</a> ${escape(quote.id)} · ${quote.kind}${similarity}</figcaption>` +
        `<blockquote>${marked[index]}</blockquote></figure>`
    }).join('')
  }
  function drawStatements() {
    const several = Boolean($('#several').checked)
    const items: number[] = []
    data.clusters.forEach((cluster, c) => {
      if (several && cluster.members.length < 2) return
      if (!state.active || cluster.members.some(([d, q]) => shown[offsets[d]! + q])) items.push(c)
    })
    setList('statements', items, drawStatement, (c) => 400 + data.clusters[c]!.members.length * 20, 'No statement has a wording that matches the filters.')
  }

  // ---- Views ----------------------------------------------------------------
  const views = ['documents', 'speakers', 'statements']
  const drawn: Record<string, boolean> = {}
  let current = ''
  function show(view: string) {
    current = view
    for (const name of views) {
      $('#' + name).hidden = name !== view
      const link = $(`nav a[href="#${name}"]`)
      if (name === view) link.setAttribute('aria-current', 'page')
      else link.removeAttribute('aria-current')
    }
    if (!drawn[view]) redraw(view)
  }
  function redraw(view: string) {
    drawn[view] = true
    if (view === 'documents') drawDocuments()
    else if (view === 'speakers') drawSpeakers()
    else drawStatements()
  }
  function applyFilters() {
    readFilters()
    for (const name of views) drawn[name] = false
    redraw(current)
  }
  function route() {
    const hash = decodeURIComponent(String(win.location.hash).slice(1))
    if (hash.startsWith('statement-')) {
      const c = data.clusters.findIndex((cluster) => 'statement-' + cluster.id === hash)
      if (c >= 0) return goToStatement(c)
    }
    show(views.includes(hash) ? hash : current || 'documents')
  }

  function reveal(list: List, item: number, selector: string): any {
    const at = list.items.indexOf(item)
    if (at >= list.drawn) drawMore(list, at)
    return $(selector)
  }
  let resetting = false
  function clearFilters() {
    resetting = true
    form.reset()
    resetting = false
    readFilters()
    for (const name of views) drawn[name] = false
  }
  function goToStatement(c: number) {
    show('statements')
    let list = lists.get('statements')!
    if (!list.items.includes(c)) {
      clearFilters()
      $('#several').checked = false
      show('statements')
      if (!drawn.statements) redraw('statements')
      list = lists.get('statements')!
    }
    const element = reveal(list, c, `[data-cluster="${c}"]`)
    if (!element) return
    element.open = true
    element.scrollIntoView({block: 'start'})
    element.querySelector('summary').focus()
  }
  function goToQuote(d: number, q: number) {
    show('documents')
    let list = lists.get('documents')!
    if (!list.items.includes(d) || !shown[offsets[d]! + q]) {
      clearFilters()
      show('documents')
      if (!drawn.documents) redraw('documents')
      list = lists.get('documents')!
    }
    reveal(list, d, `#doc-${d}`)
    const mark = doc.getElementById(`d${d}-${documents[d]!.quotes[q]!.id}`)
    if (!mark) return
    mark.scrollIntoView({block: 'center'})
    mark.focus()
  }

  // ---- Tooltip --------------------------------------------------------------
  const tip = $('#tip')
  function describe(mark: any) {
    const d = Number(mark.dataset.d)
    const quote = quoteAt(d, Number(mark.dataset.q))
    const rows: Array<[string, string]> = []
    if (quote.kind === 'mention') rows.push(['Kind', 'mention: words quoted as words, never given a speaker'])
    else {
      rows.push(['Speaker', quote.speaker >= 0 ? speakers[quote.speaker]!.name : 'unattributed'])
      if (quote.mention) rows.push(['Mention', `“${quote.mention.text}”`])
      if (quote.cue) rows.push(['Cue', `“${quote.cue.text}”`])
      rows.push(['Rule', quote.rule ?? 'none'])
      rows.push(['Confidence', quote.confidence.toFixed(2) + (quote.speaker >= 0 && quote.confidence < data.lowConfidence ? ' (low)' : '')])
      rows.push(['Kind', quote.kind])
      if (quote.cluster >= 0) {
        const cluster = data.clusters[quote.cluster]!
        rows.push(['Statement', `${cluster.id}, ${plural(cluster.members.length, 'wording')} (Enter or click opens it)`])
      }
    }
    rows.push(['Offsets', `${quote.start}–${quote.end} in ${documents[d]!.id}`])
    tip.innerHTML = `<dl>${rows.map(([key, value]) => `<dt>${key}</dt><dd>${escape(value)}</dd>`).join('')}</dl>`
    tip.hidden = false
    const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect()
    const width = Math.min(tip.offsetWidth, win.innerWidth - 16)
    tip.style.left = Math.max(8, Math.min(box.left, win.innerWidth - width - 8)) + 'px'
    const below = box.bottom + 6
    tip.style.top = (below + tip.offsetHeight > win.innerHeight ? Math.max(8, box.top - tip.offsetHeight - 6) : below) + 'px'
    mark.setAttribute('aria-describedby', 'tip')
    tipFor = mark
  }
  let tipFor: any = null
  const hideTip = () => {
    tip.hidden = true
    tipFor = null
  }

  // ---- Events ---------------------------------------------------------------
  let timer: any = 0
  form.addEventListener('input', () => {
    win.clearTimeout(timer)
    timer = win.setTimeout(applyFilters, 120)
  })
  form.addEventListener('submit', (event: any) => {
    event.preventDefault()
    applyFilters()
  })
  // Clear: the fields are reset after the event, so filter then; unless a jump already cleared and redrew.
  form.addEventListener('reset', () => resetting || win.setTimeout(applyFilters, 0))
  $('#several').addEventListener('change', () => {
    drawn.statements = false
    if (current === 'statements') redraw('statements')
  })
  for (const name of ['documents', 'named', 'unnamed', 'statements']) $(`#${name}-more`).addEventListener('click', (event: any) => drawMore(lists.get(event.currentTarget.dataset.list)!))
  doc.addEventListener('toggle', (event: any) => {
    const element = event.target
    if (!element.open) return
    if (element.classList.contains('statement')) openStatement(element)
    else if (element.classList.contains('speaker')) openSpeaker(element)
  }, true)
  const markOf = (target: any) => (target && target.closest ? target.closest('mark.q[data-q]') : null)
  doc.addEventListener('mouseover', (event: any) => {
    const mark = markOf(event.target)
    if (mark) describe(mark)
    else if (!tip.contains(event.target)) hideTip()
  })
  doc.addEventListener('focusin', (event: any) => {
    const mark = markOf(event.target)
    if (mark) describe(mark)
    else hideTip()
  })
  // A focused quote keeps its tip through the scroll that brought it into view.
  win.addEventListener('scroll', () => (tipFor && tipFor === doc.activeElement ? describe(tipFor) : hideTip()), {passive: true})
  doc.addEventListener('click', (event: any) => {
    // A view's link shows it even when the address already names it.
    const tab = event.target.closest && event.target.closest('nav a')
    if (tab) show(String(tab.hash).slice(1))
    const link = event.target.closest && event.target.closest('[data-goto]')
    if (link) {
      event.preventDefault()
      const [d, q] = String(link.dataset.goto).split(':').map(Number)
      goToQuote(d!, q!)
      return
    }
    const mark = markOf(event.target)
    if (mark && String(win.getSelection?.() ?? '') === '') {
      const quote = quoteAt(Number(mark.dataset.d), Number(mark.dataset.q))
      if (quote.cluster >= 0) goToStatement(quote.cluster)
    }
  })
  doc.addEventListener('keydown', (event: any) => {
    const target = event.target
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)
    if (event.key === 'Escape') {
      hideTip()
      if (typing) target.blur()
      return
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === '/') {
      event.preventDefault()
      field('search').focus()
    } else if (event.key === '1' || event.key === '2' || event.key === '3') {
      win.location.hash = views[Number(event.key) - 1]
    } else if (event.key === 'j' || event.key === 'k') {
      event.preventDefault()
      step(event.key === 'j' ? 1 : -1)
    } else if (event.key === 'Enter' && markOf(target)) {
      // Or the Enter goes on to the statement's summary, which it would close.
      event.preventDefault()
      const quote = quoteAt(Number(target.dataset.d), Number(target.dataset.q))
      if (quote.cluster >= 0) goToStatement(quote.cluster)
    }
  })
  function step(direction: number) {
    const section = $('#' + current)
    const targets = (): any[] => Array.from(section.querySelectorAll(current === 'documents' ? 'mark.q[tabindex]:not(.dim)' : 'summary'))
    let all = targets()
    let index = all.indexOf(doc.activeElement)
    if (index < 0 && doc.activeElement && doc.activeElement.closest && doc.activeElement.closest('details')) index = all.indexOf(doc.activeElement.closest('details').querySelector('summary'))
    if (direction > 0 && index === all.length - 1) {
      const list = lists.get(current === 'speakers' ? 'named' : current)
      if (list && list.drawn < list.items.length) {
        drawMore(list)
        all = targets()
      }
    }
    const next = all[index < 0 ? (direction > 0 ? 0 : all.length - 1) : index + direction]
    if (next) {
      next.focus()
      next.scrollIntoView({block: 'nearest'})
    }
  }
  win.addEventListener('hashchange', route)

  // Speakers and documents for the filter boxes.
  $('#speaker-names').innerHTML = `<option value="${unattributedLabel}"></option>` + speakers.map((speaker) => `<option value="${escape(speaker.name)}"></option>`).join('')
  $('#document-ids').innerHTML = documents.map((document) => `<option value="${escape(document.id)}"></option>`).join('')
  // The filters fold away on a phone, and open again on a wide screen.
  const narrow = win.matchMedia ? win.matchMedia('(max-width: 40rem)') : null
  if (narrow) {
    $('#filter-box').open = !narrow.matches
    narrow.addEventListener('change', () => ($('#filter-box').open = !narrow.matches))
  }
  readFilters()
  route()
  doc.body.dataset.readyAt = String(Math.round(win.performance.now()))
  doc.body.dataset.ready = 'true'
}
