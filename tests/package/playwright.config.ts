import { defineConfig, devices } from "@playwright/test";
import { fileURLToPath } from "node:url";

// The examples, as a web developer builds them from the package (`cargo xtask test package`
// installs the tarball into each and builds the React one first): the plain page served as it
// is, the React app's Vite build served from its dist/.
const PLAIN = Number(process.env.PLAIN_PORT ?? 4181);
const REACT = Number(process.env.REACT_PORT ?? 4182);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  testDir: ".",
  testMatch: "examples.spec.ts",
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    { command: `node tests/e2e/server.mjs examples/plain ${PLAIN}`, url: `http://127.0.0.1:${PLAIN}/index.html`, reuseExistingServer: false, timeout: 20_000, cwd: ROOT },
    { command: `node tests/e2e/server.mjs examples/react/dist ${REACT}`, url: `http://127.0.0.1:${REACT}/index.html`, reuseExistingServer: false, timeout: 20_000, cwd: ROOT },
  ],
  metadata: { plain: `http://127.0.0.1:${PLAIN}`, react: `http://127.0.0.1:${REACT}` },
});
