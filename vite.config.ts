import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// BUILD_OUT_DIR lets parallel test runs build into their own folder instead of racing on dist/.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.BUILD_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
