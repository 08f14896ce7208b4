/**
 * What an HTML element is to a reader of the article: skipped (code, forms,
 * page furniture), a quotation (`<q>`, `<blockquote>`), a pull quote (a
 * repetition of the body set large for layout), a block, or inline text.
 *
 * Page furniture is found as readability-style extractors find it: by element
 * (`nav`, `aside`, `footer`), by landmark role, and by the words sites use in
 * class and id names (`related-links`, `cookie-banner`, `newsletter-signup`).
 */

import type {DefaultTreeAdapterMap} from 'parse5'

type Element = DefaultTreeAdapterMap['element']

export type ElementRole = 'skip' | 'quotation' | 'pull-quote' | 'block' | 'inline'

/** Never text of the article. */
const skippedElements = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'form', 'button', 'select', 'option', 'textarea',
  'input', 'iframe', 'svg', 'math', 'canvas', 'head', 'object', 'video', 'audio', 'map', 'aside', 'footer',
  'dialog', 'menu'
])

const blockElements = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul'
])

/** Landmarks and widgets that are not the article. */
const skippedRoles = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar'])

/** Containers of the whole page: a class name on them says nothing about the text. */
const pageElements = new Set(['html', 'body', 'main', 'article'])

/** Class and id words of page furniture (matched as whole words of `related-links`, `cookieBanner`, `most_read`). */
const furniture =
  /(?:^|[\s_-])(?:footer|sidebar|related|cookies?|consent|gdpr|newsletters?|subscribe|subscription|sign-?up|promo|promotions?|advert|advertisement|ads?|sponsor|sponsored|share|sharing|social|breadcrumbs?|menu|navbar|navigation|nav|popup|modal|comments?|outbrain|taboola|recirculation|trending|recommended|most-?(?:read|popular|viewed))(?=$|[\s_-])/i

/** Class and id words of the article itself: `story-body share-bar` is the body (as in readability). */
const content = /(?:^|[\s_-])(?:article|body|content|main|story|post|entry|text|column)(?=$|[\s_-])/i

/** Class and id words of a pull quote. */
const pullQuote = /pull-?_?quote|pullout|pquote/i

/** `cookieBanner` → `cookie-Banner`, so camel-cased names split into words too. */
const camelCase = /([a-z\d])([A-Z])/g

function attribute(element: Element, name: string): string | undefined {
  for (const attr of element.attrs) if (attr.name === name) return attr.value
  return undefined
}

/** How the article reader treats `element`; `insideQuotation` exempts a blockquote's own `<footer>`. */
export function elementRole(element: Element, insideQuotation = false): ElementRole {
  const tag = element.tagName
  if (tag === 'footer' && insideQuotation) return 'block'
  if (skippedElements.has(tag)) return 'skip'
  if (element.attrs.length > 0) {
    if (attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true') return 'skip'
    const role = attribute(element, 'role')?.toLowerCase()
    if (role !== undefined && skippedRoles.has(role)) return 'skip'
    const names = `${attribute(element, 'class') ?? ''} ${attribute(element, 'id') ?? ''}`.replace(camelCase, '$1-$2')
    if (pullQuote.test(names)) return 'pull-quote'
    if (!pageElements.has(tag) && role !== 'main' && furniture.test(names) && !content.test(names)) return 'skip'
  }
  if (tag === 'q' || tag === 'blockquote') return 'quotation'
  return blockElements.has(tag) ? 'block' : 'inline'
}

/** Whether `tag` starts a new paragraph. */
export function isBlock(tag: string): boolean {
  return blockElements.has(tag)
}
