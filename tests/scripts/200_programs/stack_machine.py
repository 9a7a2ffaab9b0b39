# A tiny stack-machine interpreter with arithmetic, jumps, and a loop computing factorials.
def run(program, trace=False):
    stack, pc, out = [], 0, []
    steps = 0
    while pc < len(program):
        op, *args = program[pc].split()
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op in ("add", "sub", "mul"):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = int(args[0])
        elif op == "jmp":
            pc = int(args[0])
        elif op == "print":
            out.append(stack[-1])
        else:
            raise ValueError(f"unknown op {op!r}")
        if trace:
            print(f"{op:<6}{stack}")
    return out, steps
fact = ["push 1", "push 10", "dup", "jz 11", "swap", "over", "mul", "swap", "push 1", "sub", "jmp 2", "pop", "print"]
print(run(fact))
print(run(["push 2", "push 3", "add", "push 4", "mul", "print"], trace=True))
try:
    run(["push 1", "frobnicate"])
except ValueError as e:
    print(type(e).__name__, e)
