import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { HeadingLevel } from "../heading/Heading.js";
import { Link } from "../link/Link.js";
import { type SummaryListText, summaryListMessages } from "./messages.js";

/** A link that changes one answer (or, on a SummaryCard, the whole card). */
export interface SummaryListAction {
  /** The page or field where the answer is changed, e.g. `/antrag/name#vorname`. */
  href: string;
  /** The visible link text (default „Ändern“ / "Change"). */
  text?: ReactNode | undefined;
  /**
   * What the link changes, for screen readers, e.g. „den Namen“: the link reads „Ändern den Namen“, so every
   * „Ändern“ on the page has its own name (WCAG 2.4.4, 2.4.9). Use `""` only when `text` already says it.
   */
  visuallyHiddenText: string;
}

/** One answer: the question (key), the answer (value) and links to change it. */
export interface SummaryListRow {
  /** The question or field name, e.g. „Name“. */
  key: ReactNode;
  /** The answer; may be several lines (use `<br />` or paragraphs). */
  value: ReactNode;
  /** Links to change the answer; most rows have one „Ändern“ link. */
  actions?: SummaryListAction[] | undefined;
  /** Extra class names for the row. */
  className?: string | undefined;
}

export interface SummaryListProps extends HTMLAttributes<HTMLDListElement>, LocalizedProps<SummaryListText> {
  /** The answers, in the order of the form. */
  rows: SummaryListRow[];
  /** Leaves out the lines between the rows (e.g. inside a panel). */
  noBorder?: boolean | undefined;
  /**
   * Added in brackets to every action's hidden text, e.g. the SummaryCard's title: „Ändern den Namen (Kind 1)“ when
   * the same question appears in several cards.
   */
  actionContext?: string | undefined;
}

/** The hidden part of an action's name: `visuallyHiddenText`, then the context in brackets. */
function hiddenText(action: SummaryListAction, context: string | undefined): string {
  return [action.visuallyHiddenText, context && `(${context})`].filter(Boolean).join(" ");
}

/** A change link with its visually hidden purpose; shared by SummaryList and SummaryCard. */
export function SummaryListActionLink({
  action,
  context,
  defaultText,
}: {
  action: SummaryListAction;
  context: string | undefined;
  defaultText: string;
}) {
  const hidden = hiddenText(action, context);
  return (
    <Link href={action.href} noVisitedState>
      {action.text ?? defaultText}
      {hidden && <span className="dk-visually-hidden">{` ${hidden}`}</span>}
    </Link>
  );
}

/**
 * The "check your answers" list (GOV.UK summary list): a native `<dl>` with one row per answer, each with its
 * question, the answer and links to change it that name what they change. Keyboard: Tab moves between the links.
 */
export const SummaryList = /* @__PURE__ */ forwardRef<HTMLDListElement, SummaryListProps>(function SummaryList(
  { rows, noBorder = false, actionContext, locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(summaryListMessages, { locale, messages });
  const anyActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  return (
    <dl
      ref={ref}
      className={classNames("dk-summary-list", noBorder && "dk-summary-list--no-border", className)}
      {...rest}
    >
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are static, in form order
            key={index}
            className={classNames(
              "dk-summary-list__row",
              anyActions && actions.length === 0 && "dk-summary-list__row--no-actions",
              row.className,
            )}
          >
            <dt className="dk-summary-list__key">{row.key}</dt>
            <dd className="dk-summary-list__value">{row.value}</dd>
            {actions.length === 1 && actions[0] && (
              <dd className="dk-summary-list__actions">
                <SummaryListActionLink action={actions[0]} context={actionContext} defaultText={text.change} />
              </dd>
            )}
            {actions.length > 1 && (
              <dd className="dk-summary-list__actions">
                <ul className="dk-summary-list__actions-list">
                  {actions.map((action, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: two actions may share an href
                    <li key={index} className="dk-summary-list__actions-item">
                      <SummaryListActionLink action={action} context={actionContext} defaultText={text.change} />
                    </li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
});

export interface SummaryCardProps
  extends Omit<HTMLAttributes<HTMLDivElement>, "title">,
    LocalizedProps<SummaryListText> {
  /** The card's title, e.g. „Kind 1“ or „Anschrift“; also added to the hidden text of every change link. */
  title: string;
  /** The title's heading level (default 2). */
  headingLevel?: Exclude<HeadingLevel, 1> | undefined;
  /** Links for the whole card, e.g. „Entfernen“; each names what it acts on with its hidden text and the title. */
  actions?: SummaryListAction[] | undefined;
  /** The answers in the card. */
  rows: SummaryListRow[];
  /** Leaves out the lines between the rows. */
  noBorder?: boolean | undefined;
}

/**
 * A titled card around a SummaryList (GOV.UK summary card), for answers that repeat (several children, several
 * vehicles) or for long forms grouped by section. Card actions act on the whole card.
 */
export const SummaryCard = /* @__PURE__ */ forwardRef<HTMLDivElement, SummaryCardProps>(function SummaryCard(
  { title, headingLevel = 2, actions = [], rows, noBorder, locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(summaryListMessages, { locale, messages });
  const Title = `h${headingLevel}` as const;
  return (
    <div ref={ref} className={classNames("dk-summary-card", className)} {...rest}>
      <div className="dk-summary-card__header">
        <Title className="dk-summary-card__title">{title}</Title>
        {actions.length > 0 && (
          <ul className="dk-summary-card__actions">
            {actions.map((action, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two actions may share an href
              <li key={index} className="dk-summary-card__action">
                <SummaryListActionLink action={action} context={title} defaultText={text.change} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="dk-summary-card__content">
        <SummaryList rows={rows} noBorder={noBorder} actionContext={title} locale={locale} messages={messages} />
      </div>
    </div>
  );
});
