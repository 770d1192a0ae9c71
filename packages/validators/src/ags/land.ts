/**
 * Kennzahl des Landes: the first two digits of the Amtlicher Gemeindeschlüssel (AGS), the Amtlicher
 * Regionalschlüssel (ARS) and the Leitweg-ID, 01 Schleswig-Holstein ... 16 Thüringen, in the order of the
 * Destatis Gemeindeverzeichnis. Shared by the kinds ags, ars and leitwegId so the rule lives in one place.
 * Source: Destatis, Gemeindeverzeichnis-Informationssystem (GV-ISys), "Amtlicher Gemeindeschlüssel";
 * KoSIT "Formatspezifikation Leitweg-ID" 2.0.2, 2.2.1 (which adds 99 for the Bund).
 */
import { isAsciiDigits } from "../core/normalize.js";

/** True for the two-digit codes of the 16 Länder, "01" to "16"; expects two characters. */
export function isLandCode(code: string): boolean {
  if (code.length !== 2) return false;
  const tens = code.charCodeAt(0) - 0x30;
  const ones = code.charCodeAt(1) - 0x30;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return false;
  const value = tens * 10 + ones;
  return value >= 1 && value <= 16;
}

/** The codes a key made of a Land code and more digits (AGS, ARS) can fail with, in the order they are checked. */
export type LandKeyProblem = "empty" | "invalid_characters" | "too_short" | "too_long" | "unknown_code";

/**
 * The first problem of a compact key of exactly `length` ASCII digits starting with a Land code, or undefined
 * when there is none: empty, invalid_characters, too_short / too_long, unknown_code (Land not 01-16).
 */
export function landKeyProblem(value: string, length: number): LandKeyProblem | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiDigits(value)) return "invalid_characters";
  if (value.length < length) return "too_short";
  if (value.length > length) return "too_long";
  if (!isLandCode(value.slice(0, 2))) return "unknown_code";
  return undefined;
}
