import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { NotificationBanner } from "./NotificationBanner.js";

afterEach(cleanup);

describe("NotificationBanner", () => {
  it("is a region named by its default title heading (info)", () => {
    render(
      <NotificationBanner>
        <p>Die Online-Anmeldung ist am Samstag nicht erreichbar.</p>
      </NotificationBanner>,
    );
    const banner = screen.getByRole("region", { name: "Wichtiger Hinweis" });
    expect(banner.tagName).toBe("SECTION");
    expect(banner.className).toBe("dk-notification-banner dk-notification-banner--info");
    const heading = within(banner).getByRole("heading", { level: 2, name: "Wichtiger Hinweis" });
    expect(banner.getAttribute("aria-labelledby")).toBe(heading.id);
    expect(banner.getAttribute("role")).toBeNull();
    expect(banner.hasAttribute("tabindex")).toBe(false);
    expect(within(banner).getByText("Die Online-Anmeldung ist am Samstag nicht erreichbar.")).toBeTruthy();
  });

  it("names the success type „Erfolg“ and shows the heading line", () => {
    render(<NotificationBanner type="success" heading="Ihre Änderungen wurden gespeichert." />);
    const banner = screen.getByRole("region", { name: "Erfolg" });
    expect(banner.classList.contains("dk-notification-banner--success")).toBe(true);
    const line = within(banner).getByText("Ihre Änderungen wurden gespeichert.");
    expect(line.className).toBe("dk-notification-banner__heading");
  });

  it("becomes an alert only when asked to announce (client-side, after an action)", () => {
    render(<NotificationBanner type="success" announce heading="Gespeichert." />);
    const alert = screen.getByRole("alert", { name: "Erfolg" });
    expect(alert.getAttribute("aria-labelledby")).toBeTruthy();
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("takes focus on mount only with focusOnMount", () => {
    render(<NotificationBanner heading="Hinweis" />);
    expect(document.activeElement).toBe(document.body);
    cleanup();
    render(<NotificationBanner type="success" focusOnMount heading="Gespeichert." />);
    const banner = screen.getByRole("region", { name: "Erfolg" });
    expect(banner.getAttribute("tabindex")).toBe("-1");
    expect(document.activeElement).toBe(banner);
  });

  it("takes a custom title, heading level, id, class, ref and native attributes", () => {
    const ref = createRef<HTMLElement>();
    render(
      <NotificationBanner
        ref={ref}
        id="hinweis"
        className="extra"
        lang="de"
        title="Geänderte Öffnungszeiten"
        headingLevel={3}
      />,
    );
    const banner = screen.getByRole("region", { name: "Geänderte Öffnungszeiten" });
    expect(ref.current).toBe(banner);
    expect(banner.id).toBe("hinweis");
    expect(banner.getAttribute("lang")).toBe("de");
    expect(banner.className).toBe("dk-notification-banner dk-notification-banner--info extra");
    expect(screen.getByRole("heading", { level: 3 }).id).toBe("hinweis-title");
  });

  it("has English texts and takes the app's wording", () => {
    render(<NotificationBanner locale="en" />);
    expect(screen.getByRole("region", { name: "Important" })).toBeTruthy();
    cleanup();
    render(<NotificationBanner locale="en" type="success" />);
    expect(screen.getByRole("region", { name: "Success" })).toBeTruthy();
    cleanup();
    render(<NotificationBanner messages={{ infoTitle: "Bitte beachten" }} />);
    expect(screen.getByRole("region", { name: "Bitte beachten" })).toBeTruthy();
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(
      <NotificationBanner id="hinweis" type="success" heading="Gespeichert.">
        <p>
          <a href="/antraege">Zur Übersicht</a>
        </p>
      </NotificationBanner>,
    );
    expect(html).toBe(
      '<section id="hinweis" class="dk-notification-banner dk-notification-banner--success" aria-labelledby="hinweis-title">' +
        '<div class="dk-notification-banner__header"><h2 id="hinweis-title" class="dk-notification-banner__title">Erfolg</h2></div>' +
        '<div class="dk-notification-banner__content"><p class="dk-notification-banner__heading">Gespeichert.</p>' +
        '<p><a href="/antraege">Zur Übersicht</a></p></div></section>',
    );
  });
});
