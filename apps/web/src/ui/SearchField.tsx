import type { ReactNode } from 'react';
import {
  Button,
  Input,
  Label,
  SearchField as AriaSearchField,
  Text,
  type SearchFieldProps as AriaSearchFieldProps,
} from 'react-aria-components';
import { cx } from './classes.ts';

export interface SearchFieldProps extends Omit<AriaSearchFieldProps, 'children' | 'className'> {
  label: ReactNode;
  clearLabel: string;
  description?: ReactNode;
  className?: string;
}

export function SearchField({
  label,
  clearLabel,
  description,
  className,
  ...props
}: SearchFieldProps) {
  return (
    <AriaSearchField {...props} className={cx('field search-field', className)}>
      <Label className="field__label">{label}</Label>
      <div className="search-field__control">
        <Input className="field__input search-field__input" />
        <Button className="search-field__clear" aria-label={clearLabel}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
    </AriaSearchField>
  );
}
