import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  // Loaded from node_modules at run time, not bundled: PGlite reads its WebAssembly and data files next to its
  // own modules, and pg has optional native parts.
  ssr: { external: ["@electric-sql/pglite", "pg"] },
});
