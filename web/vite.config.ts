import { defineConfig } from 'vitest/config';

// Vite compiles TSX itself (automatic JSX runtime via tsconfig "jsx": "react-jsx").
export default defineConfig({
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    emptyOutDir: true,
    rolldownOptions: {
      // Designsystemet's React package does not declare itself free of side effects, so every component (with
      // floating-ui, a virtual list and comboboxes) would reach the first visit; its modules only export.
      treeshake: {
        moduleSideEffects: [{ test: /@digdir[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/]/, sideEffects: false }],
      },
      onwarn(warning, defaultHandler) {
        // Designsystemet and its icons mark modules "use client"; meaningless in a plain SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
