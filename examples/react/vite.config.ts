import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The package's script names its Wasm, glue and stylesheet as `new URL("./file", import.meta.url)`:
// Vite copies them into the build as assets, unchanged (so their integrity hashes still hold).
export default defineConfig({
  plugins: [react()],
  base: "./",
  build: { assetsInlineLimit: 0 },
});
