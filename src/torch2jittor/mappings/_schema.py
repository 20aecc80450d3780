"""A compact way to write seed-schema entries. Produces exactly the seed's dict shape."""


def entry(pytorch_args, module, name, jittor_args, *, links=None, extras=None, delete=None, unsupported=None,
          rule=None, note=None, base=None):
    raw = {
        "pytorch": {"args": pytorch_args},
        "jittor": {"module": module, "name": name, "args": jittor_args},
        "links": dict(links or {}),
        "extras": dict(extras or {}),
        "delete": list(delete or []),
    }
    if unsupported:
        raw["unsupported"] = list(unsupported)
    if base:
        raw["base"] = base
    if rule:
        raw["rule"] = rule
    if note:
        raw["note"] = note
    return raw


def helper_entry(args: str, name: str, **kw) -> dict:
    """An entry for a helper-module (`t2j`) function or class that takes exactly PyTorch's arguments."""
    return entry(args, "t2j", name, args, **kw)
