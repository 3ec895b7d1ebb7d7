interface ImportMetaEnv {
  /** The ChatKit endpoint; the app falls back to the mock server on port 8787. */
  readonly VITE_CHATKIT_API_URL?: string;
}
