# time module clocks: types and monotonicity (no actual values printed).
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a)

for name in ("time_ns", "monotonic_ns", "perf_counter_ns", "process_time_ns", "thread_time_ns"):
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a)

# time() is a plausible Unix timestamp (after 2020, before 2200)
print("plausible:", 1577836800 < time.time() < 7258118400)
# time_ns agrees with time within a second
print("ns agrees:", abs(time.time_ns() / 1e9 - time.time()) < 1)
print("mono ns agrees:", abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 1)

# sleep advances monotonic and perf_counter
m0, p0 = time.monotonic(), time.perf_counter()
r = time.sleep(0.02)
m1, p1 = time.monotonic(), time.perf_counter()
print("sleep returns:", r)
print("monotonic advanced:", m1 - m0 >= 0.015, "perf advanced:", p1 - p0 >= 0.015)

# sleeping does not consume much process/thread CPU time
c0 = time.thread_time()
time.sleep(0.05)
print("thread_time barely moved:", time.thread_time() - c0 < 0.04)

# busy work consumes process time
c0 = time.process_time()
x = 0
while time.process_time() - c0 < 0.01:
    x += 1
print("process_time advanced:", time.process_time() - c0 >= 0.01)

# get_clock_info
info = time.get_clock_info("monotonic")
print("monotonic info:", info.monotonic, info.adjustable, type(info.resolution).__name__)
print("time adjustable:", time.get_clock_info("time").adjustable)
