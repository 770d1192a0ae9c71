import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FileUpload } from "./FileUpload.js";
import { acceptAttribute } from "./file-types.js";

afterEach(cleanup);

const MB = 1024 * 1024;
const ACCEPT = acceptAttribute(["application/pdf", "image/jpeg", "image/png"]);

/** Chooses files as the system dialog would (jsdom cannot build a FileList, so `files` is set on the event target). */
function choose(input: HTMLElement, files: File[]) {
  fireEvent.change(input, { target: { files } });
}

const fileOfSize = (name: string, size: number) => new File([new Uint8Array(size)], name, { type: "application/pdf" });

describe("FileUpload", () => {
  it("renders a native file input named by its label", () => {
    render(<FileUpload id="nachweis" name="nachweis" label="Nachweis hochladen" />);
    const input = screen.getByLabelText("Nachweis hochladen");
    expect(input.tagName).toBe("INPUT");
    expect(input).toHaveProperty("type", "file");
    expect(input.id).toBe("nachweis");
    expect(input.getAttribute("name")).toBe("nachweis");
    expect(input.className).toBe("dk-file-upload__input");
    expect(input.closest(".dk-form-group")?.classList.contains("dk-file-upload")).toBe(true);
  });

  it("states the allowed types and size in the hint, derived from accept and maxBytes", () => {
    render(<FileUpload id="nachweis" name="nachweis" label="Nachweis" accept={ACCEPT} maxBytes={10 * MB} />);
    const input = screen.getByLabelText("Nachweis");
    expect(input.getAttribute("accept")).toBe(ACCEPT);
    expect(document.getElementById("nachweis-hint")?.textContent).toBe("Erlaubt sind PDF, JPG oder PNG bis 10 MB.");
    expect(input.getAttribute("aria-describedby")).toBe("nachweis-hint");
  });

  it("joins the own hint and the limits in one hint, and says „je Datei“ when several files are allowed", () => {
    render(
      <FileUpload
        id="belege"
        name="belege"
        label="Belege"
        hint="Zum Beispiel Quittungen."
        accept=".pdf"
        maxBytes={5 * MB}
        multiple
      />,
    );
    expect(document.getElementById("belege-hint")?.textContent).toBe(
      "Zum Beispiel Quittungen. Erlaubt sind PDF bis 5 MB je Datei.",
    );
    expect(screen.getByLabelText("Belege")).toHaveProperty("multiple", true);
  });

  it("takes the app's label for the types, and words the size alone", () => {
    render(
      <FileUpload id="foto" name="foto" label="Foto" accept="image/*" acceptLabel="Fotos (JPG, HEIC)" maxBytes={MB} />,
    );
    expect(document.getElementById("foto-hint")?.textContent).toBe("Erlaubt sind Fotos (JPG, HEIC) bis 1 MB.");
    cleanup();
    render(<FileUpload id="scan" name="scan" label="Scan" maxBytes={512 * 1024} />);
    expect(document.getElementById("scan-hint")?.textContent).toBe("Die Datei darf höchstens 512 kB groß sein.");
    cleanup();
    render(<FileUpload id="scan" name="scan" label="Scan" maxBytes={MB} multiple />);
    expect(document.getElementById("scan-hint")?.textContent).toBe("Jede Datei darf höchstens 1 MB groß sein.");
    cleanup();
    render(<FileUpload id="scan" name="scan" label="Scan" accept="image/*" />);
    expect(document.getElementById("scan-hint")).toBeNull();
    expect(screen.getByLabelText("Scan").hasAttribute("aria-describedby")).toBe(false);
  });

  it("wires the error: message above the input, aria-invalid, aria-describedby with hint, error and the caller's id", () => {
    render(
      <>
        <p id="extra">Datenschutzhinweis</p>
        <FileUpload
          id="nachweis"
          name="nachweis"
          label="Nachweis"
          accept={ACCEPT}
          error="Wählen Sie eine Datei aus."
          aria-describedby="extra"
        />
      </>,
    );
    const input = screen.getByLabelText("Nachweis");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("nachweis-hint nachweis-error extra");
    const error = document.getElementById("nachweis-error");
    expect(error?.textContent).toBe("Fehler: Wählen Sie eine Datei aus.");
    expect(error?.compareDocumentPosition(input)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(input.classList.contains("dk-file-upload__input--error")).toBe(true);
    expect(input.closest(".dk-form-group")?.classList.contains("dk-form-group--error")).toBe(true);
  });

  it("posts natively: an empty file part under its name when nothing is chosen, nothing when disabled", () => {
    const { container, rerender } = render(
      <form method="post" encType="multipart/form-data">
        <FileUpload id="nachweis" name="nachweis" label="Nachweis" />
        <input type="hidden" name="schritt" value="3" />
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    const posted = new FormData(form).get("nachweis");
    expect(posted).toBeInstanceOf(File);
    expect((posted as File).name).toBe("");
    expect((posted as File).size).toBe(0);
    rerender(
      <form method="post" encType="multipart/form-data">
        <FileUpload id="nachweis" name="nachweis" label="Nachweis" disabled />
      </form>,
    );
    expect(new FormData(form).has("nachweis")).toBe(false);
  });

  it("lists the chosen files with their sizes once JavaScript runs, and calls onChange", () => {
    const onChange = vi.fn();
    render(<FileUpload id="belege" name="belege" label="Belege" multiple onChange={onChange} />);
    const input = screen.getByLabelText("Belege");
    expect(screen.queryByRole("list")).toBeNull();
    choose(input, [fileOfSize("quittung.pdf", 1536), fileOfSize("rechnung.pdf", 3 * MB)]);
    expect(onChange).toHaveBeenCalledOnce();
    const list = screen.getByRole("list", { name: "Ausgewählte Dateien:" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["quittung.pdf (1,5 kB)", "rechnung.pdf (3 MB)"]);
    expect(list.closest("[aria-live]")?.getAttribute("aria-live")).toBe("polite");
    choose(input, [fileOfSize("neu.pdf", 10)]);
    expect(screen.getByRole("list", { name: "Ausgewählte Datei:" }).textContent).toBe("neu.pdf (10 Byte)");
    choose(input, []);
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("empties the list when the form is reset, and shows none when showSelection is off", () => {
    const { container } = render(
      <form>
        <FileUpload id="nachweis" name="nachweis" label="Nachweis" />
      </form>,
    );
    choose(screen.getByLabelText("Nachweis"), [fileOfSize("scan.pdf", 100)]);
    expect(screen.getByRole("list")).toBeTruthy();
    fireEvent.reset(container.querySelector("form") as HTMLFormElement);
    expect(screen.queryByRole("list")).toBeNull();
    cleanup();
    render(<FileUpload id="nachweis" name="nachweis" label="Nachweis" showSelection={false} />);
    choose(screen.getByLabelText("Nachweis"), [fileOfSize("scan.pdf", 100)]);
    expect(screen.queryByRole("list")).toBeNull();
    expect(document.querySelector("[aria-live]")).toBeNull();
  });

  it("speaks English when asked, for the hint, the error prefix and the list", () => {
    render(
      <FileUpload
        id="proof"
        name="proof"
        label="Proof"
        locale="en"
        accept={ACCEPT}
        maxBytes={2.5 * MB}
        error="Select a file."
      />,
    );
    expect(document.getElementById("proof-hint")?.textContent).toBe("Allowed: PDF, JPG or PNG, up to 2.5 MB.");
    expect(document.getElementById("proof-error")?.textContent).toBe("Error: Select a file.");
    choose(screen.getByLabelText("Proof"), [fileOfSize("scan.pdf", 2048)]);
    expect(screen.getByRole("list", { name: "Selected file:" }).textContent).toBe("scan.pdf (2 kB)");
  });

  it("takes the app's wording for every built-in text", () => {
    render(
      <FileUpload
        id="scan"
        name="scan"
        label="Scan"
        accept=".pdf"
        maxBytes={MB}
        error="Zu groß."
        messages={{ limitsTypesAndSize: "Nur {types}, maximal {size}.", prefix: "Achtung:", selectedFile: "Gewählt:" }}
      />,
    );
    expect(document.getElementById("scan-hint")?.textContent).toBe("Nur PDF, maximal 1 MB.");
    expect(document.getElementById("scan-error")?.textContent).toBe("Achtung: Zu groß.");
    choose(screen.getByLabelText("Scan"), [fileOfSize("a.pdf", 1)]);
    expect(screen.getByRole("list", { name: "Gewählt:" })).toBeTruthy();
  });

  it("passes native props and class names on, and forwards object and function refs to the input", () => {
    const ref = createRef<HTMLInputElement>();
    render(
      <FileUpload
        ref={ref}
        id="nachweis"
        name="nachweis"
        label="Nachweis"
        className="extra"
        formGroupClassName="gruppe"
        required
        capture="environment"
      />,
    );
    const input = screen.getByLabelText("Nachweis");
    expect(ref.current).toBe(input);
    expect(input.className).toBe("dk-file-upload__input extra");
    expect(input.closest(".dk-form-group")?.className).toBe("dk-form-group dk-file-upload gruppe");
    expect(input).toHaveProperty("required", true);
    expect(input.getAttribute("capture")).toBe("environment");
    cleanup();
    let element: HTMLInputElement | null = null;
    render(
      <FileUpload
        ref={(node) => {
          element = node;
        }}
        id="nachweis"
        name="nachweis"
        label="Nachweis"
      />,
    );
    expect(element).toBe(screen.getByLabelText("Nachweis"));
  });

  it("shows the label as the page heading when asked", () => {
    render(<FileUpload id="ausweis" name="ausweis" label="Laden Sie Ihren Ausweis hoch" isPageHeading />);
    expect(screen.getByRole("heading", { level: 1, name: "Laden Sie Ihren Ausweis hoch" })).toBeTruthy();
    expect(screen.getByLabelText("Laden Sie Ihren Ausweis hoch")).toHaveProperty("type", "file");
  });

  it("renders complete HTML on the server: label, hint with limits, error, input; no file list", () => {
    const html = renderToString(
      <FileUpload
        id="nachweis"
        name="nachweis"
        label="Nachweis hochladen"
        hint="Ein Scan genügt."
        accept={ACCEPT}
        maxBytes={10 * MB}
        error="Wählen Sie eine Datei aus."
      />,
    );
    const page = document.createElement("div");
    page.innerHTML = html;
    expect(page.querySelector('label[for="nachweis"]')?.textContent).toBe("Nachweis hochladen");
    expect(page.querySelector("#nachweis-hint")?.textContent).toBe(
      "Ein Scan genügt. Erlaubt sind PDF, JPG oder PNG bis 10 MB.",
    );
    expect(page.querySelector("#nachweis-error")?.textContent).toBe("Fehler: Wählen Sie eine Datei aus.");
    const input = page.querySelector("input#nachweis");
    expect(input?.getAttribute("type")).toBe("file");
    expect(input?.getAttribute("name")).toBe("nachweis");
    expect(input?.getAttribute("aria-describedby")).toBe("nachweis-hint nachweis-error");
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    expect(html).not.toContain("<ul");
  });
});
