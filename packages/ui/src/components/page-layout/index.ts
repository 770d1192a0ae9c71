export { Main, type MainProps } from "./Main.js";
export { PageLayout, type PageLayoutMainWidth, type PageLayoutProps } from "./PageLayout.js";
