"""The mapping table `pjmap`: the seed's public schema, plus lookup by resolved torch name.

An entry, exactly as in the Jittor tutorial (the seed)::

    'AvgPool2d': {
        'pytorch': {'args': 'kernel_size, stride=None, padding=0, ...'},
        'jittor': {'module': 'nn', 'name': 'Pool', 'args': 'kernel_size, stride=None, ..., op="maximum"'},
        'links': {},                    # pytorch argument name -> jittor argument name
        'extras': {'op': "'mean'"},     # jittor argument -> source text forced on every call
        'delete': ['return_indices'],   # pytorch arguments Jittor does not take
    }

Built-in keys are full torch names (``'torch.nn.MaxPool2d'``, ``'torch.Tensor.view'``), except the
seed's own entries, keyed as the tutorial keys them (``'AvgPool2d'``, ``'ReLU'``, ``'uniform_'``).
A short key (the seed's, or a user's from ``pjmap_append``/``--mapping``) matches that name in
``torch``, ``torch.nn``, ``torch.nn.functional`` and ``torch.nn.init`` only, and wins there over
a built-in full key; a user's method entry may be keyed ``'Tensor.<method>'``.
``jittor.module`` is ``'jt'`` (top-level ``jittor``),
``'nn'``, ``'init'``, a dotted ``'jittor.xxx'`` module, or ``''`` for a method on the receiver.
Optional fields this project adds (ignored by the seed's schema, never required):
``'rule'`` names a hand-written rule in ``torch2jittor.rules`` for the odd cases; ``'note'`` says why;
``'unsupported'`` lists PyTorch arguments Jittor cannot honour: dropped when they restate PyTorch's
default, reported (and left as written) otherwise; ``'base'`` (``'t2j.Sequential'``) is the target
used where the class is subclassed, when that differs.
"""
from __future__ import annotations

import ast
import copy
import json
import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from .mappings import ALIASES, BUILTIN_ENTRIES, NN_REEXPORTING_MODULES
from .mappings.schema import Signature, parse_signature  # the one argument-list parser

JITTOR_MODULES = {"jt": "jittor", "nn": "jittor.nn", "init": "jittor.init"}


@dataclass(frozen=True)
class Entry:
    """One table entry, validated and with its argument lists parsed."""

    key: str
    pytorch: Signature
    jittor_module: str
    jittor_name: str
    jittor: Signature
    links: Mapping[str, str]
    extras: Mapping[str, str]
    delete: frozenset[str]
    rule: str = ""
    unsupported: frozenset[str] = frozenset()
    base: str = ""  # 'module.Name' used instead when the class is subclassed (e.g. t2j.Sequential)
    note: str = ""  # what the user must know at each use (`computed in numpy: no gradient, no GPU`)

    @property
    def is_method(self) -> bool:
        return self.jittor_module == ""

    @property
    def api(self) -> str:
        """The API as diagnostics name it: by its short name in the namespaces the tutorial's short
        keys come from (`Conv2d(padding_mode=...)`, on the line that calls nn.Conv2d), else in full."""
        module, _, name = self.key.rpartition(".")
        return name if module in SHORT_KEY_MODULES else self.key

    @property
    def target(self) -> str:
        """Human-readable Jittor target, e.g. ``jittor.nn.Pool`` or ``Var.shape``."""
        if self.is_method:
            return f"Var.{self.jittor_name}"
        return f"{JITTOR_MODULES.get(self.jittor_module, self.jittor_module)}.{self.jittor_name}"


REQUIRED_FIELDS = ("pytorch", "jittor")


def make_entry(key: str, raw: Mapping[str, Any]) -> Entry:
    """Validate one raw (seed-schema) entry; errors name the entry."""
    for f in REQUIRED_FIELDS:
        if f not in raw:
            raise ValueError(f"pjmap entry {key!r}: missing {f!r}")
    jt = raw["jittor"]
    for f in ("module", "name"):
        if f not in jt:
            raise ValueError(f"pjmap entry {key!r}: missing 'jittor.{f}'")
    try:
        pt_sig = parse_signature(raw["pytorch"].get("args", ""))
        jt_sig = parse_signature(jt.get("args", ""))
    except ValueError as exc:
        raise ValueError(f"pjmap entry {key!r}: {exc}") from None
    return Entry(
        key=key,
        pytorch=pt_sig,
        jittor_module=jt["module"] or "",
        jittor_name=jt["name"],
        jittor=jt_sig,
        links=dict(raw.get("links") or {}),
        extras={k: str(v) for k, v in (raw.get("extras") or {}).items()},
        delete=frozenset(raw.get("delete") or ()),
        rule=raw.get("rule", ""),
        unsupported=frozenset(raw.get("unsupported") or ()),
        base=raw.get("base", ""),
        note=raw.get("note") or "",
    )


# The namespaces in which a short key (`'ReLU'`) matches: where the tutorial's code finds its names.
# `torch.ao.nn.quantized.Conv2d` or `torch.ao.nn.qat.Linear` are other classes, never nn.Conv/nn.Linear.
SHORT_KEY_MODULES = frozenset({"torch", "torch.nn", "torch.nn.functional", "torch.nn.init"})


def canonical_name(qualname: str) -> str:
    """The name a torch API is keyed under when PyTorch also exposes it under `qualname`."""
    if qualname in ALIASES:
        return ALIASES[qualname]
    for prefix in NN_REEXPORTING_MODULES:
        if qualname.startswith(prefix):
            return "torch.nn." + qualname.rsplit(".", 1)[-1]
    return qualname


