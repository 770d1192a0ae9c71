/*
 * The Component Story Format 3 shapes the stories of this folder use, typed locally: the payments package does not
 * depend on Storybook. Storybook reads these files as they are (a default export with `title` and `component`, named
 * exports with `args`), and the tests compose them with `test-support/compose-stories.ts`.
 */
import type { ComponentType, ReactElement } from "react";

export interface StoryMeta<Props> {
  title: string;
  component: ComponentType<Props>;
  args?: Partial<Props>;
  parameters?: Record<string, unknown>;
}

export interface StoryOf<Props> {
  name?: string;
  args?: Partial<Props>;
  render?: (args: Props) => ReactElement;
  parameters?: Record<string, unknown>;
}
