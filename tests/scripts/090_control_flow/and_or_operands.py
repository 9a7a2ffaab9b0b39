# and/or return one of their operands and short-circuit evaluation.
def t(name, val):
    print("  eval", name)
    return val
print("result:", t("a", 0) and t("b", 1))
print("result:", t("a", 1) and t("b", 2))
print("result:", t("a", 0) or t("b", ""))
print("result:", t("a", "x") or t("b", "y"))
print("result:", t("a", None) or t("b", 0) or t("c", []))
print([] or {}, [0] and "yes", "" and 1 / 0)
print(not (1 and 0), (not 1) or 5)
name = ""
print(name or "anonymous")
config = {"debug": False}
print(config.get("debug") or "default", config.get("debug") is False)
print(0 or 0.0 or 0j or "" or None)
print(1 and 2 and 3 and 4)
