# A 10^6-step generator pipeline (issue 4's acceptance): a source, three lazy stages and
# a consumer, in bounded memory, plus send() into a coroutine-style accumulator.


def numbers(n):
    for i in range(n):
        yield i


def scaled(src, k):
    for x in src:
        yield x * k


def odd_only(src):
    for x in src:
        if x & 1:
            yield x


def windowed_sum(src, width):
    window = []
    total = 0
    for x in src:
        window.append(x)
        total += x
        if len(window) > width:
            total -= window.pop(0)
        yield total


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    acc = accumulator()
    next(acc)
    last = 0
    for v in windowed_sum(odd_only(scaled(numbers(1_000_000), 3)), 4):
        last = acc.send(v & 0xFF)
    print(last, sum(x for x in numbers(1_000_000) if x % 7 == 0))


main()
