#!/usr/bin/env python3
# Usage: python3 Benchmarks/cancel_latency.py .build/release/peruse
# Time from Ctrl-C to "Interrupted" while a nested-loop join over 2^17 x 2^17 rows runs in the shell.
import os, pty, sys, time, select, tempfile, statistics
binary = sys.argv[1]
home = tempfile.mkdtemp()
setup = "create table t as select 1 as x;" + "".join(f" insert into t select x + {2**i} from t;" for i in range(17)) + "\n"
slow = b"select count(*) from t a join t b on a.x < b.x\n"
def read_until(fd, marker, out=b""):
    while marker not in out:
        r,_,_ = select.select([fd],[],[],30)
        if not r: raise SystemExit("timeout")
        out += os.read(fd, 65536)
    return out
pid, fd = pty.fork()
if pid == 0:
    os.execve(binary, [binary], dict(os.environ, HOME=home, PERUSE_HISTORY=home+"/h", TERM="xterm", NO_COLOR="1"))
read_until(fd, b"peruse> ")
os.write(fd, setup.encode()); read_until(fd, b"inserted 65536 rows")
lat = []
for i in range(5):
    os.write(fd, slow); time.sleep(0.5)
    t0 = time.perf_counter(); os.write(fd, b"\x03")
    read_until(fd, b"Interrupted"); lat.append((time.perf_counter()-t0)*1000)
print("Ctrl-C to Interrupted (ms):", ", ".join(f"{x:.1f}" for x in lat), "median", f"{statistics.median(lat):.1f}")
os.write(fd, b"\x04"); os.waitpid(pid,0)
