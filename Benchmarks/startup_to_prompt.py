#!/usr/bin/env python3
# Usage: python3 Benchmarks/startup_to_prompt.py .build/release/peruse 30
# Time from spawning `peruse` on a pseudo-terminal until its prompt `peruse> ` is written.
import os, pty, sys, time, select, statistics, tempfile
binary = sys.argv[1]; runs = int(sys.argv[2])
home = tempfile.mkdtemp()
times = []
for _ in range(runs):
    env = dict(os.environ, HOME=home, PERUSE_HISTORY=home + "/h", TERM="xterm")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary], env)
    out = b""
    while b"peruse> " not in out:
        r, _, _ = select.select([fd], [], [], 5)
        if not r: break
        out += os.read(fd, 4096)
    times.append((time.perf_counter() - start) * 1000)
    os.write(fd, b"\x04")
    os.waitpid(pid, 0)
    os.close(fd)
times.sort()
print(f"startup to prompt over {runs} runs: median {statistics.median(times):.1f} ms, min {times[0]:.1f} ms, max {times[-1]:.1f} ms")
