# Generates the data tables at the top of src/int_format_tests.rs and
# src/int_ops_tests.rs from CPython:  python3 gen/gen_int.py fmt|ops
import sys, struct
def bits(x): return '0x%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def rs(s): return '"' + s.replace('\\','\\\\').replace('"','\\"').replace('\n','\\n').replace('\x00','\\0') + '"'
_rows = []
def row(s): _rows.append(s)
def flush():
    line = "   "
    for r in _rows:
        if len(line) + len(r) > 110:
            print(line); line = "   "
        line += " " + r
    if line.strip(): print(line)
    _rows.clear()
def res(f):
    try:
        return f"Ok({rs(str(f()))})"
    except Exception as e:
        return f"Err(({rs(type(e).__name__)}, {rs(str(e))}))"
which = sys.argv[1]
if which == 'fmt':
    vals = [0, 1, -1, 255, -255, 1234567, -1234567, 2**64, -(2**70)+1, 65, 0x10ffff, 10**20]
    specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', ',', '_', '_b', '_x', '#_x', '+', ' ', '-', '10', '<10', '^10', '=10', '010', '010,', '012_x', '#012x', '*^+12,', 'n', 'c', '.2f', 'e', '%', 'g', ',.1f', '#010b', '=+#10x', '0=10', 'x<10', '+c', '#c', '.3', 'z', 's', 'zd']
    print("#![allow(clippy::type_complexity)]\nuse super::*;\n")
    print("const FMT: &[(&str, &str, Result<&str, (&str, &str)>)] = &[")
    for v in vals:
        for s in specs:
            row(f"({rs(str(v))}, {rs(s)}, {res(lambda: format(v, s))}),")
    flush(); print("];\n")
    pct = ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%#X', '%o', '%#o', '%#08x', '%.3d', '%8.3d', '%-#10o|', '%+.5x', '% 010d']
    print("const PCT: &[(&str, &str, &str)] = &[")
    for v in vals:
        for s in pct:
            row(f"({rs(str(v))}, {rs(s)}, {rs(s % v)}),")
    flush(); print("];\n")
    strs = [('123',10),('  -42  ',10),('1_000',10),('0x1f',0),('0X1F',16),('0o17',0),('0b101',0),('0b1',16),('z',36),('Z',36),('10',2),('12',2),('012',0),('000',0),('0_0',0),('0x',16),('0x_1f',0),('0x__1f',0),('1__2',10),('12_',10),('_12',10),('+ 1',10),('',10),('  ',10),('0b102',0),('\u0661\u0662',10),('\u3000 7 ',10),('x'*300,10),('-0',10),('+0x10',0),('-0b11',0),('9'*30,10),('ff',16),('1f',0),('0o8',0),('1 2',10),('1\n',10), ('abc', 10), ("it's", 10)]
    print("const PARSE: &[(&str, u32, Result<&str, &str>)] = &[")
    for s, b in strs:
        try: r = f"Ok({rs(str(int(s, b)))})"
        except ValueError as e: r = f"Err({rs(str(e))})"
        row(f"({rs(s)}, {b}, {r}),")
    flush(); print("];")
else:
    vals = [0, 1, -1, 7, -7, 2**63-1, -(2**63), 2**64+5, -(2**100)-1, 10**30]
    print("#![allow(clippy::type_complexity)]\nuse super::*;\n")
    print("const BIN: &[(&str, &str, &str, Result<&str, (&str, &str)>)] = &[")
    ops = {'add': lambda a,b: a+b, 'sub': lambda a,b: a-b, 'mul': lambda a,b: a*b, 'floordiv': lambda a,b: a//b, 'mod': lambda a,b: a%b,
           'divmod': lambda a,b: '%d %d' % divmod(a,b), 'truediv': lambda a,b: repr(a/b), 'and': lambda a,b: a&b, 'or': lambda a,b: a|b, 'xor': lambda a,b: a^b,
           'lshift': lambda a,b: a<<b if b < 200 else 'skip', 'rshift': lambda a,b: a>>b, 'cmp': lambda a,b: (a>b)-(a<b),
           'pow': lambda a,b: (repr(a**b) if b < 0 else str(a**b)) if abs(b) < 300 else 'skip'}
    for name, f in ops.items():
        for a in vals:
            for b in vals:
                r = res(lambda: f(a,b))
                if 'skip' in r: continue
                row(f"({rs(name)}, {rs(str(a))}, {rs(str(b))}, {r}),")
    flush(); print("];\n")
    print("const POWMOD: &[(&str, &str, &str, Result<&str, (&str, &str)>)] = &[")
    for a in [0, 1, 2, 3, -3, 10**20+1, -(2**70)]:
        for e in [0, 1, -1, 5, -2, 10**20, 2**65+1]:
            for m in [1, -1, 7, -7, 10**9+7, 2**64, 0, 4]:
                row(f"({rs(str(a))}, {rs(str(e))}, {rs(str(m))}, {res(lambda: pow(a, e, m))}),")
    flush(); print("];\n")
    fl = [0.5, 1e300, 2.0**53, 2.0**53+2, -2.0**63, 2.0**63, 1.5, -1.5, float('inf'), float('nan'), -0.0, 1e-300, 123456789.75]
    ints = [0, 1, -1, 2**53, 2**53+1, 2**63, -(2**63), 2**63-1, 10**300, 2**1024, 123456789, 123456790]
    print("const CMPF: &[(&str, u64, Option<i8>)] = &[")
    for i in ints:
        for x in fl:
            c = "None" if x != x else f"Some({(i > x) - (i < x)})"
            row(f"({rs(str(i))}, {bits(x)}, {c}),")
    flush(); print("];\n")
    print("const TOF: &[(&str, Result<u64, &str>)] = &[")
    for i in ints + [2**54+1, 2**54+2, 2**54+3, 2**55+6, -(2**70+2**17+1), 2**1023*(2**53-1)//2**52, 2**1024-2**970, 2**1024-2**970-1, 3**700, -(7**500)]:
        try: r = f"Ok({bits(float(i))})"
        except OverflowError as e: r = f"Err({rs(str(e))})"
        row(f"({rs(str(i))}, {r}),")
    flush(); print("];\n")
    print("const FROMF: &[(u64, Result<&str, (&str, &str)>)] = &[")
    for x in fl + [1e20, -1e20, 9.3e18, -9.2233720368547758e18, 0.999]:
        row(f"({bits(x)}, {res(lambda: int(x))}),")
    flush(); print("];\n")
    print("const ROUND: &[(&str, i64, &str)] = &[")
    for v in [0, 5, 15, 25, -25, 1250, 1350, -1350, 123456, 10**30+5*10**9, 2**100]:
        for n in [1, 0, -1, -2, -3, -10, -40]:
            row(f"({rs(str(v))}, {n}, {rs(str(round(v, n)))}),")
    flush(); print("];\n")
    print("const FDIV: &[(u64, u64, Result<(u64, u64), &str>)] = &[")
    for x in [7.5, -7.5, 1.0, -0.0, 0.0, 1e300, float('inf'), 3.0, -3.0, 0.1]:
        for y in [2.0, -2.0, 0.0, float('inf'), -float('inf'), 0.1, 3.0, -1e-300]:
            try:
                q, m = divmod(x, y); r = f"Ok(({bits(q)}, {bits(m)}))"
            except ZeroDivisionError as e: r = f"Err({rs(str(e))})"
            row(f"({bits(x)}, {bits(y)}, {r}),")
    flush(); print("];")
