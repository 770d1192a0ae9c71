export {
  type CheckUploadOptions,
  type CheckUploadResult,
  checkUpload,
  type UploadedFile,
  type UploadIssue,
  type UploadIssueCode,
} from "./check-upload.js";
export { FileUpload, type FileUploadProps } from "./FileUpload.js";
export {
  acceptAttribute,
  acceptLabels,
  detectFileType,
  FILE_TYPES,
  type FileTypeInfo,
  fileTypeByExtension,
  fileTypeByMime,
} from "./file-types.js";
export { formatFileSize } from "./format.js";
export type { CheckUploadText, FileUploadText } from "./messages.js";
