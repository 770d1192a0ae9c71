import { type ChangeEvent, forwardRef, type InputHTMLAttributes, useEffect, useMemo, useRef, useState } from "react";
import { classNames } from "../../internal/class-names.js";
import { fillPlaceholders, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { mergeRefs } from "../../internal/merge-refs.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { isShown, Question, type QuestionFieldProps } from "../form-group/Question.js";
import { acceptLabels } from "./file-types.js";
import { formatAlternatives, formatFileSize } from "./format.js";
import { type FileUploadText, fileUploadMessages } from "./messages.js";

export interface FileUploadProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "value" | "defaultValue" | "children">,
    QuestionFieldProps,
    LocalizedProps<FileUploadText | ErrorMessageText> {
  /** The native `accept` value, e.g. `"application/pdf,.pdf,image/png,.png"` (see `acceptAttribute`). It only
   * filters the browser's file picker; the server must check the type (`checkUpload`). */
  accept?: string | undefined;
  /** Lets the user choose several files; each is posted under `name`. */
  multiple?: boolean | undefined;
  /** The largest size in bytes, shown in the hint („bis 10 MB“); enforce the same number with `checkUpload`. */
  maxBytes?: number | undefined;
  /** The allowed types as people say them, e.g. „PDF, JPG oder PNG“; by default derived from `accept`. */
  acceptLabel?: string | undefined;
  /** Lists the chosen files with their sizes below the input once JavaScript runs (default `true`). */
  showSelection?: boolean | undefined;
}

interface ChosenFile {
  name: string;
  size: number;
}

/**
 * A native `<input type="file">` with label, hint (including the allowed types and the largest size) and error.
 * Without JavaScript it posts like any file input. With JavaScript, the chosen files and their sizes are listed
 * below it, in a polite live region. The ref and the other native props go to the `<input>`. A file input cannot
 * be controlled through `value`; listen to `onChange` and read `event.currentTarget.files`.
 */
export const FileUpload = /* @__PURE__ */ forwardRef<HTMLInputElement, FileUploadProps>(function FileUpload(
  {
    id,
    name,
    label,
    hint,
    error,
    accept,
    multiple,
    maxBytes,
    acceptLabel,
    isPageHeading = false,
    showSelection = true,
    formGroupClassName,
    className,
    locale = "de",
    messages,
    onChange,
    "aria-describedby": ariaDescribedBy,
    "aria-invalid": ariaInvalid,
    ...rest
  },
  forwardedRef,
) {
  const text = uiMessages(fileUploadMessages, { locale, messages });
  const hasOwnHint = isShown(hint);
  const limits = limitsText(text, { accept, acceptLabel, maxBytes, multiple, locale });
  const hasHint = hasOwnHint || limits !== undefined;
  const selectionId = `${id}-selection`;

  const [chosen, setChosen] = useState<ChosenFile[]>([]);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const setRefs = useMemo(() => mergeRefs(inputRef, forwardedRef), [forwardedRef]);

  // A form reset empties the input without a change event, so the list follows the form.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const clear = () => setChosen([]);
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    setChosen(Array.from(event.currentTarget.files ?? [], (file) => ({ name: file.name, size: file.size })));
  };

  return (
    <Question
      id={id}
      label={label}
      hint={
        hasHint ? (
          <>
            {hasOwnHint ? hint : null}
            {hasOwnHint && limits ? " " : null}
            {limits ? <span className="dk-file-upload__limits">{limits}</span> : null}
          </>
        ) : undefined
      }
      error={error}
      isPageHeading={isPageHeading}
      className={classNames("dk-file-upload", formGroupClassName)}
      locale={locale}
      messages={messages}
      moreDescriptions={[ariaDescribedBy]}
      ariaInvalid={ariaInvalid}
    >
      {(aria, hasError) => (
        <>
          <input
            ref={setRefs}
            id={id}
            name={name}
            type="file"
            accept={accept}
            multiple={multiple}
            className={classNames("dk-file-upload__input", hasError && "dk-file-upload__input--error", className)}
            {...aria}
            onChange={handleChange}
            {...rest}
          />
          {showSelection ? (
            <div className="dk-file-upload__selection" aria-live="polite">
              {chosen.length > 0 ? (
                <>
                  <p id={selectionId} className="dk-file-upload__selection-title">
                    {chosen.length > 1 ? text.selectedFiles : text.selectedFile}
                  </p>
                  <ul className="dk-file-upload__files" aria-labelledby={selectionId}>
                    {chosen.map((file, index) => (
                      // Files may share a name, so the position keeps the keys unique.
                      // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole on every change
                      <li key={`${index}-${file.name}`} className="dk-file-upload__file">
                        <span className="dk-file-upload__file-name">{file.name}</span>{" "}
                        <span className="dk-file-upload__file-size">({formatFileSize(file.size, locale)})</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </Question>
  );
});

/** The hint sentence about the allowed types and size, or undefined when neither is known. */
function limitsText(
  text: Record<FileUploadText, string>,
  options: {
    accept: string | undefined;
    acceptLabel: string | undefined;
    maxBytes: number | undefined;
    multiple: boolean | undefined;
    locale: LocalizedProps<FileUploadText>["locale"];
  },
): string | undefined {
  const locale = options.locale ?? "de";
  const labels = options.accept ? acceptLabels(options.accept) : [];
  const types = options.acceptLabel ?? (labels.length > 0 ? formatAlternatives(labels, locale) : undefined);
  const size = options.maxBytes === undefined ? undefined : formatFileSize(options.maxBytes, locale);
  const each = options.multiple === true;
  if (types && size)
    return fillPlaceholders(each ? text.limitsTypesAndSizeEach : text.limitsTypesAndSize, { types, size });
  if (types) return fillPlaceholders(text.limitsTypes, { types });
  if (size) return fillPlaceholders(each ? text.limitsSizeEach : text.limitsSize, { size });
  return undefined;
}
