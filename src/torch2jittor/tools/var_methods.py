"""Generates the helper package's tables of PyTorch tensor methods for receivers the converter could
not prove to be tensors (`def batchify(data, bsz): data.narrow(...)` called with a value of another
file's class).

TABLE: jittor_compat installs each on jittor.Var where Var has no such attribute, so such a call
behaves as the converted one would. Only entries whose arguments pass through unchanged qualify
(a helper taking PyTorch's arguments after the receiver, or a Var method under another name with the
same positional order); Var's own methods are never replaced.

ENTRIES: every torch.Tensor method entry, as data the helper package binds PyTorch's arguments
with at run time (`t2j.maybe_tensor(x).max(1)`, receivers.py): the converter's rewrite of the call
on a provable tensor (call_arguments.py), done when the receiver turns out to be a Var.

    python -m torch2jittor.tools.var_methods --write src/torch2jittor/runtime/jittor_compat/_var_method_table.py
    python -m torch2jittor.tools.var_methods --check src/torch2jittor/runtime/jittor_compat/_var_method_table.py
"""
from __future__ import annotations

import ast
import sys

from ..mapping import pjmap
from ..mappings.schema import parse_signature
from . import write_or_check

PREFIX = "torch.Tensor."


def table() -> dict[str, tuple[str, str, dict]]:
    """method name -> (kind, target, keyword renames): kind 'helper' calls t2j.<target>(x, ...),
    'method' calls x.<target>(...)."""
    found = {}
    for key, raw in sorted(pjmap.items()):
        if not key.startswith(PREFIX) or "." in key[len(PREFIX):]:
            continue
        if raw.get("rule") or raw.get("extras") or raw.get("delete") or raw.get("unsupported") or raw.get("base"):
            continue
        name = key[len(PREFIX):]
        pytorch = parse_signature(raw["pytorch"]["args"])
        jittor = parse_signature(raw["jittor"]["args"])
        links = dict(raw.get("links") or {})
        module, target = raw["jittor"]["module"], raw["jittor"]["name"]
        renamed = [links.get(p.name, p.name) for p in pytorch.params]
        if module == "t2j":
            if [p.name for p in jittor.params][:1] != ["self"] or links:
                continue
            if [p.name for p in jittor.params[1:]] != [p.name for p in pytorch.params]:
                continue
            found[name] = ("helper", target, {})
        elif module == "":
            if renamed != [p.name for p in jittor.params]:
                continue
            if [p.kind for p in pytorch.params] != [p.kind for p in jittor.params]:
                continue
            if target == name:
                continue  # the same name: Var has it, or the entry is only a guard
            found[name] = ("method", target, links)
    return found


# Rules whose rewrite the helper package repeats at run time (receivers.py); the other rules
# (backward, zero_grad, `.to`) convert calls on any receiver themselves.
RUNTIME_RULES = {"size_to_shape": "size", "drop_device_move": "device_move", "alpha_helper": "alpha"}


def _params(signature) -> tuple:
    """(name, kind, default): kind 'positional'/'posonly'/'varargs'/'kwonly'/'varkw'; default None
    when required, a 1-tuple holding a literal default, or the source text of any other default."""
    out = []
    for p in signature.params:
        kind = "posonly" if p.posonly else p.kind
        default = None
        if p.default is not None:
            try:
                default = (ast.literal_eval(p.default),)
            except (ValueError, SyntaxError):
                default = p.default
        out.append((p.name, kind, default))
    return tuple(out)


def entries() -> dict[str, tuple]:
    """method name -> (module, target, PyTorch's params, Jittor's params, links, extras, delete,
    unsupported, rule): module '' is a Var method, 't2j' the helper package (the receiver first);
    extras as values; rule as RUNTIME_RULES names it ('alpha' with its helper as target)."""
    from ..rules.alpha_argument import ALPHA_HELPERS

    found = {}
    for key, raw in sorted(pjmap.items()):
        if not key.startswith(PREFIX) or "." in key[len(PREFIX):]:
            continue
        name = key[len(PREFIX):]
        rule = raw.get("rule") or ""
        if rule and rule not in RUNTIME_RULES:
            continue
        if name == "to":
            continue  # every `.to(...)` not on a provable tensor goes to t2j.tensor_to already
        try:
            extras = {k: ast.literal_eval(v) for k, v in (raw.get("extras") or {}).items()}
        except (ValueError, SyntaxError):
            continue  # Jittor code, not a value: only the converter can write it
        module, target = raw["jittor"]["module"], raw["jittor"]["name"]
        if module not in ("", "t2j"):
            continue
        if rule == "alpha_helper":
            target = ALPHA_HELPERS[name]
        found[name] = (module, target, _params(parse_signature(raw["pytorch"]["args"])),
                       _params(parse_signature(raw["jittor"]["args"])), dict(raw.get("links") or {}), extras,
                       tuple(sorted(raw.get("delete") or ())), tuple(sorted(raw.get("unsupported") or ())),
                       RUNTIME_RULES.get(rule, ""))
    return found


def render() -> str:
    lines = ['"""Generated by `python -m torch2jittor.tools.var_methods --write` from the mapping table: do not edit.',
             "",
             "PyTorch tensor method -> (kind, target, keyword renames); see _var_methods.py.",
             '"""', "", "TABLE = {"]
    for name, (kind, target, links) in table().items():
        lines.append(f"    {name!r}: ({kind!r}, {target!r}, {links!r}),")
    lines.append("}")
    lines += ["", "# method name -> (module, target, PyTorch's params, Jittor's params, links, extras, delete,",
              "# unsupported, rule); see receivers.py.", "ENTRIES = {"]
    for name, spec in entries().items():
        lines.append(f"    {name!r}: {spec!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    return write_or_check("torch2jittor.tools.var_methods", render, argv)


if __name__ == "__main__":
    sys.exit(main())
