import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { cx } from './classes.ts';

export interface SelectOption<K extends string> {
  id: K;
  label: string;
  /** The language of the option's text, when it differs from the page's. */
  lang?: string;
}

export interface SelectProps<K extends string> {
  label: ReactNode;
  options: ReadonlyArray<SelectOption<K>>;
  value: K | null;
  onChange: (value: K) => void;
  name?: string;
  description?: ReactNode;
  errorMessage?: string;
  placeholder?: string;
  isDisabled?: boolean;
  isRequired?: boolean;
  hideLabel?: boolean;
  className?: string;
  'aria-describedby'?: string;
}

/** A single-choice list box in a popover, keyboard operable like a native select. */
export function Select<K extends string>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  hideLabel,
  className,
  ...props
}: SelectProps<K>) {
  const selected = options.find((option) => option.id === value);
  return (
    <AriaSelect
      {...props}
      value={value}
      isInvalid={Boolean(errorMessage)}
      onChange={(key: Key | null) => {
        const next = options.find((option) => option.id === key);
        if (next) onChange(next.id);
      }}
      className={cx('field select', className)}
    >
      <Label className={cx('field__label', hideLabel && 'visually-hidden')}>{label}</Label>
      <Button className="select__button">
        <SelectValue className="select__value" lang={selected?.lang} />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(option) => (
            <ListBoxItem
              id={option.id}
              className="select__option"
              textValue={option.label}
              lang={option.lang}
            >
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
