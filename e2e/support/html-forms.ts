// What a browser without JavaScript would post: the hidden inputs of a server-rendered form
// (Next server actions carry their action id and state there), read from the page's HTML.

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden inputs, as [name, value] pairs, of the page's form that has a field named `field`. */
export function hiddenFormFields(html: string, field: string): [string, string][] {
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
    .map((m) => m[0])
    .find((f) => f.includes(`name="${field}"`));
  if (!form) throw new Error(`no form with a field named ${field}`);
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => [
    unescapeHtml(/name="([^"]*)"/.exec(m[0])?.[1] ?? ""),
    unescapeHtml(/value="([^"]*)"/.exec(m[0])?.[1] ?? ""),
  ]);
}
