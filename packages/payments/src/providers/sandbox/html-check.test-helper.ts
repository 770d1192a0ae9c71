/**
 * Test helper: a strict structural check of the sandbox's own markup (which it writes by hand, with double-
 * quoted attributes). It is not a full HTML validator; it catches what hand-written templates get wrong:
 * unclosed or misnested elements, duplicate ids, a missing doctype, language, title or h1.
 */
const VOID_ELEMENTS = new Set(["meta", "link", "input", "br", "hr", "img"]);

export function htmlStructureProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith("<!doctype html>")) problems.push("no <!doctype html> at the start");
  if (!/<html lang="(de|en)">/.test(html)) problems.push("no <html lang> of de or en");
  if (!/<meta charset="utf-8">/.test(html)) problems.push("no utf-8 charset");
  if (!/<title>[^<]+<\/title>/.test(html)) problems.push("no non-empty <title>");
  if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push("not exactly one <h1>");
  if ((html.match(/<main[\s>]/g) ?? []).length !== 1) problems.push("not exactly one <main>");

  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (duplicates.length > 0) problems.push(`duplicate ids: ${duplicates.join(", ")}`);

  const stack: string[] = [];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*)?)>/g)) {
    const [, closing, rawName = "", attributes = ""] = match;
    const name = rawName.toLowerCase();
    if (/["']\s*[^\s"'=/]+="[^"]*"[^\s>]/.test(attributes)) problems.push(`attributes run together in <${name}>`);
    if (VOID_ELEMENTS.has(name)) {
      if (closing) problems.push(`closing tag for void element ${name}`);
      continue;
    }
    if (!closing) {
      stack.push(name);
      continue;
    }
    const open = stack.pop();
    if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(", ")}`);
  for (const button of html.matchAll(/<button(\s[^>]*)?>/g)) {
    if (!/\stype="(submit|button|reset)"/.test(button[1] ?? "")) problems.push("a <button> without type");
  }
  if (/<script|\sstyle="|\son[a-z]+="/i.test(html)) problems.push("inline script, style or event handler");
  return problems;
}
