import { formatPhone } from '@/ui/field/display/utils/formatPhone';

import styles from './FieldDisplay.module.css';

type PhoneDisplayProps = {
  phone: {
    primaryPhoneNumber: string | null;
    primaryPhoneCountryCode: string | null;
  };
};

export const PhoneDisplay = ({ phone }: PhoneDisplayProps) => {
  const formattedPhone = formatPhone(phone);

  if (formattedPhone === '') {
    return null;
  }

  return (
    <a className={styles.link} href={`tel:${formattedPhone.replace(/\s/g, '')}`}>
      {formattedPhone}
    </a>
  );
};
