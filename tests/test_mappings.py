"""The mapping data's layout and lookup: keys by full torch name, in the file named after where
PyTorch defines the API; short keys only for the tutorial's entries and users' own, matched in
torch, torch.nn, torch.nn.functional and torch.nn.init only."""
import ast
import pathlib

import pytest

from torch2jittor import convert, pjmap
from torch2jittor.mapping import DEFAULT_TABLE, MappingTable
from torch2jittor.mappings import ALIASES, BUILTIN_ENTRIES, TOPICS, UNSUPPORTED_REASONS

MAPPINGS = pathlib.Path(__file__).parents[1] / "src" / "torch2jittor" / "mappings"
SEED_KEYS = {"AvgPool2d", "ReLU", "uniform_"}  # keyed as the Jittor tutorial keys them


def _topic_files():
    return sorted(p for p in MAPPINGS.rglob("*.py") if p.name not in ("__init__.py", "schema.py", "lazy.py", "tensor_api.py"))


def test_no_file_is_named_after_the_order_it_was_written_in():
    root = MAPPINGS.parents[2]  # the repository: src/ and tests/ alike
    named = [p for folder in ("src", "tests", "benchmarks") for p in (root / folder).rglob("*") if "_more" in p.name]
    assert not named


def test_every_topic_file_is_assembled():
    assembled = {pathlib.Path(t.__file__).resolve() for t in TOPICS}
    assert [str(p) for p in _topic_files() if p.resolve() not in assembled] == []


def test_no_dict_literal_repeats_a_key():
    # A repeated key in one literal silently replaces the earlier entry.
    repeats = []
    for path in _topic_files() + [MAPPINGS / "schema.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                repeats += [(path.name, k) for k in set(keys) if keys.count(k) > 1]
    assert repeats == []


def test_builtin_keys_are_full_torch_names_except_the_tutorials():
    short = {k for k in BUILTIN_ENTRIES if not k.startswith(("torch.", "torchvision."))}
    assert short == SEED_KEYS
    assert all(k.startswith("torch.") for k in UNSUPPORTED_REASONS)
    for key in SEED_KEYS:  # users read these under the tutorial's keys, with its fields
        assert set(pjmap[key]) >= {"pytorch", "jittor", "links", "extras", "delete"}


def _namespace_of_file(topic) -> str:
    parts = topic.__name__.split(".")[2:]  # e.g. ['nn', 'pooling'], ['tensor'], ['torch', 'creation']
    return {"nn": "torch.nn.", "tensor": "torch.Tensor.", "torch": "torch.", "optim": "torch.optim.",
            "utils": "torch.utils.", "jit": "torch.jit.", "fx": "torch.fx.", "torchvision": "torchvision.",
            "distributions": "torch.distributions.", "multiprocessing": "torch.multiprocessing."}[parts[0]]


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.__name__.split(".", 2)[2])
def test_each_file_holds_the_names_of_its_namespace(topic):
    prefix = _namespace_of_file(topic)
    keys = list(getattr(topic, "ENTRIES", {})) + list(getattr(topic, "UNSUPPORTED", {}))
    wrong = [k for k in keys if not k.startswith(prefix) and k not in SEED_KEYS]
    assert wrong == []
    if topic.__name__.split(".")[2] == "torch":  # torch/<topic>.py: not torch.nn, not the methods
        assert not [k for k in keys if k.startswith(("torch.nn.", "torch.Tensor."))]


def test_short_keys_match_only_in_the_tutorials_namespaces():
    assert DEFAULT_TABLE.lookup("torch.nn.ReLU").key == "ReLU"
    assert DEFAULT_TABLE.lookup("torch.nn.init.uniform_").key == "uniform_"
    for name in ("torch.ao.nn.quantized.ReLU", "torch.ao.nn.quantized.Conv2d", "torch.ao.nn.qat.Linear",
                 "torch.nn.quantized.Conv2d", "torch.ao.nn.intrinsic.qat.ConvBnReLU2d"):
        assert DEFAULT_TABLE.lookup(name) is None, name
    user = MappingTable({**pjmap, "Conv2d": pjmap["ReLU"]})
    assert user.lookup("torch.nn.Conv2d").key == "Conv2d"  # a user's short key wins over the built-in one
    assert user.lookup("torch.ao.nn.quantized.Conv2d") is None


def test_names_pytorch_exposes_twice_use_one_entry():
    for alias, key in ALIASES.items():
        assert DEFAULT_TABLE.lookup(alias).key == key
    assert DEFAULT_TABLE.lookup("torch.nn.modules.conv.Conv2d").key == "torch.nn.Conv2d"
    assert DEFAULT_TABLE.lookup("torch.nn.parameter.Parameter").key == "torch.nn.Parameter"
    assert DEFAULT_TABLE.lookup("torch.nn.modules.utils._pair").key == "torch.nn.modules.utils._pair"
    code = "import torch\ny = torch.selu(x) + torch.max_pool2d(x, 2)\nwith torch.autograd.no_grad():\n    pass\n"
    assert convert(code) == (
        "import jittor as jt\ntry:\n    from . import jittor_compat as t2j\nexcept ImportError:\n"
        "    import jittor_compat as t2j\ny = t2j.selu(x) + t2j.max_pool2d(x, 2)\nwith jt.no_grad():\n    pass\n"
    )


def test_var_method_table_is_generated_and_up_to_date():
    """The helper package's table of PyTorch methods for unproven receivers follows the mapping table."""
    from pathlib import Path

    from torch2jittor.tools import var_methods

    path = Path(var_methods.__file__).parents[1] / "runtime" / "jittor_compat" / "_var_method_table.py"
    assert path.read_text(encoding="utf-8") == var_methods.render(), \
        f"run python -m torch2jittor.tools.var_methods --write {path}"
    assert var_methods.table()["narrow"] == ("helper", "narrow", {})
    assert var_methods.table()["mm"] == ("method", "matmul", {"mat2": "b"})
