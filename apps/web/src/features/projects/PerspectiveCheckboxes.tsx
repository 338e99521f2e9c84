import { perspectives, type Perspective } from '@timantti/contracts';
import { perspectiveKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox.tsx';

export interface PerspectiveCheckboxesProps {
  label: string;
  value: readonly Perspective[];
  onChange: (value: Perspective[]) => void;
  isReadOnly?: boolean;
  isDisabled?: boolean;
  errorMessage?: string;
  name?: string;
}

/** The four perspectives of the double-diamond team, in their canonical order. */
export function PerspectiveCheckboxes({
  label,
  value,
  onChange,
  ...props
}: PerspectiveCheckboxesProps) {
  const t = useT();
  return (
    <CheckboxGroup
      {...props}
      label={label}
      value={[...value]}
      onChange={(next) =>
        onChange(perspectives.filter((perspective) => next.includes(perspective)))
      }
    >
      {perspectives.map((perspective) => (
        <Checkbox key={perspective} value={perspective}>
          {t(perspectiveKey(perspective))}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
