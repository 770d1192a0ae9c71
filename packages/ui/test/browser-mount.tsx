// Mounting for the browser tests (Vitest browser mode, Chromium): each mount gets a fresh `div.dk-template` host at
// the end of the body, renders inside React's act(), so that effects and the state updates they cause have run when it
// resolves, and is unmounted and removed when the test finishes.
//
// IS_REACT_ACT_ENVIRONMENT is true only while these act() calls run. In between, the test acts as a user, through
// userEvent (Playwright), and React schedules as in any browser: the update of a click, key or input event renders in
// a microtask right after the event, before `await userEvent…` resolves; a timer (CharacterCount's debounced
// announcement) renders when it fires. act() cannot wrap those: Playwright sends the events from outside the page,
// and an open act() scope holds React's rendering back until it closes. With the flag left on, React warns
// "not wrapped in act(...)" for each of them. Testing Library does the same: it turns the flag off while user-event
// and waitFor run.
import { act, type ReactNode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { onTestFinished } from "vitest";

export interface HostOptions {
  /** The host's inline size, e.g. `320px` for the WCAG reflow width; without it the host is as wide as the page. */
  width?: string;
  lang?: string;
  /** A city theme (`data-dk-theme`), e.g. `giessen`. */
  theme?: string;
  /** `data-dk-color-scheme`. */
  colorScheme?: "light" | "dark";
  /** Further inline styles of the host. */
  style?: Partial<CSSStyleDeclaration>;
}

/** Finds the first element in the host matching `selector`, and throws if nothing matches, so the test fails there. */
export type Find = <T extends Element = HTMLElement>(selector: string) => T;

export interface Mounted {
  host: HTMLElement;
  find: Find;
  /** Renders `element` in place of what is mounted, inside act(). */
  rerender(element: ReactNode): Promise<void>;
  /** Unmounts now, inside act(), and removes the host (otherwise done when the test finishes). */
  unmount(): Promise<void>;
}

export interface ServerRendered {
  host: HTMLElement;
  find: Find;
  /** Hydrates the server HTML inside act(): React takes over the markup as it is now. */
  hydrate(): Promise<Mounted>;
}

/** Renders `element` into a new `div.dk-template` at the end of the body. */
export async function mount(element: ReactNode, options: HostOptions = {}): Promise<Mounted> {
  const host = createHost(options);
  const root = createRoot(host);
  const mounted = track(host, root);
  await inAct(() => root.render(element));
  return mounted;
}

/**
 * Puts the server HTML of `element` into a new `div.dk-template`, as a page arrives before its JavaScript runs;
 * `hydrate()` then lets React take it over.
 */
export function serverRender(element: ReactNode, options: HostOptions = {}): ServerRendered {
  const host = createHost(options);
  host.innerHTML = renderToString(element);
  onTestFinished(() => host.remove());
  return {
    host,
    find: finder(host),
    async hydrate() {
      return track(host, await inAct(() => hydrateRoot(host, element)));
    },
  };
}

/**
 * The colour `value` (any CSS colour: `var(--dk-…)`, a token's value) as getComputedStyle reports colours, `rgb(…)`,
 * resolved on a probe in the body: what to compare a computed colour of the mounted markup with.
 */
export function computedColor(value: string): string {
  const probe = document.createElement("span");
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function createHost({ width, lang, theme, colorScheme, style }: HostOptions): HTMLElement {
  const host = document.createElement("div");
  host.className = "dk-template";
  if (lang) host.lang = lang;
  if (theme) host.dataset.dkTheme = theme;
  if (colorScheme) host.dataset.dkColorScheme = colorScheme;
  if (width) host.style.inlineSize = width;
  if (style) Object.assign(host.style, style);
  document.body.append(host);
  return host;
}

function finder(host: HTMLElement): Find {
  return <T extends Element = HTMLElement>(selector: string): T => {
    const element = host.querySelector<T>(selector);
    if (!element) throw new Error(`${selector} not found`);
    return element;
  };
}

/** The handle of a rendered root, unmounted when the test finishes unless the test did so before. */
function track(host: HTMLElement, root: Root): Mounted {
  let mounted = true;
  async function unmount() {
    if (!mounted) return;
    mounted = false;
    await inAct(() => root.unmount());
    host.remove();
  }
  onTestFinished(unmount);
  return { host, find: finder(host), rerender: (element) => inAct(() => root.render(element)), unmount };
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
