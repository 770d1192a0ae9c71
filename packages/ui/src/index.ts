export { Button, type ButtonProps, type ButtonVariant } from "./components/button/index.js";
export { ErrorMessage, type ErrorMessageProps, type ErrorMessageText } from "./components/error-message/index.js";
export {
  FormGroup,
  type FormGroupProps,
  Hint,
  type HintProps,
  Label,
  type LabelProps,
} from "./components/form-group/index.js";
export type { Locale, LocalizedProps, UiMessages } from "./internal/i18n.js";
