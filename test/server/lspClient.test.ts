import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { threadCpuMs } from './lspClient';

describe('threadCpuMs', () => {
  it('reads user and system time after a command name with spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '4242 (node (index) x) R 1 4242 4242 0 -1 4194304 5120 0 3 0 250 50 0 0 20 0 9 0 100 0';
    expect(threadCpuMs(stat)).toBe(3000);
  });

  it.runIf(process.platform === 'linux')('agrees with process.cpuUsage() for this process', () => {
    let spin = 0;
    for (let i = 0; i < 2e7; i++) spin += i % 7;
    expect(spin).toBeGreaterThan(0);
    const usage = process.cpuUsage();
    const fromProc = threadCpuMs(readFileSync('/proc/self/stat', 'utf8'));
    const fromNode = (usage.user + usage.system) / 1000;
    // Ticks of 10 ms, read a moment apart.
    expect(Math.abs(fromProc - fromNode)).toBeLessThan(50);
  });
});
