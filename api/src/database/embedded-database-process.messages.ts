/** What the API process and its embedded database process say to each other over the IPC channel. */
export type ParentMessage = { type: 'ping'; at: number } | { type: 'stop' };

export type ChildMessage =
  { type: 'ready'; url: string } | { type: 'failed'; message: string; exitCode?: number } | { type: 'pong'; at: number };
