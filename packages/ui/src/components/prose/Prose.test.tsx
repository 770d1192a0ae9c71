import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { bewohnerparkenMarkdown, disallowedMarkdown } from "./examples.js";
import { isAllowedHref, Prose, type ProseHeadingOffset, parseProse, proseToElements } from "./index.js";

afterEach(cleanup);

/** Renders Markdown and returns the `.dk-prose` element. */
function prose(markdown: string, props: Partial<Parameters<typeof Prose>[0]> = {}): HTMLElement {
  const { container } = render(<Prose markdown={markdown} {...props} />);
  const element = container.querySelector<HTMLElement>(".dk-prose");
  if (!element) throw new Error("Prose rendered no .dk-prose");
  return element;
}

const headingLevels = () => screen.getAllByRole("heading").map((heading) => Number(heading.tagName.slice(1)));

describe("Prose", () => {
  it("renders a service description as real headings, lists, paragraphs and links", () => {
    const element = prose(bewohnerparkenMarkdown);
    expect(element.tagName).toBe("DIV");
    expect(element.className).toBe("dk-prose");
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "Voraussetzungen",
      "Verfahrensablauf",
      "Weitere Informationen",
    ]);
    expect(screen.getByRole("heading", { level: 3, name: "Gebühren" })).toBeTruthy();
    const [requirements, steps] = screen.getAllByRole("list").filter((list) => list.parentElement === element);
    expect(requirements?.tagName).toBe("UL");
    expect(within(requirements as HTMLElement).getAllByRole("listitem")).toHaveLength(3);
    expect(steps?.tagName).toBe("OL");
    expect(steps?.querySelector("li > ul")?.children).toHaveLength(2);
    expect(screen.getByText("Bewohnerparkausweis").tagName).toBe("STRONG");
    expect(screen.getByText("dauerhaft").tagName).toBe("EM");
    expect(screen.getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["buergerbuero@example.org", "mailto:buergerbuero@example.org"],
      ["0641 306-0", "tel:+496413060"],
      ["Straßenverkehrs-Ordnung (StVO)", "https://www.gesetze-im-internet.de/stvo_2013/"],
      ["Bewohnerparkzonen im Stadtgebiet", "/verkehr/bewohnerparkzonen"],
    ]);
  });

  it("maps # to h2 and ##### or ###### to h4: content only has h2 to h4 (the page title is the h1)", () => {
    prose("# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F");
    expect(headingLevels()).toEqual([2, 2, 3, 4, 4, 4]);
  });

  it("moves headings down with headingOffset and stops at h6", () => {
    const markdown = "# A\n\n## B\n\n### C\n\n#### D";
    prose(markdown, { headingOffset: 1 });
    expect(headingLevels()).toEqual([3, 3, 4, 5]);
    cleanup();
    prose(markdown, { headingOffset: 3 });
    expect(headingLevels()).toEqual([5, 5, 6, 6]);
    cleanup();
    prose(markdown, { headingOffset: 4 });
    expect(headingLevels()).toEqual([6, 6, 6, 6]);
    cleanup();
    // Values from plain JavaScript that the type does not allow count as whole, non-negative offsets.
    prose(markdown, { headingOffset: Number.NaN as ProseHeadingOffset });
    expect(headingLevels()).toEqual([2, 2, 3, 4]);
    cleanup();
    prose(markdown, { headingOffset: -2 as ProseHeadingOffset });
    expect(headingLevels()).toEqual([2, 2, 3, 4]);
    cleanup();
    prose(markdown, { headingOffset: 9 as ProseHeadingOffset });
    expect(headingLevels()).toEqual([6, 6, 6, 6]);
  });

  it("leaves out headings without text", () => {
    const element = prose("##\n\n## &#32;\n\n### *&nbsp;*\n\n## Fristen\n\nText");
    expect(headingLevels()).toEqual([2]);
    expect(element.textContent).toBe("FristenText");
  });

  it("joins soft line breaks with a space and renders hard breaks (two spaces or a backslash) as <br>", () => {
    const element = prose("eins\nzwei  \ndrei\\\nvier\n\nneuer Absatz");
    const paragraphs = element.querySelectorAll("p");
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]?.innerHTML).toBe("eins zwei<br>drei<br>vier");
    expect(paragraphs[1]?.textContent).toBe("neuer Absatz");
  });

  it("renders bulleted and numbered lists, their start number, nesting, and paragraphs only in loose lists", () => {
    const element = prose("3. drei\n4. vier\n   * a\n   * b\n\n- lose\n\n- Liste\n\n+ anderes Zeichen");
    const ordered = element.querySelector("ol");
    expect(ordered?.getAttribute("start")).toBe("3");
    expect(ordered?.querySelector(":scope > li > ul")?.querySelectorAll("li")).toHaveLength(2);
    expect(ordered?.querySelector("p")).toBeNull();
    const [loose, other] = element.querySelectorAll(":scope > ul");
    expect([...(loose?.querySelectorAll("li > p") ?? [])].map((p) => p.textContent)).toEqual(["lose", "Liste"]);
    expect(other?.textContent).toBe("anderes Zeichen");
    cleanup();
    expect(prose("1. eins\n2. zwei").querySelector("ol")?.hasAttribute("start")).toBe(false);
  });

  it("renders emphasis and strong emphasis, nested, and escaped markers as text", () => {
    const element = prose("*kursiv* _auch_ **fett** __auch__ ***beides*** \\*kein\\* 2 * 3");
    expect([...element.querySelectorAll("em")].map((em) => em.textContent)).toEqual(["kursiv", "auch", "beides"]);
    expect([...element.querySelectorAll("strong")].map((strong) => strong.textContent)).toEqual([
      "fett",
      "auch",
      "beides",
    ]);
    expect(element.textContent).toContain("*kein* 2 * 3");
  });

  it("decodes entities into text, so an escaped tag stays text", () => {
    const element = prose("Gr&ouml;&szlig;e &amp; Gewicht &lt;b&gt;fett&lt;/b&gt; Kraft&shy;fahrzeug");
    expect(element.textContent).toBe("Größe & Gewicht <b>fett</b> Kraft\u00adfahrzeug");
    expect(element.querySelector("b")).toBeNull();
  });

  it("shows raw HTML as the text that was written, without creating any of its elements", () => {
    const element = prose(disallowedMarkdown);
    for (const tag of ["script", "b", "img", "blockquote", "code", "del", "hr"]) {
      expect(element.querySelector(tag)).toBeNull();
    }
    expect(screen.queryByRole("link")).toBeNull();
    expect(element.textContent).toContain('<script>alert("Hallo")</script>');
    expect(element.textContent).toContain('<a href="https://example.org" onclick="alert(1)">Formular</a>');
    expect(element.textContent).toContain("[Jetzt bezahlen](javascript:alert(document.cookie))");
    expect(element.querySelector("[onclick]")).toBeNull();
  });

  it("shows an image as its alt text and other Markdown outside the subset as written", () => {
    const element = prose(
      "![Stadtplan *Mitte*](https://example.org/plan.png)\n\n> Zitat\n\n    eingerückt\n\n```\ncode\n```\n\n" +
        "Titel\n=====\n\n| a | b |\n|---|---|\n\n[Verweis][ref]\n\n[ref]: https://example.org/",
    );
    expect(element.querySelector("img")).toBeNull();
    const texts = [...element.querySelectorAll("p")].map((p) => p.textContent);
    expect(texts).toEqual([
      "Stadtplan Mitte",
      "> Zitat",
      "eingerückt",
      "``` code ```",
      "Titel =====",
      "| a | b | |---|---|",
      "[Verweis][ref]",
      "[ref]: https://example.org/",
    ]);
    expect(element.querySelector("a, h1, h2, blockquote, pre, table")).toBeNull();
  });

  it("links https, http, mailto and tel URLs, site paths, fragments and autolinks with the Link class", () => {
    prose(
      "[a](https://example.org/a) [b](http://example.org/b) [c](mailto:info@example.org) [d](tel:+4964130) " +
        "[e](/leistungen?plz=35390#gebuehren) [f](#fristen) <https://example.org/auto> <post@example.org>",
    );
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "https://example.org/a",
      "http://example.org/b",
      "mailto:info@example.org",
      "tel:+4964130",
      "/leistungen?plz=35390#gebuehren",
      "#fristen",
      "https://example.org/auto",
      "mailto:post@example.org",
    ]);
    expect(links.map((link) => link.textContent).slice(-2)).toEqual(["https://example.org/auto", "post@example.org"]);
    for (const link of links) expect(link.className).toBe("dk-link");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "<javascript:alert(1)>",
    "<java script:alert(1)>",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#0000106avascript:alert(1)",
    "java&#x09;script:alert(1)",
    "java&#10;script:alert(1)",
    "&#x20;javascript:alert(1)",
    "&#x0;javascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/png;base64,iVBORw0KGgo=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/datei",
    "//evil.example/pfad",
    "\\\\evil.example",
    "https:\\\\evil.example",
    "seite.html",
    "./seite",
    "../seite",
    "?suche=1",
  ])("shows a link to %s as text", (destination) => {
    const element = prose(`Vorher [Klick](${destination}) nachher`);
    expect(element.querySelector("a")).toBeNull();
    expect(element.textContent).toMatch(/^Vorher \[Klick\]\(.*\) nachher$/s);
  });

  it("percent-encodes backslashes and invisible characters, so a path stays on the site", () => {
    prose("[a](/\\evil.example) [b](<https://example.org/\u200b\u202e>) [c](/pfad mit leerzeichen)");
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "/%5Cevil.example",
      "https://example.org/%E2%80%8B%E2%80%AE",
    ]);
    expect(new URL("/%5Cevil.example", "https://service.example.org/").origin).toBe("https://service.example.org");
  });

  it("refuses the same nasty autolinks", () => {
    const element = prose("<javascript:alert(1)> <JAVASCRIPT:alert(1)> <data:text/html,x> <vbscript:x> <file:///x>");
    expect(element.querySelector("a")).toBeNull();
    expect(element.textContent).toBe(
      "<javascript:alert(1)> <JAVASCRIPT:alert(1)> <data:text/html,x> <vbscript:x> <file:///x>",
    );
  });

  it("marks links to other origins as external, and links to internalOrigins, paths, mail and phone not", () => {
    prose(
      "[Bund](https://www.verwaltung.bund.de/) [Portal](https://service.example.org/antrag) " +
        "[Pfad](/antrag) [Mail](mailto:a@example.org) [Telefon](tel:+49641) [HTTP](http://service.example.org/x)",
      { internalOrigins: ["https://service.example.org", "kein Origin"] },
    );
    const rel = (name: string) => screen.getByRole("link", { name }).getAttribute("rel");
    expect(rel("Bund")).toBe("external");
    expect(rel("Portal")).toBeNull();
    expect(rel("Pfad")).toBeNull();
    expect(rel("Mail")).toBeNull();
    expect(rel("Telefon")).toBeNull();
    // http and https are different origins.
    expect(rel("HTTP")).toBe("external");
    for (const link of screen.getAllByRole("link")) expect(link.hasAttribute("target")).toBe(false);
  });

  it("opens only external links in a new tab with externalLinksInNewTab, announced in hidden text", () => {
    prose("[Bund](https://www.verwaltung.bund.de/) und [Antrag](/antrag) und [Mail](mailto:a@example.org)", {
      externalLinksInNewTab: true,
    });
    const external = screen.getByRole("link", { name: /^Bund/ });
    expect(external.getAttribute("target")).toBe("_blank");
    expect(external.getAttribute("rel")?.split(" ").sort()).toEqual(["external", "noopener", "noreferrer"]);
    expect(external.querySelector(".dk-visually-hidden")?.textContent).toBe(" (öffnet in neuem Tab)");
    expect(external.textContent).toBe("Bund (öffnet in neuem Tab)");
    for (const name of ["Antrag", "Mail"]) {
      const link = screen.getByRole("link", { name });
      expect(link.hasAttribute("target")).toBe(false);
      expect(link.querySelector(".dk-visually-hidden")).toBeNull();
    }
  });

  it("announces the new tab in English and in the app's wording", () => {
    prose("[Federal portal](https://www.verwaltung.bund.de/)", { externalLinksInNewTab: true, locale: "en" });
    expect(screen.getByRole("link").textContent).toBe("Federal portal (opens in new tab)");
    cleanup();
    prose("[Bund](https://www.verwaltung.bund.de/)", {
      externalLinksInNewTab: true,
      messages: { newTab: "(neues Fenster)" },
    });
    expect(screen.getByRole("link").textContent).toBe("Bund (neues Fenster)");
  });

  it("gives a link written without text its target as name", () => {
    prose("[](https://example.org/formulare) [ ](mailto:info@example.org) [\n](tel:+49641)");
    expect(screen.getAllByRole("link").map((link) => link.textContent)).toEqual([
      "https://example.org/formulare",
      "info@example.org",
      "+49641",
    ]);
  });

  it("keeps emphasis inside links and never nests links", () => {
    const element = prose("[Antrag **jetzt** stellen](/antrag) [a [b](/b) c](/a) [x <https://example.org> y](/x)");
    expect(element.querySelector("a strong")?.textContent).toBe("jetzt");
    expect(element.querySelector("a a")).toBeNull();
  });

  it("caps deep emphasis, so runs of markers cannot nest thousands of elements, and keeps the text", () => {
    const markdown = `${"*a ".repeat(60)}mitte${" z*".repeat(60)}`;
    const element = prose(markdown);
    let depth = 0;
    for (let node = element.querySelector("p em"); node; node = node.querySelector(":scope > em, :scope > strong")) {
      depth += 1;
    }
    expect(depth).toBeGreaterThan(0);
    expect(depth).toBeLessThanOrEqual(8);
    expect(element.textContent?.replace(/\*/g, "")).toBe(`${"a ".repeat(60)}mitte${" z".repeat(60)}`);
  });

  it("renders nothing inside the wrapper for empty or non-string content", () => {
    expect(prose("").childNodes).toHaveLength(0);
    cleanup();
    expect(prose(undefined as unknown as string).childNodes).toHaveLength(0);
    cleanup();
    expect(prose("   \n\n  ").childNodes).toHaveLength(0);
  });

  it("passes native attributes to the div, merges the class and forwards its ref", () => {
    const ref = createRef<HTMLDivElement>();
    render(<Prose ref={ref} markdown="Text" className="extra" lang="en" id="beschreibung" aria-label="Beschreibung" />);
    const element = screen.getByLabelText("Beschreibung");
    expect(ref.current).toBe(element);
    expect(element.className).toBe("dk-prose extra");
    expect(element.getAttribute("lang")).toBe("en");
    expect(element.id).toBe("beschreibung");
  });

  it("renders complete HTML on the server", () => {
    expect(
      renderToString(
        <Prose
          markdown={"## Gebühren\n\nDer Ausweis kostet **30 Euro**.\n\n- [Antrag](/antrag)\n- [Bund](https://bund.de/)"}
          headingOffset={1}
          externalLinksInNewTab
        />,
      ),
    ).toBe(
      '<div class="dk-prose"><h3>Gebühren</h3><p>Der Ausweis kostet <strong>30 Euro</strong>.</p><ul>' +
        '<li><a class="dk-link" href="/antrag">Antrag</a></li><li><a class="dk-link" rel="external noreferrer noopener" ' +
        'target="_blank" href="https://bund.de/">Bund<span class="dk-visually-hidden"> (öffnet in neuem Tab)</span>' +
        "</a></li></ul></div>",
    );
  });
});

