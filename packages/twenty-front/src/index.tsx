import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/components/App';

import '@/ui/theme/theme.css';
import '@/ui/theme/global.css';

const rootElement = document.getElementById('root');

if (rootElement === null) {
  throw new Error('The #root element is missing from index.html.');
}

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
