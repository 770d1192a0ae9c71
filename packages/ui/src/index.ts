/**
 * @digitale-kommune/ui: accessible, server-rendered React components for citizen forms and portals.
 * Each component is tree-shakeable on its own; its CSS is `@digitale-kommune/ui/styles/<component>.css`.
 */

// Actions and text
export {
  Button,
  type ButtonAsButtonProps,
  type ButtonAsLinkProps,
  type ButtonComponent,
  type ButtonProps,
  type ButtonVariant,
} from "./components/button/index.js";
export {
  Checkboxes,
  type CheckboxesProps,
  type CheckboxesText,
  type CheckboxItem,
  type ChoiceItem,
  choiceItemId,
} from "./components/checkboxes/index.js";
export {
  DATE_PARTS,
  DateInput,
  type DateInputProps,
  type DateInputText,
  type DateInputValue,
  type DatePart,
  datePartName,
} from "./components/date-input/index.js";
// Form fields
export { ErrorMessage, type ErrorMessageProps, type ErrorMessageText } from "./components/error-message/index.js";
// Feedback
export {
  ErrorSummary,
  type ErrorSummaryError,
  type ErrorSummaryProps,
  type ErrorSummaryText,
} from "./components/error-summary/index.js";
export { Fieldset, type FieldsetProps, type LegendSize } from "./components/fieldset/index.js";
export {
  acceptAttribute,
  acceptLabels,
  FileUpload,
  type FileUploadProps,
  type FileUploadText,
  formatFileSize,
} from "./components/file-upload/index.js";
export {
  FormGroup,
  type FormGroupProps,
  Hint,
  type HintProps,
  Label,
  type LabelProps,
} from "./components/form-group/index.js";
export { Heading, type HeadingLevel, type HeadingProps, type HeadingSize } from "./components/heading/index.js";
export { Link, type LinkProps, type LinkText } from "./components/link/index.js";
export {
  Alert,
  type AlertProps,
  type AlertText,
  type AlertVariant,
  NotificationBanner,
  type NotificationBannerProps,
  type NotificationBannerText,
  type NotificationBannerType,
} from "./components/notification-banner/index.js";
export { Panel, type PanelProps, type PanelText } from "./components/panel/index.js";
export { type RadioItem, Radios, type RadiosProps, type RadiosText } from "./components/radios/index.js";
export { Select, type SelectOption, type SelectProps, type SelectText } from "./components/select/index.js";
export {
  StepIndicator,
  type StepIndicatorProps,
  type StepIndicatorStep,
  type StepIndicatorText,
} from "./components/step-indicator/index.js";
// Check answers and long applications
export {
  SummaryCard,
  type SummaryCardProps,
  SummaryList,
  type SummaryListAction,
  type SummaryListProps,
  type SummaryListRow,
  type SummaryListText,
} from "./components/summary-list/index.js";
export {
  TaskList,
  type TaskListProps,
  type TaskListSection,
  type TaskListTask,
  type TaskListText,
  type TaskStatus,
} from "./components/task-list/index.js";
export {
  TextField,
  type TextFieldProps,
  type TextFieldType,
  type TextFieldWidth,
} from "./components/text-field/index.js";
export {
  CharacterCount,
  type CharacterCountLimit,
  type CharacterCountProps,
  type CharacterCountText,
  type CharacterCountUnit,
  countCharacters,
  countWords,
  Textarea,
  type TextareaProps,
} from "./components/textarea/index.js";
export type { Locale, LocalizedProps, UiMessages } from "./internal/i18n.js";
