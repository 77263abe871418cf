import type { CategoryStyle } from '../palette.js';

const BASE = `
:root{--ink:#1b1b1f;--muted:#5a5a66;--line:#dcdce3;--soft:#f5f5f8;--accent:#0072B2;--favor:#0072B2;--against:#D55E00;--neutral:#6b6b6b;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;--serif:Georgia,"Iowan Old Style","Times New Roman",serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 var(--sans);color:var(--ink);background:#fff}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible,select:focus-visible{outline:3px solid #E69F00;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.page-header{background:#14213d;color:#fff;padding:2.2rem 1.5rem 1.8rem}
.page-header .wrap{max-width:72rem;margin:0 auto}
.eyebrow{margin:0 0 .3rem;text-transform:uppercase;letter-spacing:.08em;font-size:.78rem;color:#b9c4dc}
h1{margin:0;font-size:clamp(1.6rem,3.2vw,2.3rem);line-height:1.2;font-weight:700}
.lede{margin:.6rem 0 0;color:#dfe5f2;max-width:52rem}
nav.toc{border-bottom:1px solid var(--line);background:var(--soft);position:sticky;top:0;z-index:5}
nav.toc ol{list-style:none;margin:0 auto;padding:.55rem 1.5rem;max-width:72rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.92rem}
nav.toc a{text-decoration:none;color:var(--ink)}
nav.toc a:hover{color:var(--accent);text-decoration:underline}
main{max-width:72rem;margin:0 auto;padding:0 1.5rem 3rem}
section{padding:2.2rem 0 .6rem;border-bottom:1px solid var(--line)}
section:last-of-type{border-bottom:0}
h2{font-size:1.45rem;line-height:1.25;margin:0 0 .5rem}
h3{font-size:1.08rem;margin:1.4rem 0 .5rem}
.intro{color:var(--muted);max-width:50rem;margin:0 0 1.2rem}
.muted{color:var(--muted)}
.nowrap{white-space:nowrap}
code{font:.85em/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:.05em .3em;border-radius:3px}
figure.chart{margin:0 0 1.2rem}
.chart-box{overflow-x:auto}
.chart-box svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.88rem;color:var(--muted);max-width:50rem;margin-top:.35rem}
.figures{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}
.scroll{overflow-x:auto;margin:0 0 1rem}
table{border-collapse:collapse;font-size:.92rem;min-width:20rem}
caption{text-align:left;font-weight:600;padding:.2rem 0 .5rem}
th,td{border-bottom:1px solid var(--line);padding:.45rem .7rem .45rem 0;text-align:left;vertical-align:top}
thead th{font-weight:600;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;border-bottom:2px solid var(--line)}
tbody th{font-weight:600;min-width:11rem}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
table.ranking td.cues{font-size:.88rem}
table.ranking td.cues a{text-decoration:none;border-bottom:1px dotted var(--accent)}
.w{font-variant-numeric:tabular-nums;color:var(--muted)}
.badge{display:inline-block;font-size:.74rem;font-weight:700;letter-spacing:.03em;padding:.08rem .45rem;border-radius:1rem;color:#fff;white-space:nowrap}
.badge.favor{background:var(--favor)}
.badge.against{background:var(--against)}
.badge.neutral{background:var(--neutral)}
details{margin:.3rem 0 1rem}
summary{cursor:pointer;color:var(--accent);font-size:.92rem}
ul.summaries{padding:0;list-style:none;margin:0;max-width:56rem}
ul.summaries li{padding:.6rem 0 .6rem .9rem;border-left:3px solid var(--line);margin:0 0 .6rem}
ul.terms{list-style:none;margin:0;padding:0}
ul.terms li{margin:0 0 .2rem}
.counts{font-size:.8rem;color:var(--muted);white-space:nowrap}
.n-own{font-weight:700;color:var(--ink)}
.voice-q{color:#8a5a00}
.voice-a{color:#006b4e}
.scare{font-weight:700;color:var(--against)}
table.naming td{min-width:10rem}
ol.chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem .5rem}
ol.chips li{background:var(--soft);border:1px solid var(--line);border-radius:.3rem;padding:.1rem .45rem;font-size:.88rem}
.legend ul{list-style:none;margin:0 0 .4rem;padding:0;display:flex;flex-wrap:wrap;gap:.35rem 1rem;font-size:.9rem}
.swatch{display:inline-block;width:1.6rem;height:.95rem;margin-right:.35rem;vertical-align:-.12rem;border-radius:2px}
form.filter{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .6rem;background:var(--soft);border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;margin:1rem 0;position:sticky;top:2.6rem;z-index:4}
form.filter[hidden]{display:none}
form.filter select{font:inherit;padding:.2rem .3rem}
form.filter output{color:var(--muted);font-size:.9rem;margin-left:auto}
article.doc{border:1px solid var(--line);border-radius:.5rem;padding:1.1rem 1.3rem .4rem;margin:1.2rem 0}
article.doc[hidden]{display:none}
article.doc h3{margin:0 0 .25rem;font-size:1.2rem;line-height:1.3}
.meta{margin:0;color:var(--muted);font-size:.86rem}
.meta .src{font-weight:700;color:var(--ink)}
.stance-line{margin:.4rem 0 .2rem;font-size:.9rem}
.text{font:1.04rem/1.75 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere;max-width:46rem;margin:.9rem 0}
.q{background:#ececf1;border-radius:2px}
.rm{color:#9a9aa5}
mark.hl{position:relative;color:inherit;border-radius:2px;padding:0 1px;border-bottom:2px solid transparent;cursor:help}
mark.hl:focus{outline:3px solid #1b1b1f;outline-offset:1px}
mark.hl.off{background:none!important;border-bottom-color:transparent!important}
.tip{display:none;position:absolute;left:0;top:calc(100% + 4px);z-index:20;width:max-content;max-width:24rem;white-space:normal;
font:400 .82rem/1.4 var(--sans);color:#fff;background:#1b1b1f;border-radius:.35rem;padding:.5rem .65rem;box-shadow:0 4px 14px rgba(0,0,0,.25)}
mark.hl:hover>.tip,mark.hl:focus>.tip{display:block}
.tip-row{display:block}
.tip-row{margin-top:.35rem;padding-top:.35rem;border-top:1px solid #444}
.tip-head{font-weight:700;color:#ffd27a}
.tip-cue{display:block;font-style:italic;font-weight:600}
.tip-cue+.tip-row{border-top:0;padding-top:0;margin-top:.15rem}
.tip-row+.tip-cue{margin-top:.5rem;padding-top:.4rem;border-top:1px solid #666}
.tip-facts{display:block;color:#e6e6ee}
.tip-facts b{color:#fff}
.tip-facts .f{white-space:nowrap}
.tip code{background:#333;color:#fff}
.tip-note{display:block;color:#c9c9d6}
details.findings table{font-size:.84rem}
footer.page-footer{max-width:72rem;margin:0 auto;padding:1.5rem;color:var(--muted);font-size:.86rem}
@media (max-width:40rem){main,.page-header,nav.toc ol{padding-left:1rem;padding-right:1rem}.text{font-size:1rem}}
@media print{nav.toc,form.filter{display:none}.tip{display:none!important}article.doc{break-inside:avoid}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto}}
`;

/**
 * The page's stylesheet: the base rules plus one rule per highlight category (its tint as the
 * background, its colour and border style as the underline, and the legend swatch to match).
 * @example
 * pageStyles(categoryStyles(['emotive'])).includes('.c0{'); //=> true
 */
export function pageStyles(styles: readonly CategoryStyle[]): string {
  const rules = styles.map(
    (s, i) =>
      `mark.c${i}{background:${s.tint};border-bottom:3px ${s.border} ${s.colour}}` +
      `.swatch.c${i}{background:${s.tint};border-bottom:3px ${s.border} ${s.colour}}`,
  );
  return `${BASE.trim()}\n${rules.join('\n')}\n`;
}
