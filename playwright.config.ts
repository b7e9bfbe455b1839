import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive the built, prerendered bundle (`dist/`, made by `cargo xtask dist`)
// in Debian's Chromium, served on loopback by tests/e2e/server.mjs.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /first-touch\.spec\.ts$/ },
    // The selection loop (hundreds of fresh loads, half of them with the CPU 4× slower): after
    // every other test, one load at a time, so it neither slows them into timeouts nor is slowed.
    {
      name: "selection",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /first-touch\.spec\.ts$/,
      dependencies: ["chromium"],
      fullyParallel: false,
    },
  ],
  webServer: {
    command: `node tests/e2e/server.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
