# nonlocal rebinding through multiple levels and independence of separate closures.
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), wd(500), get())
dep2, _, get2 = make_account(0)
dep2(1)
print(get(), get2())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 10
        level3()
        return v
    return level2(), v
print(level1())
