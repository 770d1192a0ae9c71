// FileUpload in Chromium: keyboard focus with a visible indicator, the real FileList posted with the form, the
// list of chosen files in its live region, and a server-rendered input that works before and after hydration.
import { flushSync } from "react-dom";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../form-group/form-group.css";
import "../error-message/error-message.css";
import "./file-upload.css";
import { FileUpload } from "./FileUpload.js";
import { acceptAttribute } from "./file-types.js";

const MB = 1024 * 1024;

function inputIn(host: HTMLElement): HTMLInputElement {
  const input = host.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input");
  return input;
}

/** Puts files into the input as the system dialog does, and fires the events a real choice fires. */
function choose(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

const pdf = (name: string, size: number) =>
  new File([new Uint8Array(size).fill(0x25)], name, { type: "application/pdf" });

describe("FileUpload in the browser", () => {
  it("is reached with Tab and shows a focus outline", async () => {
    const { host } = await mount(
      <>
        <button type="button">Vorher</button>
        <FileUpload id="nachweis" name="nachweis" label="Nachweis" maxBytes={MB} />
      </>,
    );
    host.querySelector("button")?.focus();
    await userEvent.tab();
    const input = inputIn(host);
    expect(document.activeElement).toBe(input);
    const style = getComputedStyle(input);
    expect(style.outlineStyle).toBe("solid");
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it("posts the chosen files with the form and lists them with their sizes in a live region", async () => {
    const { host } = await mount(
      <form method="post" encType="multipart/form-data">
        <FileUpload id="belege" name="belege" label="Belege" multiple maxBytes={5 * MB} />
      </form>,
    );
    const input = inputIn(host);
    const live = host.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe("");
    flushSync(() => choose(input, [pdf("quittung.pdf", 2048), pdf("rechnung.pdf", 1536 * 1024)]));
    const posted = new FormData(host.querySelector("form") as HTMLFormElement).getAll("belege") as File[];
    expect(posted.map((file) => [file.name, file.size])).toEqual([
      ["quittung.pdf", 2048],
      ["rechnung.pdf", 1536 * 1024],
    ]);
    expect([...(live?.querySelectorAll("li") ?? [])].map((item) => item.textContent)).toEqual([
      "quittung.pdf (2 kB)",
      "rechnung.pdf (1,5 MB)",
    ]);
    expect(live?.querySelector("ul")?.getAttribute("aria-labelledby")).toBe("belege-selection");
    expect(document.getElementById("belege-selection")?.textContent).toBe("Ausgewählte Dateien:");
  });

  it("works from the server HTML: the input posts before hydration and lists files after it", async () => {
    const element = (
      <form method="post" encType="multipart/form-data">
        <FileUpload
          id="nachweis"
          name="nachweis"
          label="Nachweis"
          accept={acceptAttribute(["application/pdf"])}
          maxBytes={MB}
        />
      </form>
    );
    const { host, hydrate } = serverRender(element);
    const input = inputIn(host);
    choose(input, [pdf("antrag.pdf", 100)]);
    const form = host.querySelector("form") as HTMLFormElement;
    expect((new FormData(form).get("nachweis") as File).name).toBe("antrag.pdf");
    await hydrate();
    await expect.poll(() => Object.keys(inputIn(host)).some((key) => key.startsWith("__react"))).toBe(true);
    flushSync(() => choose(inputIn(host), [pdf("neu.pdf", 3000)]));
    expect(host.querySelector(".dk-file-upload__file")?.textContent).toBe("neu.pdf (2,9 kB)");
  });
});
