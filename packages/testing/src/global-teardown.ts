/** Jest global teardown: stops the embedded PostgreSQL the setup started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__HUB_TEST_POSTGRES__?.stop();
}
