// Builds the viewer's four pages into ../wwwroot (embedded into ProjectMap.Web.dll by the .NET build). Everything,
// OpenLayers included, is bundled: the pages request nothing from the internet.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(__dirname, '../wwwroot'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        index: resolve(__dirname, 'index.html'),
        login: resolve(__dirname, 'login.html'),
        admin: resolve(__dirname, 'admin.html'),
        upload: resolve(__dirname, 'upload.html'),
      },
    },
  },
});
