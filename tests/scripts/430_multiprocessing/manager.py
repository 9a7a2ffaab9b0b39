# A Manager's list and dict, shared with child processes through proxies.
import multiprocessing as mp


def record(shared_list, shared_dict, n):
    shared_list.append(n)
    shared_dict[n] = n * n


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    with mp.Manager() as manager:
        lst = manager.list()
        dct = manager.dict()
        ps = [mp.Process(target=record, args=(lst, dct, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(lst), len(lst))
        print(sorted(dct.items()))
        lst.append("x")
        print(lst[-1], "x" in lst, dct.get(2), dct.get(99, "missing"))
