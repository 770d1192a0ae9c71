export type { CityBrand, CityLinks, CityLogo } from "./city-brand.js";
export { Header, type HeaderNavigationItem, type HeaderProps } from "./Header.js";
export type { HeaderText } from "./messages.js";
