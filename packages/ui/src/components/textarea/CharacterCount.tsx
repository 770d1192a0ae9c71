import { type ChangeEvent, forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import { classNames } from "../../internal/class-names.js";
import { fillPlaceholders, type Locale, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { countCharacters, countWords } from "./count.js";
import { type CharacterCountText, type CharacterCountUnit, characterCountMessages } from "./messages.js";
import { renderTextareaField, type TextareaProps } from "./Textarea.js";

/** The limit: characters (`maxLength`) or words (`maxWords`), exactly one of them. */
export type CharacterCountLimit =
  | {
      /**
       * Most characters the answer may have. Not set as the native `maxlength`: a longer text can be typed or
       * pasted, and is reported, so the user sees what to shorten instead of losing the end silently.
       */
      maxLength: number;
      maxWords?: undefined;
    }
  | {
      /** Most words the answer may have (words are runs of non-space characters). */
      maxWords: number;
      maxLength?: undefined;
    };

export type CharacterCountProps = Omit<TextareaProps, "maxLength" | "messages"> &
  LocalizedProps<CharacterCountText | ErrorMessageText> &
  CharacterCountLimit & {
    /**
     * Shows the live count only from this percentage of the limit on (0–100, default 0: always). Below it the
     * static hint stays visible and nothing is announced.
     */
    threshold?: number | undefined;
    /** Milliseconds after the last keystroke before screen readers hear the count (default 1000). */
    announcementDelay?: number | undefined;
  };

/** The live count message for `remaining` (negative: over the limit), with singular and plural forms. */
export function characterCountMessage(
  text: Record<CharacterCountText, string>,
  unit: CharacterCountUnit,
  remaining: number,
  locale: Locale = "de",
): string {
  const count = Math.abs(remaining);
  const key: CharacterCountText = `${unit}${remaining < 0 ? "OverLimit" : "UnderLimit"}${count === 1 ? "One" : "Other"}`;
  return fillPlaceholders(text[key], { count: formatNumber(count, locale) });
}

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A Textarea with a length limit, as GOV.UK's character count. Without JavaScript it is a plain textarea with the
 * static hint „Sie können bis zu {max} Zeichen eingeben“. With JavaScript the hint turns into a live count („Sie
 * haben noch 12 Zeichen übrig“, „Sie haben 3 Zeichen zu viel“ in the error style); screen readers hear the count
 * through a polite live region once the user pauses typing, and the static hint stays their description.
 */
export const CharacterCount = /* @__PURE__ */ forwardRef<HTMLTextAreaElement, CharacterCountProps>(
  function CharacterCount(
    { maxLength, maxWords, threshold = 0, announcementDelay = 1000, locale, messages, onChange, ...textareaProps },
    ref,
  ) {
    const textarea = useRef<HTMLTextAreaElement>(null);
    useImperativeHandle(ref, () => textarea.current as HTMLTextAreaElement, []);
    // False in the server render and the first client render (so hydration matches), true once effects run.
    const [enhanced, setEnhanced] = useState(false);
    const [ownValue, setOwnValue] = useState("");
    const [typed, setTyped] = useState(false);
    const [announcement, setAnnouncement] = useState("");

    useEffect(() => {
      const element = textarea.current;
      if (!element) return;
      // The browser may restore a typed text (back button, bfcache) without an input event.
      const sync = () => setOwnValue(element.value);
      sync();
      setEnhanced(true);
      window.addEventListener("pageshow", sync);
      return () => window.removeEventListener("pageshow", sync);
    }, []);

    const text = uiMessages(characterCountMessages, { locale, messages });
    const unit: CharacterCountUnit = maxWords === undefined ? "characters" : "words";
    const max = maxWords ?? maxLength;
    const { value } = textareaProps;
    const current = value === undefined ? ownValue : Array.isArray(value) ? value.join(",") : String(value);
    const remaining = max - (unit === "words" ? countWords(current) : countCharacters(current));
    const overLimit = remaining < 0;
    const showCount = enhanced && max - remaining >= (max * threshold) / 100;
    const countMessage = characterCountMessage(text, unit, remaining, locale);

    // Debounced: each keystroke restarts the timer, so the count is announced once the user pauses.
    useEffect(() => {
      if (!typed) return;
      const timer = setTimeout(() => setAnnouncement(showCount ? countMessage : ""), announcementDelay);
      return () => clearTimeout(timer);
    }, [typed, showCount, countMessage, announcementDelay]);

    const infoId = `${textareaProps.id}-info`;
    return renderTextareaField(
      {
        ...textareaProps,
        locale,
        messages,
        onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
          setOwnValue(event.target.value);
          setTyped(true);
          onChange?.(event);
        },
      },
      {
        ref: textarea,
        describedById: infoId,
        invalidLook: showCount && overLimit,
        blockClassName: "dk-character-count",
        after: (
          <>
            <div id={infoId} className={classNames("dk-character-count__message", showCount && "dk-visually-hidden")}>
              {fillPlaceholders(text[`${unit}Limit`], { max: formatNumber(max, locale ?? "de") })}
            </div>
            {enhanced ? (
              <div
                className={classNames("dk-character-count__status", overLimit && "dk-character-count__status--error")}
                aria-hidden="true"
                hidden={!showCount}
              >
                {countMessage}
              </div>
            ) : null}
            <div className="dk-character-count__announcement dk-visually-hidden" aria-live="polite">
              {announcement}
            </div>
          </>
        ),
      },
    );
  },
);
