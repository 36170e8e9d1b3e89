import { ConfirmationModal } from '@/ui/layout/modal/components/ConfirmationModal';
import { useDisconnectWhop } from '@/whop/hooks/useDisconnectWhop';

type WhopDisconnectModalProps = {
  connectionId: string;
  companyTitle: string;
  onClose: () => void;
  onDisconnected: () => void;
};

export const WhopDisconnectModal = ({
  connectionId,
  companyTitle,
  onClose,
  onDisconnected,
}: WhopDisconnectModalProps) => {
  const { disconnectWhop, isDisconnecting, errorMessage } = useDisconnectWhop(connectionId);

  const confirm = async () => {
    if (await disconnectWhop()) {
      onDisconnected();
      onClose();
    }
  };

  return (
    <ConfirmationModal
      title={`Disconnect ${companyTitle}?`}
      description="Syncing stops and Whop stops sending updates to this workspace. The customers, memberships, products and payments already synced stay in your CRM."
      confirmLabel="Disconnect"
      pendingConfirmLabel="Disconnecting…"
      isPending={isDisconnecting}
      errorMessage={errorMessage}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
};
