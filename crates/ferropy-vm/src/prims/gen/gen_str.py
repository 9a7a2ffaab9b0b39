# Generates the data tables of src/str_ops_tests.rs from CPython:
#   python3 gen/gen_str.py > src/str_ops_tests.rs  (then append the test fns)
def rs(s): return '"' + ''.join(c if 32 <= ord(c) < 127 and c not in '\\"' else '\\u{%x}' % ord(c) for c in s) + '"'
def rsv(l): return '&[' + ', '.join(rs(x) for x in l) + ']'
print("#![allow(clippy::type_complexity)]\nuse super::*;\n")
S = ['', 'a', ' a b  c ', 'a,b,,c', 'héllo wörld', 'ab\r\ncd\ne\x0bf\x1cg\u2028h\r', '\u3000x\u00a0y\t', 'aaa', 'abcabc', 'Σ', 'ΣΑΣ ΑΣ.', "they're bill's friends", 'ǆemal ﬁne', 'ß', 'İstanbul', 'HELLO world', 'Hello World', 'x\ty\tzz\n\tw', '-42', '+', '١٢٣', '²', '一二', 'Ⅻ', 'abc123', '_ident', '1abc', 'ǅ', '\x00', 'ÀÉÎ', 'ﬀ', 'ΐ']
print("const SPLIT: &[(&str, Option<&str>, i64, &[&str], &[&str])] = &[")
for s in S:
    for sep in [None, ',', 'a', 'ab']:
        for m in [-1, 0, 1, 2]:
            print(f"    ({rs(s)}, {('Some(' + rs(sep) + ')') if sep else 'None'}, {m}, {rsv(s.split(sep, m))}, {rsv(s.rsplit(sep, m))}),")
print("];\n")
print("const LINES: &[(&str, &[&str], &[&str])] = &[")
for s in S: print(f"    ({rs(s)}, {rsv(s.splitlines())}, {rsv(s.splitlines(True))}),")
print("];\n")
print("const CASE: &[(&str, &str, &str, &str, &str, &str, &str)] = &[")
for s in S: print(f"    ({rs(s)}, {rs(s.lower())}, {rs(s.upper())}, {rs(s.title())}, {rs(s.capitalize())}, {rs(s.swapcase())}, {rs(s.casefold())}),")
print("];\n")
preds = ['isdigit','isdecimal','isnumeric','isalpha','isalnum','isspace','isidentifier','isprintable','islower','isupper','istitle','isascii']
print("const PRED: &[(&str, [bool; 12])] = &[")
for s in S: print(f"    ({rs(s)}, [{', '.join(str(getattr(s, p)()).lower() for p in preds)}]),")
print("];\n")
print("const FIND: &[(&str, &str, Option<i64>, Option<i64>, i64, i64, usize, bool, bool)] = &[")
for s in ['abcabc', 'héllo héllo', '', 'aaa']:
    for sub in ['', 'a', 'bc', 'é', 'llo', 'aa', 'x']:
        for st, en in [(None, None), (1, None), (-3, None), (0, -1), (2, 4), (5, 100), (4, 2), (-100, 2)]:
            a = (st if st is not None else 0, en if en is not None else 2**62)
            print(f"    ({rs(s)}, {rs(sub)}, {f'Some({st})' if st is not None else 'None'}, {f'Some({en})' if en is not None else 'None'}, {s.find(sub, *a)}, {s.rfind(sub, *a)}, {s.count(sub, *a)}, {str(s.startswith(sub, *a)).lower()}, {str(s.endswith(sub, *a)).lower()}),")
print("];\n")
print("const MISC: &[(&str, &str, &str)] = &[")
for s in S:
    print(f"    ({rs(s)}, \"strip\", {rs(s.strip())}), ({rs(s)}, \"strip_ab\", {rs(s.strip('ab'))}), ({rs(s)}, \"lstrip\", {rs(s.lstrip())}), ({rs(s)}, \"rstrip\", {rs(s.rstrip())}),")
    print(f"    ({rs(s)}, \"center9\", {rs(s.center(9, '*'))}), ({rs(s)}, \"center10\", {rs(s.center(10))}), ({rs(s)}, \"ljust7\", {rs(s.ljust(7, '-'))}), ({rs(s)}, \"rjust7\", {rs(s.rjust(7))}), ({rs(s)}, \"zfill6\", {rs(s.zfill(6))}),")
    print(f"    ({rs(s)}, \"expand4\", {rs(s.expandtabs(4))}), ({rs(s)}, \"expand0\", {rs(s.expandtabs(0))}), ({rs(s)}, \"rep_a\", {rs(s.replace('a', 'XY'))}), ({rs(s)}, \"rep_a1\", {rs(s.replace('a', '', 1))}), ({rs(s)}, \"rep_e2\", {rs(s.replace('', '.', 2))}), ({rs(s)}, \"rep_e\", {rs(s.replace('', '|'))}),")
    print(f"    ({rs(s)}, \"part\", {rs('|'.join(s.partition('b')))}), ({rs(s)}, \"rpart\", {rs('|'.join(s.rpartition('b')))}),")
print("];")