class MappingTable:
    """Entries by key, with the lookup the engine needs. ``pjmap`` is one of these's raw dicts."""

    def __init__(self, raw: dict[str, dict]):
        self.raw = raw  # the seed-schema dict users read and extend
        self._cache: dict[str, Entry] = {}
        self._version = None
        # Entries for names the table cannot list ahead: those of the converted torchvision.models,
        # known only from the torchvision installed where the converter runs (torchvision_package.py).
        self.dynamic: Callable[[str], dict | None] | None = None
        self._dynamic_cache: dict[str, Entry | None] = {}

    def with_dynamic(self, dynamic: Callable[[str], dict | None]) -> "MappingTable":
        """The same entries, plus `dynamic(qualname)`'s for names the table has no entry for."""
        table = MappingTable(self.raw)
        table._cache = self._cache
        table.dynamic = dynamic
        return table

    def _entry(self, key: str) -> Entry | None:
        raw = self.raw.get(key)
        if raw is None:
            return None
        cached = self._cache.get(key)
        # Users may edit pjmap entries in place: re-validate when the raw dict changed.
        if cached is None or cached[1] != id(raw) or cached[2] != _fingerprint(raw):
            cached = (make_entry(key, raw), id(raw), _fingerprint(raw))
            self._cache[key] = cached
        return cached[0]

    def lookup(self, qualname: str) -> Entry | None:
        """Entry for a resolved torch name (``torch.nn.Conv2d``) or method (``Tensor.size``)."""
        if qualname.startswith("Tensor."):
            return self._entry(qualname) or self._entry("torch." + qualname)
        module, _, name = qualname.rpartition(".")
        if module in SHORT_KEY_MODULES:
            entry = self._entry(name)
            if entry is not None:
                return entry
        entry = self._entry(qualname)
        if entry is None:
            canonical = canonical_name(qualname)
            if canonical != qualname:
                entry = self.lookup(canonical)
        if entry is None and self.dynamic is not None:
            if qualname not in self._dynamic_cache:
                raw = self.dynamic(qualname)
                self._dynamic_cache[qualname] = None if raw is None else make_entry(qualname, raw)
            entry = self._dynamic_cache[qualname]
        return entry

    def in_place_base(self, method: str) -> Entry | None:
        """For an in-place torch.Tensor method the table does not map itself (`trunc_`), the entry
        of its out-of-place form (`trunc`) it is derived from: computed out of place, then written
        into the receiver (engine.py). None when the method is mapped, reported or not derivable."""
        from .mappings import UNSUPPORTED_REASONS, tensor_api

        if (not method.endswith("_") or method not in tensor_api.METHODS
                or self.lookup("Tensor." + method) is not None or "torch.Tensor." + method in UNSUPPORTED_REASONS):
            return None
        base = self.lookup("Tensor." + method[:-1])
        if base is None or base.rule or not (base.is_method or base.jittor_module == "t2j"):
            return None
        return base

    def validate(self) -> None:
        for key in self.raw:
            self._entry(key)


def _fingerprint(raw: Mapping) -> str:
    return json.dumps(raw, sort_keys=True, default=str)


def _builtin_raw() -> dict[str, dict]:
    return copy.deepcopy(BUILTIN_ENTRIES)


# The public, seed-compatible table. Users may read it, edit it, or extend it with pjmap_append.
pjmap: dict[str, dict] = _builtin_raw()
DEFAULT_TABLE = MappingTable(pjmap)


def pjmap_append(
    pytorch_func_name: str,
    pytorch_args: str,
    jittor_func_module: str,
    jittor_func_name: str,
    jittor_args: str,
    extras: dict | None = None,
    links: dict | None = None,
    delete: Iterable[str] | None = None,
) -> None:
    """Add (or replace) a mapping entry, with the seed's meaning of every argument."""
    raw = {
        "pytorch": {"args": pytorch_args},
        "jittor": {"module": jittor_func_module, "name": jittor_func_name, "args": jittor_args},
        "links": dict(links or {}),
        "extras": dict(extras or {}),
        "delete": list(delete or []),
    }
    make_entry(pytorch_func_name, raw)  # fail here, naming the entry, not later mid-conversion
    pjmap[pytorch_func_name] = raw


def load_mapping_file(path: str | os.PathLike) -> dict[str, dict]:
    """Read user entries (seed schema) from a JSON file, or a Python file defining ``pjmap``."""
    path = os.fspath(path)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if path.endswith(".py"):
        namespace: dict[str, Any] = {}
        try:
            # Only a literal dict is accepted: a mapping file is data, never executed.
            tree = ast.parse(text, filename=path)
            for node in tree.body:
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "pjmap" for t in node.targets
                ):
                    namespace["pjmap"] = ast.literal_eval(node.value)
        except (SyntaxError, ValueError) as exc:
            raise ValueError(f"{path}: not a literal 'pjmap = {{...}}' mapping file: {exc}") from None
        if "pjmap" not in namespace:
            raise ValueError(f"{path}: defines no 'pjmap = {{...}}'")
        entries = namespace["pjmap"]
    else:
        try:
            entries = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    if not isinstance(entries, dict):
        raise ValueError(f"{path}: expected an object of entries keyed by torch name")
    for key, raw in entries.items():
        try:
            make_entry(key, raw)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}: {exc}") from None
    return entries


def table_with(extra_entries: Mapping[str, dict] | None) -> MappingTable:
    """The default table, overlaid with user entries (which win)."""
    if not extra_entries:
        return DEFAULT_TABLE
    merged = dict(pjmap)
    merged.update(extra_entries)
    return MappingTable(merged)
