# A bank account class hierarchy with validation, custom exceptions, and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
        self.id = Account.next_id
        Account.next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50)
s.add_interest()
for op in [lambda: a.withdraw(500), lambda: a.deposit(-5), lambda: s.withdraw(20)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(a, s)
print(a.log, s.log)
print(isinstance(s, Account), sum(x.balance for x in [a, s]))
