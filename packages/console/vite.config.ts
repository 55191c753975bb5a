// The console's build: hashed files under dist/assets (cached for a year by the control plane),
// no inline script or style (the CSP allows neither), every page its own chunk.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    modulePreload: { polyfill: false },
    target: "es2022",
  },
  server: {
    proxy: Object.fromEntries(["/api", "/v1", "/gpu", "/account", "/admin", "/healthz"].map((p) => [p, "http://127.0.0.1:8080"])),
  },
});
