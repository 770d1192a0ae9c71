export type { TaskListText } from "./messages.js";
export {
  TaskList,
  type TaskListProps,
  type TaskListSection,
  type TaskListTask,
  type TaskStatus,
} from "./TaskList.js";
