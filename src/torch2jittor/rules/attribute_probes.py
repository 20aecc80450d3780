"""`hasattr(torch.nn.functional, "scaled_dot_product_attention")`, `getattr(torch, "compiler", None)`:
probes of torch modules answered for the converted code, at conversion time.

A probe must answer truthfully for the Jittor side: an attribute is there when the converted code
can use it, i.e. when the table maps it (or it is a torch namespace the table maps names in).
`getattr` with a literal name is the attribute itself: converted like `torch.x`, or, where the
table has no such name and the call gives a default, that default (the probe's "absent").
"""
from __future__ import annotations

import ast

from . import CALL_OVERRIDE, register


def namespaces(table) -> frozenset[str]:
    """Every dotted prefix of a full torch name the table maps (`torch`, `torch.compiler`, ...)."""
    out = set()
    for key in table.raw:
        parts = key.split(".")
        out.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return frozenset(out)


@register(CALL_OVERRIDE)
def rewrite(conv, node: ast.Call) -> bool:
    """Rewrite a probe of a torch module; False when `node` is not one (nothing done)."""
    if not (isinstance(node.func, ast.Name) and node.func.id in ("hasattr", "getattr")):
        return False
    fc, scope = conv.fc, conv.ctx.scope
    for func in ("hasattr", "getattr"):
        if conv.resolver.literal_getattr(node, scope, func):
            break
    else:
        return False
    base = conv.qualname(node.args[0])
    if base is None:
        return False
    for default in node.args[2:]:  # the probed module itself is not an API use
        conv.visit(default)
    target = f"{base}.{node.args[1].value}"
    entry = fc.table.lookup(target)
    mapped = entry is not None and not entry.is_method
    if func == "hasattr":
        present = mapped or target in namespaces(fc.table)
        new = "True" if present else "False"
    elif mapped:
        new = fc.value_expr(entry)
        fc.record(node, target, entry)
    elif target in namespaces(fc.table):
        return True  # a torch namespace as a value: bound to a stand-in with the import
    elif len(node.args) == 3:
        new = fc.text(node.args[2])
    else:
        conv.unsupported(node, target)
        return True
    fc.edits.replace(fc.src.start(node), fc.src.end(node), new)
    return True
