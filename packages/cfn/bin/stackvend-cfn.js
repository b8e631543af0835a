#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: register tsx's loader in this process,
// resolved from this file (not from the working directory), then load the
// TypeScript entry point relative to this file.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
