# printf-style % formatting: %s %r %d %i %f %e %g %x %o %c %%, widths, flags and dict form.
print("%s %r %d" % ("str", "repr", 42))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.1f" % (3.14159, 2.5, 2.5, -2.5, 2.0))
print("%5.2f" % 3.14159, "%e" % 12345.678, "%.3E" % 0.000123, "%g" % 1e-5, "%G" % 1e20)
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%-10s|%10s|" % ("left", "right"), "%.3s" % "truncate", "%%", "100%% sure" % ())
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7})
print("%s" % (1, ), "%s" % [1, 2], "%s and %s" % (1, 2), "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d" % 3.99, "%i" % -7.5, "%s" % None, "%r" % 'q"uote', "%a" % "é")
print("%d" % True, "%f" % 1, "%x" % -255, "%5s|" % "toolong")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", {}), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