describe("parseProse and proseToElements", () => {
  it("parse into the subset's blocks, clamped heading levels and checked links", () => {
    expect(parseProse("# Titel\n\nText *kursiv* [Link](/x)  \nweiter\n\n3. a\n4. b\n\n[böse](javascript:x)")).toEqual([
      { type: "heading", level: 2, children: [{ type: "text", text: "Titel" }] },
      {
        type: "paragraph",
        tight: false,
        children: [
          { type: "text", text: "Text " },
          { type: "emphasis", children: [{ type: "text", text: "kursiv" }] },
          { type: "text", text: " " },
          { type: "link", href: "/x", children: [{ type: "text", text: "Link" }] },
          { type: "break" },
          { type: "text", text: "weiter" },
        ],
      },
      {
        type: "list",
        ordered: true,
        start: 3,
        items: [
          [{ type: "paragraph", tight: true, children: [{ type: "text", text: "a" }] }],
          [{ type: "paragraph", tight: true, children: [{ type: "text", text: "b" }] }],
        ],
      },
      { type: "paragraph", tight: false, children: [{ type: "text", text: "[böse](javascript:x)" }] },
    ]);
  });

  it("render Markdown or parsed blocks into the caller's own element", () => {
    const blocks = parseProse("Erster **Absatz**");
    const { container } = render(
      <section aria-label="Hinweis">
        {proseToElements(blocks)}
        {proseToElements("## Zweiter", { headingOffset: 2 })}
      </section>,
    );
    expect(container.innerHTML).toBe(
      '<section aria-label="Hinweis"><p>Erster <strong>Absatz</strong></p><h4>Zweiter</h4></section>',
    );
  });
});

