import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  SubmenuTrigger,
} from 'react-aria-components';
import { cx } from './classes.ts';

export type MenuAction = {
  id: string;
  label: string;
  /** Items of a submenu ("Move to group ›"); an item has either these or `onAction`. */
  items?: MenuAction[];
  onAction?: () => void;
  isDisabled?: boolean;
};

/**
 * A button that opens a menu of actions, with submenus: arrow keys move, Enter acts, Escape
 * closes and focus returns to the button — the keyboard way to do what a pointer does by
 * dragging.
 */
export function ActionMenu({
  label,
  children,
  actions,
  className,
}: {
  /** The button's accessible name, e.g. "Actions for card …". */
  label: string;
  /** What the button shows; the label when not given. */
  children?: ReactNode;
  actions: MenuAction[];
  className?: string;
}) {
  return (
    <MenuTrigger>
      <AriaButton
        aria-label={label}
        className={cx('button', 'button--tertiary', 'button--small', className)}
      >
        {children ?? label}
      </AriaButton>
      <MenuPopover actions={actions} />
    </MenuTrigger>
  );
}

function MenuPopover({ actions }: { actions: MenuAction[] }) {
  return (
    <Popover className="select__popover menu__popover">
      <Menu className="select__list">
        {actions.map((action) =>
          action.items ? (
            <SubmenuTrigger key={action.id}>
              <MenuItem id={action.id} className="select__option menu__item menu__item--submenu">
                {action.label}
              </MenuItem>
              <MenuPopover actions={action.items} />
            </SubmenuTrigger>
          ) : (
            <MenuItem
              key={action.id}
              id={action.id}
              className="select__option menu__item"
              isDisabled={action.isDisabled ?? false}
              onAction={action.onAction}
            >
              {action.label}
            </MenuItem>
          ),
        )}
      </Menu>
    </Popover>
  );
}
