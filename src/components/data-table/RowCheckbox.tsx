import { Checkbox } from '@mantine/core';
import type { ChangeEvent } from 'react';
import classes from './RowCheckbox.module.css';

export interface RowCheckboxProps {
  label: string;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

const { root, body, inner, input, icon, labelWrapper } = Checkbox.classes;

/**
 * Mantine's `<Checkbox aria-label>` markup, written out for a checkbox on every row: the component
 * costs an id, a context, a props merge and four styled boxes per row, the most of any cell.
 */
export function RowCheckbox({ label, checked, onChange }: RowCheckboxProps) {
  return (
    <div
      className={`${classes.root} ${root} mantine-Checkbox-root`}
      data-variant="filled"
      data-label-position="right"
      data-checked={checked || undefined}
    >
      <div className={`${body} mantine-Checkbox-body`}>
        <div className={`${inner} mantine-Checkbox-inner`} data-label-position="right">
          <input
            className={`mantine-focus-auto ${input} mantine-Checkbox-input`}
            data-with-error-styles="true"
            aria-label={label}
            type="checkbox"
            checked={checked}
            onChange={onChange}
          />
          <svg
            viewBox="0 0 10 7"
            fill="none"
            xmlns="http://www.w3.org/2000/svg"
            aria-hidden="true"
            className={`${icon} mantine-Checkbox-icon`}
          >
            <path
              d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z"
              fill="currentColor"
              fillRule="evenodd"
              clipRule="evenodd"
            />
          </svg>
        </div>
        <div className={`${labelWrapper} mantine-Checkbox-labelWrapper`} />
      </div>
    </div>
  );
}