describe("isAllowedHref", () => {
  it.each([
    "https://example.org",
    "HTTPS://EXAMPLE.ORG/Pfad",
    "http://example.org:8080/a?b=c#d",
    "https://user@example.org/",
    "mailto:info@example.org",
    "MAILTO:info@example.org?subject=Antrag",
    "tel:+49641306",
    "/leistungen",
    "/",
    "/a//b",
    "#abschnitt",
    "#",
  ])("allows %s", (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each([
    "",
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "\u0000javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "java\u0000script:alert(1)",
    "javascript\u200b:alert(1)",
    "\ufeffjavascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript%3Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/png;base64,AAAA",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "blob:https://example.org/uuid",
    "ftp://example.org/",
    "ws://example.org/",
    "//evil.example",
    "//evil.example/pfad",
    "/\\evil.example",
    "\\/evil.example",
    "https:\\\\evil.example",
    "https://exa mple.org/",
    "https://example.org/\u2028",
    "https://example.org/\u202e",
    "\u00a0https://example.org/",
    "https:",
    "https://",
    "seite.html",
    "./seite",
    "../seite",
    "?q=1",
    "mailto",
  ])("refuses %j", (href) => {
    expect(isAllowedHref(href)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Robustness: arbitrary strings never throw and never produce an element outside the subset. fast-check is not a
// dependency of this package, so a seeded generator builds Markdown-ish strings from the characters and fragments that
// matter to the parser (markers, brackets, entities, schemes, HTML, controls), deterministically.

/** Mulberry32: a small seeded PRNG, so every run checks the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  ..."#*_-+[]()<>!`~&;:\\/\"' \t\n|=.?%",
  "\n\n",
  "  \n",
  "\\\n",
  "    ",
  "# ",
  "## ",
  "###### ",
  "- ",
  "* ",
  "1. ",
  "42) ",
  "**",
  "__",
  "***",
  "](",
  "![",
  "> ",
  "```",
  "---",
  "===",
  "&amp;",
  "&#106;",
  "&#x6A;",
  "&#0;",
  "&#x110000;",
  "&shy;",
  "&nbsp;",
  "&colon;",
  "javascript:",
  "JaVaScRiPt:",
  "data:text/html,",
  "vbscript:",
  "file:",
  "//evil.example",
  "https://example.org/",
  "http://example.org",
  "mailto:a@example.org",
  "tel:+49",
  "/pfad",
  "#anker",
  "<script>",
  "</script>",
  "<b>",
  '<a href="x" onclick="y">',
  "<img src=x onerror=alert(1)>",
  "<!-- -->",
  "<https://example.org>",
  "<a@example.org>",
  "\u0000",
  "\u0007",
  "\u200b",
  "\u2028",
  "\u202e",
  "\ufeff",
  "\ud800",
  "😀",
  "Straße",
  "Ä",
  "Wort",
  "text ",
];

function markdownish(next: () => number): string {
  const length = Math.floor(next() * 120);
  let text = "";
  for (let index = 0; index < length; index += 1) {
    const pick = next();
    if (pick < 0.1) {
      // A link-shaped piece, so links with odd destinations are really tried.
      const destination = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? "";
      text += `[${FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]}](${destination}${next() < 0.5 ? "x" : ""})`;
    } else {
      text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? "";
    }
  }
  return text;
}

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  div: ["class"],
  p: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ["start"],
  li: [],
  a: ["class", "href", "rel", "target"],
  em: [],
  strong: [],
  br: [],
  span: ["class"],
};

/** What in the server HTML of `markdown` is outside the subset (elements, attributes, links, depth). */
function problems(markdown: string, options: Parameters<typeof proseToElements>[1] = {}): string[] {
  const host = document.createElement("div");
  host.innerHTML = renderToStaticMarkup(<Prose markdown={markdown} {...options} />);
  const found: string[] = [];
  const root = host.firstElementChild;
  if (root?.tagName !== "DIV" || root.className !== "dk-prose" || host.childNodes.length !== 1) found.push("wrapper");
  for (const element of host.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    const allowed = ALLOWED_ATTRIBUTES[tag];
    if (!allowed || (tag === "div" && element !== root)) {
      found.push(`element ${tag}`);
      continue;
    }
    for (const { name } of element.attributes) if (!allowed.includes(name)) found.push(`${tag}[${name}]`);
    if (tag === "a" && !isAllowedHref(element.getAttribute("href") ?? ""))
      found.push(`href ${element.getAttribute("href")}`);
    if (tag === "span" && (element.className !== "dk-visually-hidden" || element.parentElement?.tagName !== "A")) {
      found.push("span outside a link");
    }
    if (tag === "a" && element.parentElement?.closest("a")) found.push("nested link");
    let depth = 0;
    for (let node: Element | null = element; node && node !== root; node = node.parentElement) depth += 1;
    if (depth > 40) found.push(`depth ${depth}`);
  }
  return found;
}

describe("robustness", () => {
  it("renders 1,000 generated Markdown-ish strings without throwing and only with the subset's elements", {
    timeout: 60_000,
  }, () => {
    const next = random(0x5eed_2026);
    const failures: Array<{ markdown: string; found: string[] }> = [];
    for (let run = 0; run < 1000; run += 1) {
      const markdown = markdownish(next);
      const headingOffset = Math.floor(next() * 5) as ProseHeadingOffset;
      const found = problems(markdown, { headingOffset, externalLinksInNewTab: next() < 0.5 });
      if (found.length > 0) failures.push({ markdown, found });
    }
    expect(failures).toEqual([]);
  });

  it("the generator really produces links, headings, lists and emphasis", { timeout: 60_000 }, () => {
    const next = random(0x5eed_2026);
    const html = Array.from({ length: 300 }, () => renderToStaticMarkup(<Prose markdown={markdownish(next)} />)).join(
      "",
    );
    for (const tag of ["<a ", "<h2>", "<h4>", "<ul>", "<ol", "<li>", "<em>", "<strong>", "<br/>"]) {
      expect(html).toContain(tag);
    }
  });

  const size = 100_000;
  const fill = (piece: string) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
  const deepList = Array.from({ length: 2000 }, (_, index) => `${" ".repeat((index % 200) * 2)}- x`)
    .join("\n")
    .slice(0, size);

  it.each([
    ["block quotes", fill(">")],
    ["open brackets", fill("[")],
    ["brackets", `${"[".repeat(size / 2)}${"]".repeat(size / 2)}`],
    ["asterisks", fill("*")],
    ["underscores and asterisks", fill("_*")],
    ["pairable emphasis", `${"*a ".repeat(size / 6)}${" b*".repeat(size / 6)}`.padEnd(size, "*")],
    ["strong and emphasis runs", `${"**a _".repeat(size / 10)}${"_ b**".repeat(size / 10)}`],
    ["link openers", fill("[a](")],
    ["link chains", fill("[x](https://example.org/)")],
    ["refused link chains", fill("[x](javascript:alert(1))")],
    ["nested link labels", `${"[a ".repeat(size / 6)}${"](/x) ".repeat(size / 12)}`.padEnd(size, "]")],
    ["images", fill("![a](")],
    ["angle brackets", fill("<")],
    ["autolinks", fill("<https://example.org/>")],
    ["html", fill("<a href='javascript:alert(1)'>")],
    ["entities", fill("&#")],
    ["backslashes", fill("\\")],
    ["backticks", fill("`")],
    ["list markers", fill("- ")],
    ["numbered list markers", fill("1. ")],
    ["deep list indentation", deepList],
    ["hashes", fill("#")],
    ["heading lines", fill("## *a* [b](/c)\n")],
    ["hard breaks", fill("a  \n")],
    ["control characters", fill("\u0000\u0001\u001f\u007f\u2028\ufeff")],
  ])(
    "survives 100,000 characters of %s",
    (_name, markdown) => {
      // Completion is the test (the generous timeout is for slow machines, not a performance budget).
      expect(markdown).toHaveLength(size);
      expect(problems(markdown)).toEqual([]);
    },
    60_000,
  );
});
