export { Card, CardList, type CardListProps, type CardProps } from "./Card.js";
export type { ServiceCardText } from "./messages.js";
export { ServiceCard, type ServiceCardProps } from "./ServiceCard.js";
