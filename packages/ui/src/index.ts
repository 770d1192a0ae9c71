/**
 * @digitale-kommune/ui: accessible, server-rendered React components for citizen forms and portals.
 * Each component is tree-shakeable on its own; its CSS is `@digitale-kommune/ui/styles/<component>.css`.
 */

// Content
export {
  Accordion,
  type AccordionProps,
  type AccordionSection,
  type AccordionText,
} from "./components/accordion/index.js";
// Page frame
export { BackLink, type BackLinkProps, type BackLinkText } from "./components/back-link/index.js";
export {
  Breadcrumbs,
  type BreadcrumbsItem,
  type BreadcrumbsProps,
  type BreadcrumbsText,
} from "./components/breadcrumbs/index.js";
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
  Card,
  CardList,
  type CardListProps,
  type CardProps,
  ServiceCard,
  type ServiceCardProps,
  type ServiceCardText,
} from "./components/card/index.js";
export {
  Checkboxes,
  type CheckboxesProps,
  type CheckboxesText,
  type CheckboxItem,
  type ChoiceItem,
  choiceItemId,
} from "./components/checkboxes/index.js";
export {
  CookieInfo,
  type CookieInfoEntry,
  type CookieInfoProps,
  type CookieInfoText,
  SESSION_COOKIE_NAME,
} from "./components/cookie-info/index.js";
export {
  DATE_PARTS,
  DateInput,
  type DateInputProps,
  type DateInputText,
  type DateInputValue,
  type DatePart,
  datePartName,
} from "./components/date-input/index.js";
export { Details, type DetailsProps } from "./components/details/index.js";
export {
  Dialog,
  DialogClose,
  type DialogCloseProps,
  type DialogProps,
  type DialogRole,
  type DialogText,
  MIN_SESSION_WARNING_MS,
  SessionTimeoutDialog,
  type SessionTimeoutDialogProps,
  type SessionTimeoutDialogText,
  type SessionTimeoutOptions,
  type SessionTimeoutState,
  useSessionTimeout,
} from "./components/dialog/index.js";
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
export { Footer, type FooterLink, type FooterProps, type FooterText } from "./components/footer/index.js";
export {
  FormGroup,
  type FormGroupProps,
  Hint,
  type HintProps,
  Label,
  type LabelProps,
} from "./components/form-group/index.js";
export {
  type CityBrand,
  type CityLinks,
  type CityLogo,
  Header,
  type HeaderNavigationItem,
  type HeaderProps,
  type HeaderText,
} from "./components/header/index.js";
export { Heading, type HeadingLevel, type HeadingProps, type HeadingSize } from "./components/heading/index.js";
export { InsetText, type InsetTextProps } from "./components/inset-text/index.js";
export {
  LanguageSwitch,
  type LanguageSwitchLinks,
  type LanguageSwitchProps,
  type LanguageSwitchText,
  type LanguageVersion,
} from "./components/language-switch/index.js";
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
export {
  Main,
  type MainProps,
  PageLayout,
  type PageLayoutMainWidth,
  type PageLayoutProps,
} from "./components/page-layout/index.js";
export {
  type PageRangeItem,
  Pagination,
  type PaginationProps,
  type PaginationText,
  pageRange,
} from "./components/pagination/index.js";
export { Panel, type PanelProps, type PanelText } from "./components/panel/index.js";
export {
  type Phase,
  PhaseBanner,
  type PhaseBannerProps,
  type PhaseBannerText,
} from "./components/phase-banner/index.js";
export {
  ProgressBar,
  type ProgressBarProps,
  type ProgressBarText,
  progressStep,
} from "./components/progress-bar/index.js";
export { type RadioItem, Radios, type RadiosProps, type RadiosText } from "./components/radios/index.js";
export { SearchField, type SearchFieldProps, type SearchFieldText } from "./components/search-field/index.js";
export { Select, type SelectOption, type SelectProps, type SelectText } from "./components/select/index.js";
export { SkipLink, type SkipLinkProps, type SkipLinkText } from "./components/skip-link/index.js";
export { Spinner, type SpinnerProps, type SpinnerSize, type SpinnerText } from "./components/spinner/index.js";
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
  Table,
  type TableColumn,
  type TableComponent,
  type TableProps,
  type TableRow,
  type TableWithChildrenProps,
  type TableWithDataProps,
} from "./components/table/index.js";
export { Tag, type TagProps, type TagVariant } from "./components/tag/index.js";
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
export { WarningText, type WarningTextProps, type WarningTextText } from "./components/warning-text/index.js";
// The built-in-texts pattern, for packages that build components on ui (e.g. payments/react)
export { fillPlaceholders, type Locale, type LocalizedProps, type UiMessages, uiMessages } from "./internal/i18n.js";
