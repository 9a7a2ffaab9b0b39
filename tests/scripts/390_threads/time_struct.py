# time.gmtime / struct_time / strftime on fixed timestamps.
import time

t = time.gmtime(0)
print(type(t).__name__, type(t) is time.struct_time)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(tuple(t))
print(len(t), t[0], t[-1], t[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(t.tm_gmtoff)
print(repr(t))

t2 = time.gmtime(1234567890)
print(time.strftime("%Y-%m-%d %H:%M:%S", t2))
print(time.strftime("%a %b %d %j %y %%", t2))
print(t2.tm_wday, t2.tm_yday)

t3 = time.gmtime(951782400)   # 2000-02-29
print(time.strftime("%Y-%m-%d", t3), t3.tm_yday)
print(time.gmtime(-86400)[:6])
print(time.gmtime(1.9)[:6])

print(time.asctime(t2))
print(time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))

# struct_time from a 9-sequence
st = time.struct_time((2021, 7, 4, 12, 30, 15, 6, 185, 0))
print(st.tm_year, st.tm_hour, st.tm_yday, st == (2021, 7, 4, 12, 30, 15, 6, 185, 0))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)

# struct_time is immutable
try:
    t.tm_year = 2000
except AttributeError as e:
    print("AttributeError:", e)

# localtime / gmtime without args return struct_time for now
print(type(time.localtime()).__name__, type(time.gmtime()).__name__)
print(type(time.localtime(0)).__name__, len(time.localtime(0)))
print(time.gmtime(0) == time.gmtime(0.5))

# mktime round-trips localtime
now = int(time.time())
print("mktime round-trip:", int(time.mktime(time.localtime(now))) == now)
