// The portal's HTML: one tagged template that escapes every value put into it, so escaping lives
// here and nowhere else. A value is inserted as is only when it is itself the result of `html`
// (a fragment already escaped) — never a plain string.
const marker = Symbol('safe-html');

export interface SafeHtml {
  readonly [marker]: true;
  readonly text: string;
}

const safe = (text: string): SafeHtml => ({ [marker]: true, text });
const isSafe = (v: unknown): v is SafeHtml => typeof v === 'object' && v !== null && marker in v;

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

type Value = string | number | null | undefined | false | SafeHtml | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return (v as readonly Value[]).map(render).join('');
  if (isSafe(v)) return v.text;
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return safe(out);
}

/** A whole document rendered elsewhere and already escaped there (the official document's HTML). */
export const trustedDocument = (text: string): SafeHtml => safe(text);

/** Large type, large tap targets, one column, nothing that needs a script. */
export const portalCss = `
*{box-sizing:border-box}
html{font-size:112.5%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.55;color:#1a1a1a;background:#fff}
header{background:#8b1a1a;color:#fff;padding:.25rem 1rem}
header a{color:#fff;display:inline-block;min-height:44px;padding:.55rem 0}
main{max-width:42rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:1.75rem 0 .5rem}
h3{font-size:1.1rem;margin:1rem 0 .25rem}
h2.q{font-size:1.1rem;margin:.25rem 0 .5rem;white-space:pre-line}
a{color:#0b4fa0;text-underline-offset:.15em}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f5a300;outline-offset:2px}
.card{border:1px solid #bbb;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
.notice{white-space:pre-line}
.btn,button{display:inline-block;min-height:48px;padding:.6rem 1.2rem;font-size:1.05rem;font-weight:600;border-radius:.4rem;border:0;background:#0b4fa0;color:#fff;text-decoration:none;cursor:pointer}
.field{margin:1rem 0}
label,legend{display:block;font-weight:600;margin-bottom:.25rem}
.hint{color:#444;font-size:.95rem;margin:.1rem 0 .35rem}
input[type=text],input[type=tel],input[type=search],select,textarea{width:100%;min-height:48px;font-size:1.05rem;padding:.5rem;border:2px solid #666;border-radius:.35rem;background:#fff;color:#1a1a1a}
input,select,textarea,button{font-family:inherit}
input,select,textarea{scroll-margin-top:8rem}
textarea{min-height:10rem}
input[type=file]{display:block;width:100%;max-width:100%;min-height:48px;font-size:1rem;padding:.4rem 0}
input[type=file]::file-selector-button{min-height:44px;padding:.4rem .9rem;margin-right:.6rem;font-size:1rem;border:2px solid #666;border-radius:.35rem;background:#f2f2f2;color:#1a1a1a}
.file-input{position:absolute!important;width:1px!important;height:1px!important;min-height:0!important;padding:0!important;margin:0;opacity:0;overflow:hidden}
.file-button{display:inline-block;min-height:48px;padding:.6rem 1.1rem;font-size:1.05rem;font-weight:600;border:2px solid #0b4fa0;border-radius:.4rem;background:#eef4fc;color:#0b4fa0;cursor:pointer}
.file-input:focus+.file-button,.file-input:focus-visible+.file-button{outline:3px solid #f5a300;outline-offset:2px}
.file-input.invalid+.file-button{border-color:#a00000}
.check{display:flex;gap:.6rem;align-items:flex-start;margin:.6rem 0;min-height:48px}
.check input{width:28px;height:28px;flex:none;margin:.1rem 0 0}
.check label{font-weight:400;flex:1;min-height:44px;padding-top:.25rem}
fieldset{border:1px solid #bbb;border-radius:.4rem;padding:.5rem 1rem;margin:1rem 0}
.error{color:#a00000;font-weight:600;margin:.25rem 0}
.invalid{border-color:#a00000!important}
.alert{border:2px solid #a00000;background:#fff3f3;padding:.75rem 1rem;border-radius:.4rem}
.alert ul.links{margin:.25rem 0 0}.alert ul.links a{color:#a00000;font-weight:600}
.ok{border:2px solid #1b6e20;background:#f1fbf1;padding:.75rem 1rem;border-radius:.4rem}
.code{font-size:min(2rem,9.5vw);font-weight:700;letter-spacing:.12em;font-family:ui-monospace,monospace;margin:.5rem 0;padding:.25rem .75rem;display:inline-block;background:#fff;border:2px dashed #1b6e20;border-radius:.35rem;-webkit-user-select:all;user-select:all}
.code span+span{margin-left:.5em}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
ul.links{padding-left:1.2rem}ul.links li{margin:.25rem 0}ul.links a,main p>a:only-child:not(.btn){display:inline-block;min-height:44px;padding:.55rem 0}ul.links a{display:inline-flex}
dl{margin:.5rem 0}dt{font-weight:600}dd{margin:0 0 .5rem}
footer{max-width:42rem;margin:2rem auto;padding:1rem;color:#444;font-size:.9rem;border-top:1px solid #ccc}
`.replace(/\n/g, '');

export function page(title: string, body: SafeHtml, unit?: { name: string; slug: string }): string {
  return `<!doctype html>${html`<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${trustedDocument(portalCss)}</style></head><body><header><a href="/xa">Cổng đối thoại với Nhân dân</a>${unit ? html` · <a href="/xa/${unit.slug}">${unit.name}</a>` : ''}</header><main>${body}</main><footer>Trang công khai: không hiển thị họ tên, số điện thoại của người gửi ý kiến.</footer></body></html>`.text}`;
}
