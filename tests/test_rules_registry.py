"""The engine reaches rules only through their registry: every rule module registers itself, and
engine.py imports no rule module nor calls a rule by name."""
import ast
import pathlib
import pkgutil

import torch2jittor.rules as rules
from torch2jittor.rules import REGISTRY

ENGINE = pathlib.Path(rules.__file__).parents[1] / "engine.py"


def _registered_modules() -> set[str]:
    hooks = list(REGISTRY.entry_rules.values())
    for table in (REGISTRY.before, REGISTRY.after, REGISTRY.points):
        hooks += [h for hs in table.values() for h in hs]
    return {h.__module__.rsplit(".", 1)[-1] for h in hooks}


def test_every_rule_module_registers_a_hook():
    modules = {m.name for m in pkgutil.iter_modules(rules.__path__)}
    assert modules and modules == _registered_modules()


def test_engine_names_no_rule():
    tree = ast.parse(ENGINE.read_text())
    modules = {m.name for m in pkgutil.iter_modules(rules.__path__)}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.lstrip(".").startswith("rules"):
            assert node.module.lstrip(".") == "rules", ast.unparse(node)
            assert not {a.name for a in node.names} & modules, ast.unparse(node)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert node.value.id not in modules, ast.unparse(node)


def test_entry_rules_named_by_the_mapping_data_exist():
    from torch2jittor.mapping import DEFAULT_TABLE

    named = {DEFAULT_TABLE.lookup(k).rule for k in DEFAULT_TABLE.raw if DEFAULT_TABLE.lookup(k) and DEFAULT_TABLE.lookup(k).rule}
    assert named and named <= set(REGISTRY.entry_rules)
