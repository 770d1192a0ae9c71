export { Button, type ButtonProps, type ButtonVariant } from "./components/button/index.js";
