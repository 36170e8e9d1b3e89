import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const serverUrl = process.env.SERVER_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src/modules', import.meta.url)),
      '~': fileURLToPath(new URL('./src', import.meta.url)),
      'twenty-shared': fileURLToPath(new URL('../twenty-shared/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (/node_modules\/(@apollo|graphql)\//.test(id)) {
            return 'apollo';
          }
          if (
            /node_modules\/(react|react-dom|react-router|react-router-dom|scheduler)\//.test(id)
          ) {
            return 'react';
          }
          return undefined;
        },
      },
    },
  },
  server: {
    port: 3001,
    proxy: {
      '/graphql': serverUrl,
      '/auth': serverUrl,
      '/healthz': serverUrl,
    },
  },
});
