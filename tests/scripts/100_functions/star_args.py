# *args and **kwargs collection and forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
def wrapper(*args, **kwargs):
    return collect(*args, extra=True, **kwargs)
print(wrapper(1, k="v"))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(name="x", size=3, ok=False))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
try:
    total()
except TypeError as e:
    print(type(e).__name__, e)
