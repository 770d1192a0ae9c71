import type { Meta, StoryObj } from "@storybook/react-vite";
import { Pagination } from "./Pagination.js";

const searchPage = (page: number) => `/suche?q=parken&seite=${page}`;

const meta = {
  title: "Seitenrahmen/Pagination",
  component: Pagination,
  args: { current: 5, total: 20, hrefFor: searchPage },
  parameters: {
    docs: {
      description: {
        component:
          "Links to the pages of a long list such as search results (GOV.UK pagination), in a `<nav>` named " +
          "„Seitennummerierung“ / “Pagination”: „Vorherige Seite“, the page numbers with gaps (1 … 4 5 6 … 20: " +
          "first, last and the current page with one page either side; a gap of one page shows the page) and " +
          "„Nächste Seite“. Each number is read „Seite 5“ (visible number, visually hidden „Seite“). The current page " +
          'stays a link marked `aria-current="page"` (as GOV.UK), so it is announced as the current page in the ' +
          "list of links; it is shown bold on the action colour. No previous link on page 1, no next link on the " +
          "last page, nothing at all with a single page. Every page is a real link from `hrefFor(page)`, so paging " +
          "works without JavaScript. Keyboard: Tab moves through previous, the numbers and next in reading order; " +
          "Enter follows a link. WCAG 2.2: 1.3.1 (navigation landmark, list), 2.4.4 (link purpose „Seite 5“), 2.5.3 " +
          "(the visible number is part of the name), 4.1.2 (`aria-current`), 1.4.1 (the current page also bold and " +
          "not underlined), 2.4.7 and 2.4.11 (visible focus), 2.5.8 (44 × 44 px targets), 1.4.10 (wraps at 320 px).",
      },
    },
  },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const FirstPage: Story = { args: { current: 1 } };

export const LastPage: Story = { args: { current: 20 } };

export const NearTheStart: Story = { args: { current: 3 } };

export const FewPages: Story = { args: { current: 2, total: 3 } };

export const ManyPages: Story = { args: { current: 50, total: 120 } };

export const MoreSiblings: Story = { args: { current: 10, siblings: 2 } };

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    current: 5,
    total: 20,
    hrefFor: (page: number) => `/en/search?q=parking&page=${page}`,
  },
};

export const LongText: Story = {
  args: {
    current: 999,
    total: 1250,
    messages: {
      label: "Seitennummerierung der Suchergebnisse",
      previous: "Zur vorherigen Seite der Suchergebnisse",
      next: "Zur nächsten Seite der Suchergebnisse",
    },
  },
};
