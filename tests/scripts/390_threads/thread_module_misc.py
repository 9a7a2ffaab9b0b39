# _thread module level helpers: idents, TIMEOUT_MAX, error, stack_size, exit.
import _thread

main_ident = _thread.get_ident()
main_native = _thread.get_native_id()
print("get_ident int:", type(main_ident) is int, "stable:", main_ident == _thread.get_ident())
print("get_native_id int:", type(main_native) is int)
print("TIMEOUT_MAX float:", type(_thread.TIMEOUT_MAX) is float, _thread.TIMEOUT_MAX > 0)
print("error is RuntimeError:", _thread.error is RuntimeError)
print("stack_size():", _thread.stack_size())
print("stack_size(0):", _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)

seen = {}
done = _thread.allocate_lock()
done.acquire()
def worker():
    seen["ident"] = _thread.get_ident()
    seen["native"] = _thread.get_native_id()
    done.release()
_thread.start_new_thread(worker, ())
done.acquire()
print("thread ident int:", type(seen["ident"]) is int)
print("ident differs:", seen["ident"] != main_ident)
print("native id differs:", seen["native"] != main_native)

# _thread.exit() ends a thread quietly (SystemExit is not reported)
steps = []
done2 = _thread.allocate_lock()
done2.acquire()
def exiter():
    steps.append("before exit")
    try:
        _thread.exit()
    finally:
        steps.append("finally ran")
        done2.release()
    steps.append("never")
_thread.start_new_thread(exiter, ())
done2.acquire()
print(steps)

# _thread.exit() raises SystemExit in the calling thread
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit args:", e.args)

# exit_thread alias
print(_thread.exit_thread is _thread.exit or callable(_thread.exit_thread))
