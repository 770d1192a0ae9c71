// Example options for the stories and tests of Checkboxes and Radios, which share their item type (ChoiceItem).
import { TextField } from "../text-field/TextField.js";
import type { ChoiceItem } from "./choices.js";

/**
 * How to reach someone: E-Mail and Telefon, each revealing a field (ids `<id>-email` and `<id>-telefon`), and Brief.
 * The fields are plain native ones, so what the tests check does not depend on TextField.
 */
export function contactItems(id: string): ChoiceItem[] {
  return [
    { value: "email", label: "E-Mail", conditional: nativeField(`${id}-email`, "email", "E-Mail-Adresse") },
    { value: "telefon", label: "Telefon", conditional: nativeField(`${id}-telefon`, "telefon", "Telefonnummer") },
    { value: "brief", label: "Brief" },
  ];
}

/** The same options as the stories show them, with a TextField revealed under E-Mail and under Telefon. */
export function contactItemsWithTextFields(id: string): ChoiceItem[] {
  return [
    {
      value: "email",
      label: "E-Mail",
      conditional: (
        <TextField id={`${id}-email`} name="email" type="email" label="E-Mail-Adresse" autoComplete="email" />
      ),
    },
    {
      value: "telefon",
      label: "Telefon",
      conditional: <TextField id={`${id}-telefon`} name="telefon" type="tel" label="Telefonnummer" width="20" />,
    },
    { value: "brief", label: "Brief" },
  ];
}

function nativeField(id: string, name: string, label: string) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} />
    </>
  );
}
