#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// Errors a user can fix (bad config, port in use) print as one readable message, no stack trace.
main(process.argv).catch((error) => {
  console.error(`echokit-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
