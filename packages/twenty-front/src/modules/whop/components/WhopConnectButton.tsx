import { IconPlugConnected } from '@tabler/icons-react';

import type { ButtonVariant } from '@/ui/input/components/Button';
import { Button } from '@/ui/input/components/Button';

type WhopConnectButtonProps = {
  title: string;
  isRedirecting: boolean;
  onConnect: () => void;
  variant?: ButtonVariant;
};

export const WhopConnectButton = ({
  title,
  isRedirecting,
  onConnect,
  variant = 'primary',
}: WhopConnectButtonProps) => (
  <Button
    title={isRedirecting ? 'Opening Whop…' : title}
    Icon={IconPlugConnected}
    variant={variant}
    disabled={isRedirecting}
    onClick={onConnect}
  />
);
