import { IconPlugConnected } from '@tabler/icons-react';

import type { ButtonSize, ButtonVariant } from '@/ui/input/components/Button';
import { Button } from '@/ui/input/components/Button';

type WhopConnectButtonProps = {
  title: string;
  isRedirecting: boolean;
  onConnect: () => void;
  variant?: ButtonVariant;
  size?: ButtonSize;
};

export const WhopConnectButton = ({
  title,
  isRedirecting,
  onConnect,
  variant = 'primary',
  size = 'medium',
}: WhopConnectButtonProps) => (
  <Button
    title={isRedirecting ? 'Opening Whop…' : title}
    Icon={IconPlugConnected}
    variant={variant}
    size={size}
    disabled={isRedirecting}
    onClick={onConnect}
  />
);
