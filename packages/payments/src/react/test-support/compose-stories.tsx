/*
 * Composes the CSF3 stories of this folder into renderable components, as Storybook's composeStories does for the
 * args and render function: the tests (server rendering in Node, axe and keyboard in Chromium) use the stories as
 * the single list of states to check. Test support only; not exported from the package.
 */
import type { ComponentType, ReactElement } from "react";
import type { StoryMeta, StoryOf } from "../story-types.js";

export interface ComposedStory {
  /** "PaymentStatus / Failed" */
  name: string;
  Story: ComponentType;
}

type StoryModule = { default: StoryMeta<object> } & Record<string, unknown>;

export function composeStories(file: string, module: StoryModule): ComposedStory[] {
  const component = file.split("/").at(-1)?.replace(".stories.tsx", "") ?? file;
  const meta = module.default;
  const Component = meta.component as ComponentType<Record<string, unknown>>;
  return Object.entries(module)
    .filter(([exportName]) => exportName !== "default")
    .map(([exportName, value]) => {
      const story = value as StoryOf<Record<string, unknown>>;
      const args = { ...meta.args, ...story.args } as Record<string, unknown>;
      // biome-ignore lint/correctness/noComponentHookFactories: made once per story when the module loads, never in a render
      function Story(): ReactElement {
        return story.render ? story.render(args) : <Component {...args} />;
      }
      Story.displayName = `${component}.${exportName}`;
      return { name: `${component} / ${exportName}`, Story };
    });
}

/** Every story of the react folder, found by Vite's glob import (so a new story file is checked without edits). */
export function allStories(modules: Record<string, unknown>): ComposedStory[] {
  return Object.entries(modules).flatMap(([file, module]) => composeStories(file, module as StoryModule));
}
