/**
 * The report page: one self-contained HTML file (inline style and script,
 * no request to anywhere: its Content-Security-Policy forbids them). The
 * page itself holds landmarks, headings and the filter form; the data rides
 * along as JSON in a `<script type="application/json">`, and the script
 * draws what is looked at (`client.ts`), with the renderers of `marks.ts`.
 */

import {boot} from './client.js'
import {reportData, type ReportInput, type ReportOptions} from './data.js'
import {highlight, wordMarks} from './marks.js'
import {style} from './style.js'

/** Escape text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => '&#' + character.charCodeAt(0) + ';')
}

/**
 * JSON that is safe inside `<script>`: no `<` at all (so no `</script` or
 * `<!--`), and U+2028 and U+2029 escaped as older parsers require.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0'))
}

const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`

/**
 * Render the report of a JSON contract (the output of `whosaid --format
 * json`) as one HTML page. Give the documents’ sources to see each quote in
 * its article; without them (or when a source does not match the offsets)
 * a document shows its quotes alone.
 */
export function renderReport(contract: ReportInput, options: ReportOptions = {}): string {
  const data = reportData(contract, options)
  const quotes = data.documents.reduce((sum, document) => sum + document.quotes.length, 0)
  const title = escapeHtml(data.title)
  const script = `(${boot.toString()})(JSON.parse(document.getElementById('whosaid-data').textContent), {highlight: ${highlight.toString()}, wordMarks: ${wordMarks.toString()}}, window)`.replace(/<\/script/gi, '<\\/script')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="whosaid">
<title>${title}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>${title}</h1>
<p class="summary">${plural(data.documents.length, 'document')} · ${plural(quotes, 'quote')} · ${plural(data.speakers.length, 'speaker')} · ${plural(data.clusters.length, 'statement')}</p>
</header>
<nav aria-label="Views"><ul>
<li><a href="#documents" aria-current="page">Documents</a></li>
<li><a href="#speakers">Speakers</a></li>
<li><a href="#statements">Statements</a></li>
</ul></nav>
<details id="filter-box" open><summary>Filters</summary>
<form id="filters" role="search" aria-label="Filter quotes">
<label>Speaker <input type="text" name="speaker" list="speaker-names" autocomplete="off" placeholder="anyone"></label>
<datalist id="speaker-names"></datalist>
<label>Document <input type="text" name="document" list="document-ids" autocomplete="off" placeholder="any"></label>
<datalist id="document-ids"></datalist>
<fieldset><legend>Kind</legend>
<label><input type="checkbox" name="kind-full" checked> full</label>
<label><input type="checkbox" name="kind-partial" checked> partial</label>
<label><input type="checkbox" name="kind-mention" checked> mention</label>
</fieldset>
<label>Attribution <select name="attribution">
<option value="all">all</option>
<option value="unattributed">unattributed only</option>
<option value="low">low confidence only</option>
</select></label>
<label>Search <input type="search" name="search" placeholder="words, speaker or document"></label>
<button type="reset">Clear</button>
<output id="count" aria-live="polite"></output>
</form>
</details>
<main id="main">
<section id="documents" aria-labelledby="documents-h">
<h2 id="documents-h">Documents</h2>
<dl class="legend" aria-label="Legend">
<div><dt><mark class="q k-full c6">full</mark></dt><dd>a whole sentence, solid line</dd></div>
<div><dt><mark class="q k-partial c6">partial</mark></dt><dd>a fragment, dashed line</dd></div>
<div><dt><mark class="q k-mention">mention</mark></dt><dd>words quoted as words, dotted box</dd></div>
<div><dt><mark class="q k-full unat">hatched</mark></dt><dd>no speaker found</dd></div>
<div><dt><mark class="q k-full low c6">dashed round</mark></dt><dd>confidence below ${data.lowConfidence}</dd></div>
<div><dt><span class="cue">said</span></dt><dd>the cue</dd></div>
<div><dt><span class="sm">Name</span></dt><dd>the speaker as written</dd></div>
</dl>
<div id="documents-list"></div>
<button type="button" class="more" id="documents-more" hidden>Show more</button>
</section>
<section id="speakers" aria-labelledby="speakers-h" hidden>
<h2 id="speakers-h">Speakers</h2>
<h3 id="named-h">Named speakers</h3>
<div id="named-list"></div>
<button type="button" class="more" id="named-more" hidden>Show more</button>
<h3 id="unnamed-h">Unresolved speakers</h3>
<p class="note">Speakers known only by a description, and quotes no speaker was found for.</p>
<div id="unnamed-list"></div>
<button type="button" class="more" id="unnamed-more" hidden>Show more</button>
</section>
<section id="statements" aria-labelledby="statements-h" hidden>
<h2 id="statements-h">Statements</h2>
<p class="note">Each statement with its wordings side by side, largest first. <span class="w-all">Underlined</span>: words every wording has; <span class="w-own">marked</span>: words only that wording has.</p>
<label><input type="checkbox" id="several"> only statements with several wordings</label>
<div id="statements-list"></div>
<button type="button" class="more" id="statements-more" hidden>Show more</button>
</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<footer>
<p class="keys">Keys: <kbd>j</kbd> / <kbd>k</kbd> next or previous quote (statement, speaker), <kbd>Enter</kbd> on a quote opens its statement, <kbd>/</kbd> search, <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> views, <kbd>Esc</kbd> closes the tip.</p>
<p>Made by whosaid from its JSON output.</p>
</footer>
<noscript><p>This report draws its documents with a script; without it, the data is in the page source as JSON.</p></noscript>
<script type="application/json" id="whosaid-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`
}
