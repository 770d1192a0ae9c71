import { type ChangeEvent, forwardRef, useRef, useState } from "react";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type ChoiceItem, ChoiceList, checkedValues, useEnhanced } from "../checkboxes/choices.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { Fieldset, type FieldsetProps } from "../fieldset/Fieldset.js";
import { type RadiosText, radiosMessages } from "./messages.js";

/** One option of a Radios group. */
export type RadioItem = ChoiceItem;

export interface RadiosProps
  extends Omit<FieldsetProps, "name" | "onChange" | "defaultValue" | "children" | "messages">,
    LocalizedProps<RadiosText | ErrorMessageText> {
  /**
   * The group's id. The first radio gets `<id>` (so an ErrorSummary link `#<id>` focuses it), the others
   * `<id>-<index>`; hint and error get `<id>-hint` and `<id>-error`.
   */
  id: string;
  /** The name the chosen option posts under (`name=value`). */
  name: string;
  /** The group's error message; marks every radio with `aria-invalid`. */
  error?: string | undefined;
  /** The options, in order. Values must be unique within the group. */
  items: readonly RadioItem[];
  /** Uncontrolled: the value chosen initially (rendered as `checked` in the server HTML). */
  defaultValue?: string | undefined;
  /** Controlled: the value chosen now (`""` for none yet); use together with `onChange`. */
  value?: string | undefined;
  /** Called with the chosen value when the user picks an option. */
  onChange?: ((value: string, event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** Options side by side, for two short answers such as „Ja“ / „Nein“. Not for options with conditional content. */
  inline?: boolean | undefined;
  /** Smaller circles (24 px), for secondary choices such as filters. */
  small?: boolean | undefined;
}

/**
 * A group of native radio buttons in a Fieldset: one answer from a few. Works without JavaScript (the checked
 * radio posts `name=value`); with JavaScript it hides the conditional content of the options not chosen. Arrow
 * keys move between the options, as browsers do for radios. The ref and other props go to the `<fieldset>`.
 */
export const Radios = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, RadiosProps>(function Radios(
  { id, name, items, defaultValue, value, onChange, inline = false, small = false, locale, messages, ...fieldset },
  ref,
) {
  const text = uiMessages(radiosMessages, { locale, messages });
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const [own, setOwn] = useState<string | undefined>(defaultValue);
  const enhanced = useEnhanced(() => setOwn(checkedValues(inputs.current)[0]));
  const chosen = value ?? own;

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const next = event.currentTarget.value;
    if (value === undefined) setOwn(next);
    onChange?.(next, event);
  }

  const modifiers: string[] = [];
  if (inline) modifiers.push("inline");
  if (small) modifiers.push("small");

  return (
    <Fieldset ref={ref} id={id} locale={locale} messages={messages} {...fieldset}>
      <ChoiceList
        block="radios"
        type="radio"
        id={id}
        name={name}
        items={items}
        checked={chosen === undefined ? [] : [chosen]}
        controlled={value !== undefined}
        defaults={defaultValue === undefined ? [] : [defaultValue]}
        enhanced={enhanced}
        invalid={fieldset.error !== undefined && fieldset.error !== ""}
        modifiers={modifiers}
        dividerText={text.divider}
        inputs={inputs}
        onItemChange={handleChange}
      />
    </Fieldset>
  );
});
