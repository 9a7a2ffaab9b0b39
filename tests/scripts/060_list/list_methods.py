# append/extend/insert/remove/pop/clear/index/count/reverse/copy.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.extend(range(2))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count(99), a.index(5, 2))
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
for op in [lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(50)]:
    try:
        op()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
