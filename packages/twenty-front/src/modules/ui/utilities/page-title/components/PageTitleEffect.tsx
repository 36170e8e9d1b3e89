import { useEffect } from 'react';

type PageTitleEffectProps = {
  title: string;
};

export const PageTitleEffect = ({ title }: PageTitleEffectProps) => {
  useEffect(() => {
    document.title = `${title} | Twenty`;
  }, [title]);

  return null;
};
