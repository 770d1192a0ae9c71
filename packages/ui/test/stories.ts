// Every story of every component, composed with its args, for the tests that render them all
// (server rendering in Node, axe in Chromium). The stories are the single list of states to check.
import { composeStories } from "@storybook/react-vite";
import type { ComponentType } from "react";

type StoryModule = Parameters<typeof composeStories>[0];

// Components and the example pages (src/pages) alike.
const modules = import.meta.glob<StoryModule>("../src/**/*.stories.tsx", { eager: true });

export interface ComposedStory {
  /** "Button / Primary" */
  name: string;
  /** The Storybook title of its file, e.g. "Formular/Button" or "Beispielseiten/Stadtseite". */
  title: string;
  Story: ComponentType;
}

export const allStories: ComposedStory[] = Object.entries(modules).flatMap(([file, module]) => {
  const component = file.split("/").at(-1)?.replace(".stories.tsx", "") ?? file;
  const title = (module as { default?: { title?: string } }).default?.title ?? component;
  return Object.entries(composeStories(module)).map(([storyName, Story]) => ({
    name: `${component} / ${storyName}`,
    title,
    Story: Story as unknown as ComponentType,
  }));
});
