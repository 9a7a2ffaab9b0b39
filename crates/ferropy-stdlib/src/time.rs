//! The `time` module (CPython `Modules/timemodule.c`): clocks, `sleep` (which releases the
//! GIL, or waits on the virtual clock in deterministic mode), and the calendar functions
//! (`gmtime`, `localtime`, `mktime`, `strftime`, `struct_time`), which are written in
//! Python below over two native helpers.

use crate::module::ModuleBuilder;
use ferropy_vm::clock::{now_ns, Clock};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::Args;
use ferropy_vm::protocol::{call, number};
use ferropy_vm::{PyResult, Value, Vm};
use std::time::Duration;

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "time");
    m.func("time", time_time)
        .func("time_ns", time_ns)
        .func("monotonic", monotonic)
        .func("monotonic_ns", monotonic_ns)
        .func("perf_counter", monotonic)
        .func("perf_counter_ns", monotonic_ns)
        .func("process_time", process_time)
        .func("process_time_ns", process_time_ns)
        .func("thread_time", thread_time)
        .func("thread_time_ns", thread_time_ns)
        .func("sleep", sleep)
        .func("_local_zone", local_zone);
    crate::run_python(vm, &m.module, "<time>", PY_PART)?;
    Ok(m.module.clone())
}

fn secs(vm: &Vm, clock: Clock) -> Value {
    Value::Float(now_ns(vm, clock) as f64 / 1e9)
}

fn nanos(vm: &Vm, clock: Clock) -> Value {
    let n = now_ns(vm, clock);
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => ferropy_vm::types::int::from_bigint(vm, n.into()),
    }
}

macro_rules! clock_fns {
    ($($f:ident, $fns:ident, $name:literal, $clock:expr;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            call::check_arity(vm, $name, &args, 0, 0)?;
            Ok(secs(vm, $clock))
        }
        fn $fns(vm: &Vm, args: Args) -> PyResult<Value> {
            call::check_arity(vm, concat!($name, "_ns"), &args, 0, 0)?;
            Ok(nanos(vm, $clock))
        }
    )*};
}

clock_fns! {
    time_time, time_ns, "time", Clock::Wall;
    monotonic, monotonic_ns, "monotonic", Clock::Monotonic;
    process_time, process_time_ns, "process_time", Clock::Process;
    thread_time, thread_time_ns, "thread_time", Clock::Thread;
}

fn sleep(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "time.sleep", &args)?;
    call::check_arity(vm, "time.sleep", &args, 1, 1)?;
    let secs = seconds_arg(vm, &args.pos[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.sleep(Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

/// A duration in seconds as CPython's `_PyTime_FromSecondsObject` reads it: a float, or
/// an integer (through `__index__`), within the range of a 64-bit count of nanoseconds.
pub fn seconds_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    let overflow = |msg: &str| ferropy_vm::PyErr {
        exc: vm.new_exception(&vm.exc.overflow_error.clone(), vec![vm.new_str(msg)]),
    };
    if vm.is_instance(v, &vm.t.float) {
        let f = match number::as_f64(vm, v) {
            Some(f) => f?,
            None => 0.0,
        };
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        if f.abs() * 1e9 >= 9.223_372_036_854_775e18 {
            return Err(overflow("timestamp out of range for platform time_t"));
        }
        return Ok(f);
    }
    let i = number::index(vm, v).map_err(|_| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })?;
    let n = ferropy_vm::types::int::as_int(&i).and_then(|b| b.to_i64());
    match n {
        Some(n) if (n as i128).abs() * 1_000_000_000 <= i64::MAX as i128 => Ok(n as f64),
        _ => Err(overflow("timestamp too large to convert to C _PyTime_t")),
    }
}

/// `_local_zone(secs)` → (UTC offset in seconds, zone name, is DST).
fn local_zone(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_local_zone", &args, 1, 1)?;
    let s = ferropy_vm::types::int::as_int(&args.pos[0])
        .and_then(|i| i.to_i64())
        .unwrap_or(0);
    let (off, zone, dst) = ferropy_vm::clock::local_zone(s);
    Ok(vm.new_tuple(vec![Value::Int(off), vm.new_string(zone), Value::Bool(dst)]))
}

const PY_PART: &str = r#"
from _structseq import field as _field

class struct_time(tuple):
    "The time value as returned by gmtime(), localtime(), and strptime()."
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:]) + [None] * (11 - len(seq))
        self.__dict__['_zone'] = extra[0]
        self.__dict__['_gmtoff'] = extra[1]
        return self

    tm_year = _field(0)
    tm_mon = _field(1)
    tm_mday = _field(2)
    tm_hour = _field(3)
    tm_min = _field(4)
    tm_sec = _field(5)
    tm_wday = _field(6)
    tm_yday = _field(7)
    tm_isdst = _field(8)
    tm_zone = _field('_zone')
    tm_gmtoff = _field('_gmtoff')

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))

