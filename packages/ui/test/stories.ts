// Every story of every component, composed with its args, for the tests that render them all
// (server rendering in Node, axe in Chromium). The stories are the single list of states to check.
import { composeStories } from "@storybook/react-vite";
import type { ComponentType } from "react";

type StoryModule = Parameters<typeof composeStories>[0];

const modules = import.meta.glob<StoryModule>("../src/components/**/*.stories.tsx", { eager: true });

export interface ComposedStory {
  /** "Button / Primary" */
  name: string;
  Story: ComponentType;
}

export const allStories: ComposedStory[] = Object.entries(modules).flatMap(([file, module]) => {
  const component = file.split("/").at(-1)?.replace(".stories.tsx", "") ?? file;
  return Object.entries(composeStories(module)).map(([storyName, Story]) => ({
    name: `${component} / ${storyName}`,
    Story: Story as unknown as ComponentType,
  }));
});
