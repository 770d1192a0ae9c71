/**
 * Postal address as citizen forms ask for it: street, house number, Postleitzahl and place.
 * Street and place are DIN 91379 data type B (street and place names), the house number and the
 * Postleitzahl use their own kinds. Every issue is reported at once, on its field.
 */
import { z } from "zod";
import type { ValidationResult } from "../core/types.js";
import { validatedSchema } from "../core/zod.js";
import { din91379B } from "../din-91379/index.js";
import { hausnummer } from "../hausnummer/index.js";
import { postleitzahl } from "../postleitzahl/index.js";
import { type CompositeOptions, type FieldRule, validateFields } from "./fields.js";
import { placeMessages, streetMessages } from "./messages.js";

export type PostalAddressField = "street" | "houseNumber" | "postleitzahl" | "place";

/** The address as posted by a form; missing fields count as empty. */
export type PostalAddressInput = Partial<Record<PostalAddressField, string | undefined>>;

/** A checked address: names in NFC, house number and Postleitzahl normalised. */
export interface PostalAddress {
  street: string;
  /** Absent only when the option `houseNumberOptional` allowed an address without one ("Am Markt"). */
  houseNumber?: string;
  postleitzahl: string;
  place: string;
}

export interface PostalAddressOptions extends CompositeOptions<PostalAddressField> {
  /** Accept an address without a house number (default false). */
  houseNumberOptional?: boolean;
}

function rules(options: PostalAddressOptions): Record<PostalAddressField, FieldRule> {
  return {
    street: { validate: din91379B.validate, messages: streetMessages },
    houseNumber: { validate: hausnummer.validate, optional: options.houseNumberOptional ?? false },
    postleitzahl: { validate: postleitzahl.validate },
    place: { validate: din91379B.validate, messages: placeMessages },
  };
}

/** Checks every field and returns the address, or all issues with their paths. */
export function validate(
  input: PostalAddressInput,
  options: PostalAddressOptions = {},
): ValidationResult<PostalAddress> {
  return validateFields(input, rules(options), options) as ValidationResult<PostalAddress>;
}

export function isValid(input: PostalAddressInput, options: PostalAddressOptions = {}): boolean {
  return validate(input, options).ok;
}

/** A zod schema for the posted address (each field a string or missing) with the same issues. */
export function schema(options: PostalAddressOptions = {}): z.ZodType<PostalAddress, PostalAddressInput> {
  const field = z.string().optional();
  const shape = z.object({ street: field, houseNumber: field, postleitzahl: field, place: field });
  return validatedSchema(shape, (input) => validate(input, options));
}