struct_time.__module__ = 'time'

def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def _split(secs, offset, zone, isdst):
    days, rem = divmod(secs + offset, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60,
                        (days + 3) % 7, yday, isdst, zone, offset))

def _seconds(secs):
    if secs is None:
        return int(time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return int(secs // 1)
    try:
        return int(secs.__index__()) if not isinstance(secs, int) else secs
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__) from None

def gmtime(secs=None):
    return _split(_seconds(secs), 0, 'UTC', 0)

def localtime(secs=None):
    s = _seconds(secs)
    off, zone, dst = _local_zone(s)
    return _split(s, off, zone, 1 if dst else 0)

def _checked_tuple(t, fname):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("%s(): illegal time tuple argument" % fname if fname != 'strftime'
                        else "function takes exactly 9 arguments (%d given)" % len(t))
    return t

def mktime(t):
    t = _checked_tuple(t, 'mktime')
    y, m, d, H, M, S = t[:6]
    days = _days_from_civil(y, 1, 1) + sum(
        [31, 29 if _is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][:m - 1]) + d - 1
    utc = days * 86400 + H * 3600 + M * 60 + S
    off = _local_zone(utc)[0]
    return float(utc - off)

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')

def asctime(t=None):
    if t is None:
        t = localtime()
    t = _checked_tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3],
                                            t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None):
    return asctime(localtime(secs))

def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    t = _checked_tuple(t, 'strftime')
    y, m, d, H, M, S, wd, yd, dst = t[:9]
    if not 1 <= m <= 12:
        raise ValueError("month out of range")
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= H <= 23:
        raise ValueError("hour out of range")
    if not 0 <= M <= 59:
        raise ValueError("minute out of range")
    if not 0 <= S <= 61:
        raise ValueError("seconds out of range")
    wd = wd % 7
    if not 0 <= yd <= 366:
        raise ValueError("day of year out of range")
    zone = getattr(t, 'tm_zone', None)
    off = getattr(t, 'tm_gmtoff', None)
    if zone is None:
        off, zone, _ = _local_zone(int(mktime(t)))
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y': out.append(str(y))
        elif f == 'm': out.append('%02d' % m)
        elif f == 'd': out.append('%02d' % d)
        elif f == 'e': out.append('%2d' % d)
        elif f == 'H': out.append('%02d' % H)
        elif f == 'I': out.append('%02d' % ((H + 11) % 12 + 1))
        elif f == 'M': out.append('%02d' % M)
        elif f == 'S': out.append('%02d' % S)
        elif f == 'p': out.append('AM' if H < 12 else 'PM')
        elif f == 'y': out.append('%02d' % (y % 100))
        elif f == 'C': out.append('%02d' % (y // 100))
        elif f == 'a': out.append(_DAYS[wd][:3])
        elif f == 'A': out.append(_DAYS[wd])
        elif f == 'b' or f == 'h': out.append(_MONTHS[m - 1][:3])
        elif f == 'B': out.append(_MONTHS[m - 1])
        elif f == 'j': out.append('%03d' % yd)
        elif f == 'w': out.append(str((wd + 1) % 7))
        elif f == 'u': out.append(str(wd + 1))
        elif f == 'U': out.append('%02d' % ((yd + 6 - (wd + 1) % 7) // 7))
        elif f == 'W': out.append('%02d' % ((yd + 6 - wd) // 7))
        elif f == 'Z': out.append(zone)
        elif f == 'z':
            o = off or 0
            out.append('%s%02d%02d' % ('-' if o < 0 else '+', abs(o) // 3600, abs(o) % 3600 // 60))
        elif f == 'c': out.append(strftime('%a %b %e %H:%M:%S %Y', t))
        elif f == 'x': out.append(strftime('%m/%d/%y', t))
        elif f == 'X': out.append(strftime('%H:%M:%S', t))
        elif f == 'D': out.append(strftime('%m/%d/%y', t))
        elif f == 'F': out.append(strftime('%Y-%m-%d', t))
        elif f == 'T': out.append(strftime('%H:%M:%S', t))
        elif f == 'R': out.append(strftime('%H:%M', t))
        elif f == 'n': out.append('\n')
        elif f == 't': out.append('\t')
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)

class _ClockInfo:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return "namespace(%s)" % ", ".join("%s=%r" % kv for kv in self.__dict__.items())

_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
}

def get_clock_info(name):
    try:
        impl, mono, adj = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError("unknown clock") from None
    return _ClockInfo(implementation=impl, monotonic=mono, adjustable=adj, resolution=1e-09)

_z = _local_zone(0)
timezone = -_z[0]
altzone = timezone
daylight = 0
tzname = (_z[1], _z[1])
del _z
"#;
