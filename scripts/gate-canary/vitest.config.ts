import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

// The test suite's own configuration and global set-up, running one test that must fail: CI
// checks that the command then exits non-zero, so a set-up that swallows failures is caught.
export default defineConfig({
  test: { ...base.test, include: ['scripts/gate-canary/failing.canary.ts'] },
});
