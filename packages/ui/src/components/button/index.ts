export {
  Button,
  type ButtonAsButtonProps,
  type ButtonAsLinkProps,
  type ButtonComponent,
  type ButtonProps,
  type ButtonVariant,
} from "./Button.js";
