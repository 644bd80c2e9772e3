// The report's style sheet: the page layout, and one colour rule per field from the presentation table.
import { FIELD_PRESENTATION, REPORT_FIELDS } from './fields.js';

function fieldRules(): string {
  return REPORT_FIELDS.map((field) => {
    const { colour, edge } = FIELD_PRESENTATION[field];
    const on = `[data-field="${field}"]`;
    return [
      `mark${on},.cont${on}{background:${colour};box-shadow:inset 0 -2px 0 ${edge}}`,
      `.chip[data-chip="${field}"],.swatch[data-chip="${field}"]{background:${colour};border-color:${edge}}`,
      `.hide-${field} mark${on},.hide-${field} .cont${on}{background:none;box-shadow:none}`,
    ].join('\n');
  }).join('\n');
}

export function reportCss(): string {
  return `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--accent:#0969da;--bad:#cf222e;--warn:#9a6700;--warnbg:#fff8c5;--badbg:#ffebe9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
a{color:var(--accent)}
button,input,select{font:inherit}
header.top{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap;padding:.7rem 1.2rem;border-bottom:1px solid var(--line);background:var(--bg)}
header.top h1{font-size:1.15rem;margin:0}
header.top h1 a{color:inherit;text-decoration:none}
header.top .meta{color:var(--muted);font-size:.85rem}
main{padding:1rem 1.2rem;max-width:1400px;margin:0 auto}
.loading{color:var(--muted)}
.stats{display:flex;flex-wrap:wrap;gap:.6rem;margin:0 0 1rem}
.stat{border:1px solid var(--line);border-radius:8px;padding:.45rem .8rem;min-width:7.5rem;background:#fff}
.stat b{display:block;font-size:1.35rem}
.stat span{color:var(--muted);font-size:.8rem}
.stat.bad b{color:var(--bad)}.stat.warn b{color:var(--warn)}
nav.tabs{display:flex;gap:.2rem;border-bottom:1px solid var(--line);margin:0 0 .8rem}
nav.tabs a{padding:.4rem .8rem;text-decoration:none;color:var(--muted);border:1px solid transparent;border-bottom:none;border-radius:6px 6px 0 0}
nav.tabs a[aria-current=page]{color:var(--ink);border-color:var(--line);background:#fff;margin-bottom:-1px;font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:0 0 .7rem}
.filters input[type=search]{min-width:18rem;padding:.3rem .5rem;border:1px solid var(--line);border-radius:6px}
.filters select{padding:.25rem .4rem;border:1px solid var(--line);border-radius:6px}
.shown{color:var(--muted);font-size:.85rem;margin:0 0 .4rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{font-size:.8rem;color:var(--muted);font-weight:600;background:var(--bg);position:sticky;top:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td .file{display:block;color:var(--muted);font-size:.8rem;word-break:break-all}
.chips{display:flex;flex-wrap:wrap;gap:.25rem;align-items:center}
.with-field{margin:0 0 1rem}.with-field .label{color:var(--muted);font-size:.85rem;margin:0 .3rem 0 0}
button.chip{cursor:pointer;font-size:.8rem}
td.date{white-space:nowrap}
td.repeat,td.repeat .empty{color:#aab4be}
.chip{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 .45rem;font-size:.75rem;white-space:nowrap}
.badge{display:inline-block;border-radius:10px;padding:0 .45rem;font-size:.75rem;font-weight:600}
.badge.bad{background:var(--badbg);color:var(--bad)}.badge.warn{background:var(--warnbg);color:var(--warn)}
.pager{display:flex;gap:.3rem;align-items:center;margin:.7rem 0;flex-wrap:wrap}
.pager button{border:1px solid var(--line);background:#fff;border-radius:6px;padding:.15rem .6rem;cursor:pointer}
.pager button[disabled]{opacity:.45;cursor:default}
.pager button[aria-current=page]{background:var(--accent);color:#fff;border-color:var(--accent)}
.refs a{margin-right:.4rem;white-space:nowrap}
.more{border:none;background:none;color:var(--accent);cursor:pointer;padding:0}
.figs a{margin-right:.5rem;white-space:nowrap}
.empty{color:var(--muted);font-style:italic}
.article-nav{display:flex;gap:1rem;align-items:center;margin:0 0 .6rem;flex-wrap:wrap}
.article-nav .pos{color:var(--muted);font-size:.85rem}
h2.article-title{margin:.2rem 0;font-size:1.35rem}
.article-file{color:var(--muted);font-size:.85rem;word-break:break-all;margin:0 0 .6rem}
.box{border-radius:6px;padding:.5rem .8rem;margin:.5rem 0}
.box ul{margin:.2rem 0;padding-left:1.2rem}
.box.bad{background:var(--badbg);color:var(--bad)}.box.warn{background:var(--warnbg);color:#4d3800}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .7rem;align-items:center;margin:.5rem 0;font-size:.85rem}
.legend label{display:inline-flex;gap:.25rem;align-items:center;cursor:pointer}
.article-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,26rem);gap:1.4rem;align-items:start}
@media (max-width:900px){.article-grid{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.85;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:0;font:inherit;line-height:1.85}
.text mark,.text .cont{color:inherit;border-radius:2px;padding:.1em 0}
.text mark{cursor:help}
.text mark:focus{outline:2px solid var(--accent);outline-offset:1px}
.text mark:empty::before{content:"◆";font-size:.7em}
.text mark[data-implied]{outline:1px dashed #c2410c;outline-offset:1px}
.text mark[data-implied]::after{content:" " attr(data-implied) " inferred";font-size:.65em;vertical-align:super;color:#9a3412;white-space:nowrap}
.card{position:sticky;top:.6rem;border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;max-height:calc(100vh - 1.2rem);overflow:auto}
.card h3{margin:0 0 .4rem;font-size:1rem}
.card dl{margin:0}
.card dt{font-size:.8rem;color:var(--muted);margin-top:.5rem;display:flex;gap:.4rem;align-items:center}
.card dd{margin:.1rem 0 0}
.card dd button{display:block;text-align:left;border:none;background:none;padding:.1rem 0;cursor:pointer;color:inherit;width:100%}
.card dd button:hover,.card dd button:focus{text-decoration:underline}
.card dd .unplaced{display:block;padding:.1rem 0;color:var(--muted)}
.card .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:3px;border:1px solid}
#tip{position:fixed;z-index:10;max-width:28rem;background:#1f2328;color:#fff;border-radius:6px;padding:.4rem .6rem;font-size:.85rem;line-height:1.4;pointer-events:none;box-shadow:0 2px 8px #0004}
#tip b{display:block}
#tip .rule{color:#9ecbff;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem}
#tip .implied{color:#ffd8a8}
${fieldRules()}
`.trim();
}
