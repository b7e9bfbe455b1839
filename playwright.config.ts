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
    // One retry here, and only here: with two workers on two cores, a test that waits on the full
    // reader's take-over can outlast its timeout once in a few hundred runs. A test that fails
    // twice fails the layer; one that passes on its retry is reported as "flaky" by name.
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testIgnore: /first-touch\.spec\.ts$/,
      retries: 1,
    },
    // The selection loop (hundreds of fresh loads, half of them with the CPU 4× slower): after
    // every other test, one load at a time, so it neither slows them into timeouts nor is slowed.
    {
      name: "selection",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /first-touch\.spec\.ts$/,
      dependencies: ["chromium"],
      fullyParallel: false,
      // The loops count their own misses (100 of 100 is the figure): never retried.
      retries: 0,
    },
  ],
  webServer: {
    command: `node tests/e2e/server.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
