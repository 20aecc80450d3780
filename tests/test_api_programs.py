"""tools/api_programs: a handful of one-API programs run both ways, each classified as it must be.

The whole corpus (benchmarks/api_programs) takes many minutes and is not run here; these
programs check the tool's own logic: results collected from module-level names, compared with
assert_same's rules, and the four classes (pass, reported, silent, invalid), including a program
that kills the Jittor process (the tool records it and goes on with the next).
"""
import textwrap

import numpy as np

from torch2jittor.tools import api_programs

PROGRAMS = {
    # passes: a 0-d result (bridged to shape [1]), an int64 tensor, a Python float, a shape, a dtype
    "tensor/sum_pass.py": """
        # api: torch.Tensor.sum
        import torch
        x = torch.tensor([[1, 2], [3, 4]])
        total = x.sum()
        cols = x.sum(0)
        mean = float(x.float().mean())
        results_shape = x.shape
        kind = x.dtype
    """,
    # an in-place change of an input counts: x itself is a result
    "tensor/add__pass.py": """
        # api: torch.Tensor.add_
        import torch
        x = torch.zeros(3)
        x.add_(torch.tensor([1.0, 2.0, 3.0]), alpha=2)
    """,
    # the `results` dict, when there is one, is all that is compared
    "torch/results_dict_pass.py": """
        import torch
        y = torch.randn(3, 4)
        results = {"shape": y.shape, "dtype": y.dtype}
    """,
    # reported: the converter says torch._C is not supported
    "torch/private_reported.py": """
        # api: torch._C._get_tracing_state
        import torch
        state = torch._C._get_tracing_state()
    """,
    # silent: no diagnostic, yet the converted program computes something else
    "torch/silent.py": """
        # api: torch.ones
        import sys
        import torch
        x = torch.ones(2)
        has_torch = "torch" in sys.modules
    """,
    # kills the Jittor process: recorded, and the next program still runs
    "torch/dies.py": """
        # api: torch.zeros
        import os
        import sys
        import torch
        z = torch.zeros(2)
        if "torch" not in sys.modules:
            os._exit(3)
    """,
    # invalid: fails with PyTorch itself, not counted
    "torch/invalid.py": """
        import torch
        y = torch.ones(2) @ torch.ones(3)
    """,
    "torch/zz_after_death_pass.py": """
        # api: torch.arange
        import torch
        a = torch.arange(5)
    """,
}


def test_api_programs_classifies_each_kind(torch, jittor, tmp_path):
    folder = tmp_path / "programs"
    for name, source in PROGRAMS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source).lstrip())
    programs = {p["name"]: p for p in api_programs.run(str(folder), work=str(tmp_path / "work"))}
    kinds = {name: p["kind"] for name, p in programs.items()}
    assert kinds == {
        "tensor/sum_pass.py": "pass", "tensor/add__pass.py": "pass", "torch/results_dict_pass.py": "pass",
        "torch/private_reported.py": "reported", "torch/silent.py": "silent", "torch/dies.py": "silent",
        "torch/invalid.py": "invalid", "torch/zz_after_death_pass.py": "pass",
    }, {n: (p["kind"], p.get("why") or p.get("invalid")) for n, p in programs.items()}
    assert programs["torch/silent.py"]["why"] == "has_torch: False != True"
    assert "died" in programs["torch/dies.py"]["why"]
    assert programs["tensor/sum_pass.py"]["namespace"] == "Tensor"
    assert programs["torch/results_dict_pass.py"]["namespace"] == "torch"  # from its folder
    text = api_programs.summary(list(programs.values()))
    assert "| all | 7 | 4 (57%) | 1 (14%) | 2 (29%) |" in text, text
    assert "torch/silent.py: has_torch: False != True" in text


def test_compare_follows_assert_same():
    enc = api_programs.encode

    def tensor(values, dtype):
        return ("tensor", np.array(values, dtype=dtype))

    assert api_programs.compare(tensor(1.5, "float32"), tensor([1.5], "float32")) is None  # 0-dim bridge
    assert "shape" in api_programs.compare(tensor([1.5], "float32"), tensor([[1.5]], "float32"))
    assert "dtype int32 != int64" in api_programs.compare(tensor([1], "int64"), tensor([1], "int32"))
    assert "values differ" in api_programs.compare(tensor([1.0], "float32"), tensor([1.1], "float32"))
    assert api_programs.compare(enc(1), enc(True)) == "result: bool != int"
    assert api_programs.compare(enc((1, [2.0])), enc((1, [2.0]))) is None
    assert "expected a tuple" in api_programs.compare(enc((1,)), enc([1]))
    assert api_programs.compare(("size", (2, 3)), enc([2, 3])) is None
    assert api_programs.compare(("dtype", "int64"), ("dtype", "int64")) is None
