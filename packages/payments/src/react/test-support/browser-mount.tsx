// Mounting for the browser tests (Vitest browser mode, Chromium), as in the ui package: each mount gets a fresh
// `div.dk-template` host at the end of the body, renders inside React's act() so that effects have run when it
// resolves, and is unmounted and removed when the test finishes. IS_REACT_ACT_ENVIRONMENT is on only during these
// act() calls: user events come from Playwright, outside the page, and React renders them as in any browser.
import { act, type ReactNode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { onTestFinished } from "vitest";

export interface HostOptions {
  lang?: string;
  /** A city theme (`data-dk-theme`), e.g. `giessen`. */
  theme?: string;
  colorScheme?: "light" | "dark";
}

/** Renders `element` into a new `div.dk-template` at the end of the body. */
export async function mount(element: ReactNode, options: HostOptions = {}): Promise<HTMLElement> {
  const host = createHost(options);
  const root = createRoot(host);
  track(host, root);
  await inAct(() => root.render(element));
  return host;
}

/** Puts the server HTML of `element` into a new host, as a page arrives before its JavaScript; `hydrate()` takes over. */
export function serverRender(element: ReactNode, options: HostOptions = {}) {
  const host = createHost(options);
  // Test support: the markup comes from react-dom/server for this very element, as a page would deliver it.
  host.insertAdjacentHTML("afterbegin", renderToString(element));
  onTestFinished(() => host.remove());
  return {
    host,
    async hydrate(): Promise<void> {
      track(host, await inAct(() => hydrateRoot(host, element)));
    },
  };
}

function createHost({ lang, theme, colorScheme }: HostOptions): HTMLElement {
  const host = document.createElement("div");
  host.className = "dk-template";
  host.style.padding = "16px";
  if (lang) host.lang = lang;
  if (theme) host.dataset.dkTheme = theme;
  if (colorScheme) host.dataset.dkColorScheme = colorScheme;
  document.body.append(host);
  return host;
}

function track(host: HTMLElement, root: Root): void {
  onTestFinished(async () => {
    await inAct(() => root.unmount());
    host.remove();
  });
}

type ActEnvironment = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };

async function inAct<T>(work: () => T): Promise<T> {
  const environment = globalThis as ActEnvironment;
  const previous = environment.IS_REACT_ACT_ENVIRONMENT;
  environment.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    return await act(async () => work());
  } finally {
    environment.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}
