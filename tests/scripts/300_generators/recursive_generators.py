# Recursive generators: tree walks, permutations, subsets.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [first] + p


print(list(permutations([1, 2, 3])))
print(len(list(permutations("abcd"))))


def subsets(items):
    if not items:
        yield ()
        return
    for s in subsets(items[1:]):
        yield s
        yield (items[0],) + s


print(sorted(subsets((1, 2, 3))))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7])))

tree = {"v": "root", "kids": [
    {"v": "a", "kids": [{"v": "a1", "kids": []}, {"v": "a2", "kids": []}]},
    {"v": "b", "kids": [{"v": "b1", "kids": [{"v": "b1x", "kids": []}]}]},
]}


def preorder(node, depth=0):
    yield depth, node["v"]
    for k in node["kids"]:
        yield from preorder(k, depth + 1)


def postorder(node):
    for k in node["kids"]:
        yield from postorder(k)
    yield node["v"]


for d, v in preorder(tree):
    print("  " * d + v)
print(list(postorder(tree)))


def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (n, a, c)
        yield from hanoi(n - 1, b, a, c)


moves = list(hanoi(3))
print(len(moves), moves[:4])


def compositions(n):
    if n == 0:
        yield []
    for i in range(1, n + 1):
        for rest in compositions(n - i):
            yield [i] + rest


print(list(compositions(4)))

# deep recursion through generators
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)


print(list(deep(200)))
