/**
 * What happens when an ErrorSummary link is followed with JavaScript on, as in GOV.UK Frontend: focus moves to the
 * input itself (for a group such as a date or radios, its first input), and the question's label or legend is
 * scrolled into view, so the user sees what the field asks, not just the bare input.
 */

const FIELD = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(element: Element): element is Field {
  return element.matches(FIELD);
}

/** The field a link target stands for: the element itself if it is a field, else the first field inside it. */
export function fieldFor(target: Element): Field | undefined {
  if (isField(target)) return target;
  const inside = target.querySelector(FIELD);
  return inside && isField(inside) ? inside : undefined;
}

/**
 * The element to scroll into view for `field`: the legend of its fieldset for checkboxes and radios, or when the
 * legend and the field fit on half a screen together (a date's Tag/Monat/Jahr); otherwise the field's own label.
 */
export function labelFor(field: Field): HTMLElement | undefined {
  const legend = field.closest("fieldset")?.querySelector("legend");
  if (legend) {
    if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) return legend;
    const legendTop = legend.getBoundingClientRect().top;
    const fieldRect = field.getBoundingClientRect();
    const viewport = field.ownerDocument.defaultView?.innerHeight ?? 0;
    if (fieldRect.height > 0 && viewport > 0 && fieldRect.bottom - legendTop < viewport / 2) return legend;
  }
  return field.labels?.[0] ?? field.closest("label") ?? undefined;
}

/**
 * Moves focus to the field the fragment link `href` points to. Returns false (leave the browser's default jump
 * to the anchor) when the link is not a fragment or its target has no field.
 */
export function focusTarget(href: string, document: Document): boolean {
  if (!href.startsWith("#") || href.length < 2) return false;
  let id: string;
  try {
    id = decodeURIComponent(href.slice(1));
  } catch {
    return false;
  }
  const target = document.getElementById(id);
  const field = target ? fieldFor(target) : undefined;
  if (!field) return false;
  (labelFor(field) ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
  return true;
}
