import { type FormHTMLAttributes, forwardRef, type InputHTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { describedBy, fieldIds } from "../../internal/ids.js";
import { type SearchFieldText, searchFieldMessages } from "./messages.js";

export interface SearchFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "form">,
    LocalizedProps<SearchFieldText> {
  /** The input's id; the label's id is `<id>-label` (it names the search landmark too), the hint's `<id>-hint`. */
  id: string;
  /** The name of the query parameter (default `"q"`): the form sends `?q=…`. */
  name?: string | undefined;
  /** The results page the form sends the query to with GET (default: the current page). */
  action?: string | undefined;
  /**
   * The label, e.g. „Leistungen durchsuchen“ (default „Suche“ / "Search", or `messages.label`). It also names the
   * search landmark, so several searches on a page can be told apart.
   */
  label?: ReactNode | undefined;
  /**
   * Hide the label visually (default false). It stays the input's name for screen readers. Only where the purpose is
   * clear without it, e.g. the search in the page header with its magnifier button.
   */
  labelHidden?: boolean | undefined;
  /** Help under the label, e.g. „Zum Beispiel Personalausweis oder Hundesteuer“. */
  hint?: ReactNode | undefined;
  /** Show the button's text „Suchen“ next to the magnifier (default false: the text is visually hidden). */
  buttonTextVisible?: boolean | undefined;
  /** Further attributes of the `<form>`, e.g. `onSubmit` for client-side navigation or `className`. */
  formProps?: Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "method" | "role"> | undefined;
}

/** The magnifier of the submit button: decoration only; the button is named by its text. */
function SearchIcon() {
  return (
    <svg className="dk-search-field__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        d="M10.5 3.5a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM15.5 15.5 21 21"
      />
    </svg>
  );
}

/**
 * A site search: a native `<form role="search" method="get">` with a labelled `<input type="search">` and a submit
 * button named „Suchen“ with a magnifier. Without JavaScript the browser sends `<action>?q=…`. The input receives
 * the ref and the rest of the props, so it works uncontrolled (`defaultValue`) and controlled (`value`, `onChange`).
 */
export const SearchField = /* @__PURE__ */ forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField(
  {
    id,
    name = "q",
    action,
    label,
    labelHidden = false,
    hint,
    buttonTextVisible = false,
    formProps,
    locale,
    messages,
    className,
    disabled,
    "aria-describedby": ariaDescribedBy,
    ...rest
  },
  ref,
) {
  const text = uiMessages(searchFieldMessages, { locale, messages });
  const labelId = `${id}-label`;
  const hasHint = hint !== undefined && hint !== null;
  const hintId = fieldIds(id).hint;
  const { className: formClassName, ...otherFormProps } = formProps ?? {};
  return (
    // biome-ignore lint/a11y/useSemanticElements: role="search" on the form is the landmark in every browser and in React 18; <search> is not known to either everywhere yet
    <form
      role="search"
      action={action}
      method="get"
      className={classNames("dk-search-field", formClassName)}
      aria-labelledby={labelId}
      {...otherFormProps}
    >
      <label
        id={labelId}
        htmlFor={id}
        className={classNames("dk-search-field__label", labelHidden && "dk-visually-hidden")}
      >
        {label ?? text.label}
      </label>
      {hasHint && (
        <div id={hintId} className="dk-search-field__hint">
          {hint}
        </div>
      )}
      <div className="dk-search-field__wrapper">
        <input
          ref={ref}
          id={id}
          name={name}
          type="search"
          className={classNames("dk-search-field__input", className)}
          aria-describedby={describedBy(hasHint && hintId, ariaDescribedBy)}
          disabled={disabled}
          {...rest}
        />
        <button type="submit" className="dk-search-field__button" disabled={disabled}>
          <SearchIcon />
          <span className={buttonTextVisible ? undefined : "dk-visually-hidden"}>{text.button}</span>
        </button>
      </div>
    </form>
  );
});
