export { TextField, type TextFieldProps, type TextFieldType, type TextFieldWidth } from "./TextField.js";
