# Nested dicts and lists: deep access, update, safe get chains, and printing.
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False}
print(config["db"]["ports"][1], config.get("cache", {}).get("size", 64))
config["db"]["ports"].append(5434)
config.setdefault("cache", {})["size"] = 128
print(config)
def deep_get(d, *keys, default=None):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d
print(deep_get(config, "db", "host"), deep_get(config, "db", "nope", default="?"), deep_get(config, "debug"))
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
print(flatten(config))
