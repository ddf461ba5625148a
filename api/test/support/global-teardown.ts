export default async function globalTeardown() {
  const databases = (globalThis as { __embedded?: { stop(): Promise<void> }[] }).__embedded ?? [];
  for (const database of databases) await database.stop();
}
