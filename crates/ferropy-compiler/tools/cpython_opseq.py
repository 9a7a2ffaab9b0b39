# Print CPython 3.11's opcode sequence per code object, normalized like
# `cargo run -p ferropy-compiler --example opseq -- FILE.py`, so the two can be diffed:
#   diff <(python3 tools/cpython_opseq.py f.py) <(cargo run -q -p ferropy-compiler --example opseq -- f.py)
import dis, sys, types
SKIP = {"CACHE", "PRECALL", "EXTENDED_ARG"}
REN = {"POP_JUMP_FORWARD_IF_FALSE": "POP_JUMP_IF_FALSE", "POP_JUMP_BACKWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
       "POP_JUMP_FORWARD_IF_TRUE": "POP_JUMP_IF_TRUE", "POP_JUMP_BACKWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
       "POP_JUMP_FORWARD_IF_NONE": "POP_JUMP_IF_NONE", "POP_JUMP_BACKWARD_IF_NONE": "POP_JUMP_IF_NONE",
       "POP_JUMP_FORWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE"}
def dump(co):
    print("==", co.co_qualname)
    ins = [i for i in dis.get_instructions(co) if i.opname not in SKIP]
    if ins and ins[0].opname == "RETURN_GENERATOR":
        ins = ins[2:]
    for i in ins:
        name = REN.get(i.opname, i.opname)
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            d = ""
        elif i.opname in ("LOAD_CONST", "KW_NAMES"):
            if i.opname == "KW_NAMES": i = i._replace(argval=co.co_consts[i.arg])
            d = ("code " + i.argval.co_name) if isinstance(i.argval, types.CodeType) else repr(i.argval)
        elif i.opname == "LOAD_GLOBAL":
            d = ("NULL + " if i.arg & 1 else "") + i.argval
        elif i.opcode in dis.hasname or i.opcode in dis.haslocal or i.opcode in dis.hasfree:
            d = i.argval
        elif i.opname == "BINARY_OP" or i.opname == "COMPARE_OP":
            d = str(i.arg)
        else:
            d = str(i.arg) if i.arg is not None else ""
        if i.opname in ("RESUME","CALL","FOR_ITER") : pass
        print(name, d)
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump(c)
src = open(sys.argv[1]).read()
dump(compile(src, sys.argv[1], "exec"))
