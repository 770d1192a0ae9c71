/*
 * What Checkboxes and Radios share: the item type, the ids of items and their parts, and the list of native inputs
 * with their labels, hints, dividers and conditional content. Internal: the public parts are re-exported by the
 * two components' index files.
 */
import { type ChangeEvent, Fragment, type ReactNode, type RefObject, useEffect, useState } from "react";
import { classNames } from "../../internal/class-names.js";
import { hasContent } from "../fieldset/Fieldset.js";
import { Hint } from "../form-group/FormGroup.js";

/** One option of a Checkboxes or Radios group. */
export interface ChoiceItem {
  /** The value posted under the group's `name` when the option is checked. */
  value: string;
  /** The visible text of the option; the whole label is clickable. */
  label: ReactNode;
  /** Help for this option, tied to its input with `aria-describedby`. */
  hint?: ReactNode | undefined;
  /** Makes the option unavailable (it is then not posted). */
  disabled?: boolean | undefined;
  /**
   * Content shown under the option while it is checked, e.g. a follow-up question. Without JavaScript it is
   * always visible; fields inside it post with the form as usual.
   */
  conditional?: ReactNode | undefined;
  /** A divider before this option: `true` shows the built-in „oder“ / "or", a string shows that text. */
  divider?: boolean | string | undefined;
}

/**
 * The id of the item at `index` (0-based) in a group with id `id`: the first item carries the group's id, so that
 * an ErrorSummary link `#<id>` focuses the first option; the others get `<id>-<index>`.
 */
export function choiceItemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index}`;
}

/** Ids of the parts of the item with id `itemId`. */
export function choiceItemIds(itemId: string) {
  return { hint: `${itemId}-item-hint`, conditional: `${itemId}-conditional` };
}

/** The values of the checked inputs, in the order of the items. */
export function checkedValues(inputs: readonly (HTMLInputElement | null)[]): string[] {
  const values: string[] = [];
  for (const input of inputs) if (input?.checked) values.push(input.value);
  return values;
}

/**
 * Client-side enhancement of a group: false on the server and in the first (hydrating) render, true once the
 * component runs in the browser. On that first effect `sync` reads the inputs, because the browser may have
 * restored choices (back button) or the user may have changed them before the JavaScript arrived.
 */
export function useEnhanced(sync: () => void): boolean {
  const [enhanced, setEnhanced] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once after mount; sync reads refs, never stale
  useEffect(() => {
    sync();
    setEnhanced(true);
  }, []);
  return enhanced;
}

export interface ChoiceListProps {
  /** The component's class name block: `dk-checkboxes` or `dk-radios`. */
  block: "checkboxes" | "radios";
  type: "checkbox" | "radio";
  id: string;
  name: string;
  items: readonly ChoiceItem[];
  /** The values checked now; they decide which conditional content is shown once enhanced. */
  checked: readonly string[];
  /** Controlled inputs get `checked`; uncontrolled ones `defaultChecked` from `defaults`. */
  controlled: boolean;
  defaults: readonly string[];
  enhanced: boolean;
  invalid: boolean;
  modifiers: readonly string[];
  dividerText: string;
  inputs: RefObject<(HTMLInputElement | null)[]>;
  onItemChange: (event: ChangeEvent<HTMLInputElement>, index: number) => void;
}

/** The options of a group: native inputs, labels, item hints, dividers and conditional content. */
export function ChoiceList({
  block,
  type,
  id,
  name,
  items,
  checked,
  controlled,
  defaults,
  enhanced,
  invalid,
  modifiers,
  dividerText,
  inputs,
  onItemChange,
}: ChoiceListProps) {
  const base = `dk-${block}`;
  return (
    <div className={classNames(base, ...modifiers.map((modifier) => `${base}--${modifier}`))}>
      {items.map((item, index) => {
        const itemId = choiceItemId(id, index);
        const ids = choiceItemIds(itemId);
        const withHint = hasContent(item.hint);
        const withConditional = hasContent(item.conditional);
        const isChecked = checked.includes(item.value);
        // Only with JavaScript does the input control the content; without it the content is simply always shown.
        const controls = enhanced && withConditional;
        return (
          <Fragment key={item.value}>
            {item.divider !== undefined && item.divider !== false && (
              <div className={`${base}__divider`}>{typeof item.divider === "string" ? item.divider : dividerText}</div>
            )}
            <div className={`${base}__item`}>
              {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-expanded is only set when type is "checkbox", which supports it */}
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                className={`${base}__input`}
                id={itemId}
                name={name}
                type={type}
                value={item.value}
                {...(controlled ? { checked: isChecked } : { defaultChecked: defaults.includes(item.value) })}
                disabled={item.disabled}
                aria-describedby={withHint ? ids.hint : undefined}
                aria-invalid={invalid ? true : undefined}
                aria-controls={controls ? ids.conditional : undefined}
                // ARIA allows aria-expanded on checkboxes but not on radios (GOV.UK's radios use it anyway and
                // fail axe, govuk-frontend#979); a radio's revealed content is announced through aria-controls.
                aria-expanded={controls && type === "checkbox" ? isChecked : undefined}
                onChange={(event) => onItemChange(event, index)}
              />
              <label className={`${base}__label`} htmlFor={itemId}>
                {item.label}
              </label>
              {withHint && (
                <Hint id={ids.hint} className={`${base}__hint`}>
                  {item.hint}
                </Hint>
              )}
            </div>
            {withConditional && (
              <div id={ids.conditional} className={`${base}__conditional`} hidden={enhanced && !isChecked}>
                {item.conditional}
              </div>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
