import { type ChangeEvent, forwardRef, useRef, useState } from "react";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { Fieldset, type FieldsetProps } from "../fieldset/Fieldset.js";
import { type ChoiceItem, ChoiceList, checkedValues, useEnhanced } from "./choices.js";
import { type CheckboxesText, checkboxesMessages } from "./messages.js";

/** One checkbox of a Checkboxes group. */
export interface CheckboxItem extends ChoiceItem {
  /**
   * A „Keine davon“ option: with JavaScript, checking it unchecks every other option, and checking another option
   * unchecks it. Without JavaScript both may be posted, so the server must still check the combination.
   */
  exclusive?: boolean | undefined;
}

export interface CheckboxesProps
  extends Omit<FieldsetProps, "name" | "onChange" | "defaultValue" | "children" | "messages">,
    LocalizedProps<CheckboxesText | ErrorMessageText> {
  /**
   * The group's id. The first checkbox gets `<id>` (so an ErrorSummary link `#<id>` focuses it), the others
   * `<id>-<index>`; hint and error get `<id>-hint` and `<id>-error`.
   */
  id: string;
  /** The name every checkbox posts under; each checked option adds one `name=value` pair. */
  name: string;
  /** The group's error message; marks every checkbox with `aria-invalid`. */
  error?: string | undefined;
  /** The options, in order. Values must be unique within the group. */
  items: readonly CheckboxItem[];
  /** Uncontrolled: the values checked initially (rendered as `checked` in the server HTML). */
  defaultValues?: readonly string[] | undefined;
  /** Controlled: the values checked now; use together with `onChange`. */
  values?: readonly string[] | undefined;
  /** Called with the checked values (in item order, exclusive options applied) after the user changes one. */
  onChange?: ((values: string[], event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** Smaller boxes (24 px), for secondary choices such as filters. */
  small?: boolean | undefined;
}

/** The values after `item` was checked or unchecked, exclusive options applied, in the order of `items`. */
export function nextCheckboxValues(
  items: readonly CheckboxItem[],
  current: readonly string[],
  item: CheckboxItem,
  checked: boolean,
): string[] {
  const values = new Set(current);
  if (checked) {
    if (item.exclusive) values.clear();
    else for (const other of items) if (other.exclusive) values.delete(other.value);
    values.add(item.value);
  } else {
    values.delete(item.value);
  }
  return items.filter((option) => values.has(option.value)).map((option) => option.value);
}

/**
 * A group of native checkboxes in a Fieldset: „Wählen Sie alle zutreffenden Antworten aus“. Works without
 * JavaScript (each checked box posts `name=value`); with JavaScript it hides the conditional content of unchecked
 * options and applies exclusive options. The ref and other props go to the `<fieldset>`.
 */
export const Checkboxes = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, CheckboxesProps>(function Checkboxes(
  { id, name, items, defaultValues, values, onChange, small = false, locale, messages, ...fieldset },
  ref,
) {
  const text = uiMessages(checkboxesMessages, { locale, messages });
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const [own, setOwn] = useState<readonly string[]>(() => defaultValues ?? []);
  const enhanced = useEnhanced(() => setOwn(checkedValues(inputs.current)));

  function handleChange(event: ChangeEvent<HTMLInputElement>, index: number) {
    const item = items[index];
    if (!item) return;
    const input = event.currentTarget;
    if (values !== undefined) {
      onChange?.(nextCheckboxValues(items, values, item, input.checked), event);
      return;
    }
    if (input.checked) {
      inputs.current.forEach((other, otherIndex) => {
        if (other && otherIndex !== index && (item.exclusive || items[otherIndex]?.exclusive)) other.checked = false;
      });
    }
    const next = checkedValues(inputs.current);
    setOwn(next);
    onChange?.(next, event);
  }

  return (
    <Fieldset ref={ref} id={id} locale={locale} messages={messages} {...fieldset}>
      <ChoiceList
        block="checkboxes"
        type="checkbox"
        id={id}
        name={name}
        items={items}
        checked={values ?? own}
        controlled={values !== undefined}
        defaults={defaultValues ?? []}
        enhanced={enhanced}
        invalid={fieldset.error !== undefined && fieldset.error !== ""}
        modifiers={small ? ["small"] : []}
        dividerText={text.divider}
        inputs={inputs}
        onItemChange={handleChange}
      />
    </Fieldset>
  );
});
