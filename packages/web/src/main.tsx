import '@mantine/core/styles.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { I18nProvider } from './i18n';

const theme = createTheme({
  primaryColor: 'red',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <I18nProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
