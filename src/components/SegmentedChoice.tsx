import { useId } from 'react';
import classes from './SegmentedChoice.module.css';

export interface SegmentedChoiceProps<Value extends string> {
  data: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
}

/**
 * A choice of two or three, drawn as one segmented bar: native radios (the arrow keys move the
 * choice, a screen reader counts the options), the chosen one drawn by CSS. In place of Mantine's
 * SegmentedControl, which measures its sliding indicator in an effect as it appears: that made the
 * browser lay the whole page out inside the task that drew it (about 100 ms of the gallery's
 * start-up at a phone's 4x CPU).
 */
export function SegmentedChoice<Value extends string>({
  data,
  value,
  onChange,
  ...labelling
}: SegmentedChoiceProps<Value>) {
  const name = useId();
  return (
    <div role="radiogroup" className={classes.root} {...labelling}>
      {data.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div
            key={option.value}
            className={classes.option}
            data-active={option.value === value || undefined}
          >
            <input
              className={classes.input}
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <label className={classes.label} htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}
