# Program: concurrent bank transfers with per-account Locks acquired in a fixed order (no deadlock).
import asyncio

class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()

class InsufficientFunds(Exception):
    pass

async def transfer(accounts, src, dst, amount, log):
    a, b = accounts[src], accounts[dst]
    first, second = sorted([a, b], key=lambda acc: acc.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if a.balance < amount:
                log.append(f"FAIL {src}->{dst} {amount} (has {a.balance})")
                raise InsufficientFunds(f"{src} cannot pay {amount}")
            a.balance -= amount
            await asyncio.sleep(0)
            b.balance += amount
            log.append(f"ok {src}->{dst} {amount}")
            return amount

async def main():
    accounts = {n: Account(n, b) for n, b in [("ann", 100), ("bob", 50), ("cid", 0)]}
    total_before = sum(a.balance for a in accounts.values())
    log = []
    transfers = [
        ("ann", "bob", 30), ("bob", "cid", 70), ("cid", "ann", 10),
        ("bob", "ann", 5), ("ann", "cid", 200), ("cid", "bob", 20),
        ("ann", "bob", 40),
    ]
    results = await asyncio.gather(
        *(transfer(accounts, s, d, amt, log) for s, d, amt in transfers), return_exceptions=True
    )
    print("\n".join(log))
    for (s, d, amt), r in zip(transfers, results):
        print(f"{s}->{d} {amt}:", r if not isinstance(r, Exception) else f"{type(r).__name__}: {r}")
    print({n: a.balance for n, a in accounts.items()})
    print("conserved:", total_before == sum(a.balance for a in accounts.values()))
    print("any lock held:", any(a.lock.locked() for a in accounts.values()))

asyncio.run(main())
