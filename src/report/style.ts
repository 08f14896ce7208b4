/**
 * The page’s style sheet. Colour is never the only signal: each quote says
 * its speaker in a label, kinds differ in the line under them (solid, dashed,
 * dotted box), unattributed quotes are hatched and low confidence is dashed
 * round. Text on every fill is near-black and every label white on a dark
 * fill, both above WCAG AA’s 4.5:1.
 */

/** Pastel fill and dark ink of the twelve speaker colours, `c0`–`c11`. */
export const palette: ReadonlyArray<readonly [string, string]> = [
  ['#ffe8cc', '#8a3b00'], ['#d5f5fa', '#0b6477'], ['#dcf5dc', '#2b6a2f'], ['#ebe4ff', '#5b3cc4'],
  ['#ffe0ea', '#a61e4d'], ['#fff1b8', '#6b4f00'], ['#dbeeff', '#1864ab'], ['#ffe3e3', '#b02a2a'],
  ['#d9f7ec', '#0b6e4f'], ['#f6e0fb', '#862e9c'], ['#eefad0', '#4a6400'], ['#e0e7ff', '#364fc7']
]

/** Text colour on every fill, and the white of every label on its ink. */
export const ink = '#1b1b1b'

export const style = `
:root{--ink:${ink};--muted:#4a4a4a;--line:#c8c8c8;--paper:#fff;--panel:#f5f5f2;--accent:#1d4ed8;--alert:#b00020;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper);line-height:1.5}
body{margin:0}
[hidden]{display:none!important}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
header,nav,#filter-box,main,footer{padding:0 1rem;max-width:72rem;margin:0 auto}
#filter-box{border:0;border-radius:0;background:var(--panel)}
#filter-box>summary{padding:.4rem 0;font-weight:600}
@media (min-width:40.01rem){#filter-box>summary{display:none}}
header h1{font-size:1.5rem;margin:1rem 0 .25rem}
.summary,.meta,.count,.note,.empty,footer{color:var(--muted)}
nav ul{display:flex;gap:.25rem;list-style:none;padding:0;margin:.75rem auto 0;border-bottom:2px solid var(--line)}
nav a{display:block;padding:.5rem .9rem;color:var(--ink);text-decoration:none;border:2px solid transparent;border-bottom:0;border-radius:.4rem .4rem 0 0}
nav a[aria-current=page]{border-color:var(--line);background:var(--panel);font-weight:600}
#filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;padding:.75rem 0}
#filters label,#filters fieldset{display:flex;flex-direction:column;font-size:.85rem;gap:.15rem}
#filters fieldset{flex-direction:row;border:1px solid var(--line);padding:.2rem .5rem;margin:0;gap:.6rem;align-items:center}
#filters fieldset label{flex-direction:row;align-items:center;gap:.2rem}
#filters legend{font-size:.85rem;padding:0 .2rem}
#filters input[type=text],#filters input[type=search],#filters select{font:inherit;padding:.3rem .4rem;border:1px solid #767676;border-radius:.25rem;min-width:12rem;background:#fff;color:var(--ink)}
button{font:inherit;padding:.3rem .8rem;border:1px solid #767676;border-radius:.25rem;background:#fff;color:var(--ink);cursor:pointer}
#count{font-size:.9rem;align-self:center}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
main h2{font-size:1.25rem;margin:1rem 0 .5rem}
main h3{font-size:1.05rem;margin:1.25rem 0 .25rem;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;padding:.5rem;border:1px solid var(--line);border-radius:.25rem;margin:.5rem 0}
.legend dt{font-weight:600}.legend dd{margin:0}.legend div{display:flex;gap:.35rem;align-items:baseline}
.doc{border-top:1px solid var(--line);padding-bottom:.5rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;max-width:46rem}
mark.q{color:var(--ink);background:var(--fill);border-bottom:3px solid var(--inkc);padding:0 .05em;cursor:pointer;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.q.k-partial{border-bottom-style:dashed}
mark.q.k-mention{--fill:#eeeeee;--inkc:#555;border:1px dotted #555;cursor:help}
mark.q.unat{--inkc:var(--alert);background:repeating-linear-gradient(135deg,#fff 0 4px,#ffe1e1 4px 8px);border-bottom-style:double}
mark.q.low{outline:2px dashed var(--alert);outline-offset:1px}
mark.q.dim{--fill:transparent;border-bottom:1px dotted #767676;outline:0;background:transparent}
mark.q.end[data-label]::after{content:attr(data-label);font-size:.7em;font-weight:600;line-height:1;margin-left:.3em;padding:.1em .35em;border-radius:.6em;background:var(--inkc);color:#fff;white-space:nowrap;vertical-align:.15em}
.cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.2em}
.sm{font-weight:650}
${palette.map(([fill, ink], index) => `.c${index}{--fill:${fill};--inkc:${ink}}`).join('\n')}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:.2em;background:var(--fill);border:2px solid var(--inkc);margin-right:.4em;vertical-align:-.1em}
.swatch.unat{--inkc:var(--alert);background:repeating-linear-gradient(135deg,#fff 0 3px,#ffc9c9 3px 6px)}
.quotes-only{padding-left:1.5rem}.quotes-only li{margin:.3rem 0}
details{border:1px solid var(--line);border-radius:.3rem;margin:.4rem 0;background:#fff}
summary{padding:.45rem .6rem;cursor:pointer}
summary .name,summary .who{font-weight:600}
summary .size{display:inline-block;min-width:6.5em;font-variant-numeric:tabular-nums}
summary .first{color:var(--muted);display:block;margin-left:1.2rem}
.kind{font-size:.8em;border:1px solid var(--muted);border-radius:.6em;padding:0 .4em;color:var(--muted)}
.flag{color:var(--alert)}
details .body{margin:0 .6rem .6rem;padding-left:1.5rem}
details .body li{margin:.25rem 0}
.wordings{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,17rem),1fr));gap:.6rem;padding:0 .6rem .6rem}
.wording{margin:0;border:1px solid var(--line);border-radius:.3rem;padding:.5rem;background:var(--panel)}
.wording figcaption{font-size:.8rem;color:var(--muted);overflow-wrap:anywhere}
.wording blockquote{margin:.4rem 0 0;line-height:1.7}
.w-own{background:#fff1b8;font-weight:650;border-bottom:2px dashed #6b4f00}
.w-all{text-decoration:underline;text-decoration-thickness:2px;text-decoration-color:#2b6a2f}
.more{display:block;margin:1rem auto}
#tip{position:fixed;z-index:5;max-width:22rem;background:#1b1b1b;color:#fff;padding:.4rem .6rem;border-radius:.3rem;font-size:.85rem;pointer-events:none;box-shadow:0 2px 8px rgba(0,0,0,.3)}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:0}#tip dt{font-weight:600;color:#e0e0e0}#tip dd{margin:0;overflow-wrap:anywhere}
footer{font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem;padding-top:.5rem;padding-bottom:1rem}
kbd{border:1px solid var(--muted);border-radius:.2rem;padding:0 .25rem;font-size:.85em}
@media (max-width:40rem){
  #filters{flex-direction:column;align-items:stretch}
  #filters input[type=text],#filters input[type=search]{min-width:0;width:100%;box-sizing:border-box}
  nav a{padding:.5rem .6rem}
  .text{line-height:1.8}
}
@media print{
  .skip,nav,#filter-box,.more,#tip,footer .keys{display:none!important}
  main>section[hidden]{display:none}
  details{break-inside:avoid}
  .doc{break-inside:auto}
  a{color:inherit;text-decoration:none}
}
`
