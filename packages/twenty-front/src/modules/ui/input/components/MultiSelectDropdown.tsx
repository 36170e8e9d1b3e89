import type { TablerIcon } from '@tabler/icons-react';
import { IconChevronDown } from '@tabler/icons-react';
import { useCallback, useId, useRef, useState } from 'react';

import type { SelectOption } from '@/ui/input/components/Select';
import { useListenClickOutside } from '@/ui/utilities/hooks/useListenClickOutside';

import styles from './MultiSelectDropdown.module.css';

type MultiSelectDropdownProps<TValue extends string> = {
  label: string;
  emptySelectionLabel: string;
  options: SelectOption<TValue>[];
  selectedValues: TValue[];
  onChange: (selectedValues: TValue[]) => void;
  Icon?: TablerIcon;
};

const MAX_LABELS_IN_SUMMARY = 2;

export const MultiSelectDropdown = <TValue extends string>({
  label,
  emptySelectionLabel,
  options,
  selectedValues,
  onChange,
  Icon,
}: MultiSelectDropdownProps<TValue>) => {
  const [isOpen, setIsOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const close = useCallback(() => setIsOpen(false), []);

  useListenClickOutside(containerRef, close, isOpen);

  const selectedLabels = options
    .filter((option) => selectedValues.includes(option.value))
    .map((option) => option.label);
  const summary =
    selectedLabels.length === 0
      ? emptySelectionLabel
      : selectedLabels.length <= MAX_LABELS_IN_SUMMARY
        ? selectedLabels.join(', ')
        : `${selectedLabels.length} selected`;

  const toggleValue = (value: TValue) =>
    onChange(
      selectedValues.includes(value)
        ? selectedValues.filter((selectedValue) => selectedValue !== value)
        : options
            .map((option) => option.value)
            .filter((optionValue) => optionValue === value || selectedValues.includes(optionValue)),
    );

  return (
    <div className={styles.container} ref={containerRef}>
      <button
        type="button"
        className={styles.trigger}
        data-active={selectedLabels.length > 0}
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-label={`${label}: ${summary}`}
        onClick={() => setIsOpen((wasOpen) => !wasOpen)}
      >
        {Icon && <Icon size={14} stroke={2} aria-hidden />}
        <span className={styles.summary}>{summary}</span>
        <IconChevronDown size={14} stroke={2} aria-hidden />
      </button>
      {isOpen && (
        <div id={listId} className={styles.menu} role="group" aria-label={label}>
          {options.map((option) => (
            <label key={option.value} className={styles.option}>
              <input
                type="checkbox"
                checked={selectedValues.includes(option.value)}
                onChange={() => toggleValue(option.value)}
              />
              {option.label}
            </label>
          ))}
          {selectedValues.length > 0 && (
            <button type="button" className={styles.clear} onClick={() => onChange([])}>
              Clear selection
            </button>
          )}
        </div>
      )}
    </div>
  );
};
