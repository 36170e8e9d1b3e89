import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';

import { Button } from '@/ui/input/components/Button';

type CopyButtonProps = {
  value: string;
  ariaLabel: string;
};

export const CopyButton = ({ value, ariaLabel }: CopyButtonProps) => {
  const [isCopied, setIsCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setIsCopied(true);
    } catch {
      // Without clipboard access the value stays visible and selectable next to the button.
      setIsCopied(false);
    }
  };

  return (
    <Button
      title={isCopied ? 'Copied' : 'Copy'}
      Icon={isCopied ? IconCheck : IconCopy}
      size="small"
      ariaLabel={ariaLabel}
      onClick={copy}
    />
  );
};
