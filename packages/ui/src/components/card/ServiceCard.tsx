import { forwardRef, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { Tag } from "../tag/Tag.js";
import { Card, type CardProps } from "./Card.js";
import { type ServiceCardText, serviceCardMessages } from "./messages.js";

export interface ServiceCardProps
  extends Omit<CardProps, "heading" | "href" | "teaser" | "footer">,
    LocalizedProps<ServiceCardText> {
  /** The service's name, e.g. „Bewohnerparkausweis beantragen“: the heading and the link text. */
  title: ReactNode;
  /** The service page. The whole card is clickable through this link. */
  href: string;
  /** What the service is for, in one or two sentences. */
  teaser?: ReactNode | undefined;
  /** The service can be applied for online: shows the badge „Online verfügbar“ / "Available online". */
  online?: boolean | undefined;
  /**
   * The fee as text, already formatted, e.g. „30,00 €“, „kostenlos“ or „je nach Aufwand“; shown after the built-in
   * label „Gebühr:“ / "Fee:".
   */
  fee?: ReactNode | undefined;
  /** Further facts such as the office or the category, e.g. „Bürgerbüro · Verkehr und Parken“. */
  meta?: ReactNode | undefined;
}

/**
 * A municipal service in a list of services or search results: a Card whose heading links to the service page,
 * with its teaser, the badge „Online verfügbar“ when it can be done online, its fee and meta data. Plain props only,
 * so it does not depend on the service catalogue. Keyboard: Tab reaches the service link once per card.
 */
export const ServiceCard = /* @__PURE__ */ forwardRef<HTMLDivElement, ServiceCardProps>(function ServiceCard(
  { title, href, teaser, online = false, fee, meta, locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(serviceCardMessages, { locale, messages });
  const hasFee = fee !== undefined && fee !== null;
  const hasMeta = meta !== undefined && meta !== null;
  return (
    <Card
      ref={ref}
      heading={title}
      href={href}
      teaser={teaser}
      className={classNames("dk-service-card", className)}
      footer={
        online || hasFee || hasMeta ? (
          <>
            {online && <Tag variant="online">{text.online}</Tag>}
            {hasFee && (
              <p className="dk-service-card__fee">
                <span className="dk-service-card__fee-label">{text.fee}</span> {fee}
              </p>
            )}
            {hasMeta && <div className="dk-service-card__meta">{meta}</div>}
          </>
        ) : undefined
      }
      {...rest}
    />
  );
});
