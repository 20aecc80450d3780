"""Every torch-API helper that reads a tensor's values into numpy is known: either its table entries
carry a note the converter reports at each call (mappings NUMPY_HELPER_NOTES: no gradient, no GPU),
or it reads only positions, masks, counts or argument values into numpy and its result keeps the
gradient PyTorch's has (listed here with the reason). The notes reach the user: at the call, as a
`note` diagnostic that does not count as unsupported, printed by the CLI."""
import ast
import pathlib
import subprocess
import sys

import pytest

from torch2jittor import convert_source
from torch2jittor.diagnostics import NOTE
from torch2jittor.mappings import BUILTIN_ENTRIES, NUMPY_HELPER_NOTES, NUMPY_NOTE

RUNTIME = pathlib.Path(__file__).resolve().parents[1] / "src" / "torch2jittor" / "runtime" / "jittor_compat"
AUDITED = sorted(RUNTIME.glob("ops/*.py")) + [RUNTIME / "tensor_methods.py"]

# Helpers whose numpy reads leave the result's gradient as PyTorch's (or PyTorch has none to give).
KEEPS_GRADIENT = {
    "tensor_numpy": "x.numpy() itself: its result is a numpy array in PyTorch too",
    "index_fill": "the filled positions (a mask); the values stay Jittor's",
    "masked_scatter": "the positions; the values are scattered with their gradient",
    "put": "the positions; the values are scattered with their gradient",
    "index_put": "the positions; the values are scattered with their gradient",
    "tensordot": "dims given as a tensor",
    "repeat_interleave": "the repeat counts (integers)",
    "tensor_split": "split points given as a tensor",
    "cummax": "the running arg-extremes; the values are gathered with their gradient",
    "cummin": "the running arg-extremes; the values are gathered with their gradient",
    "median": "the picked index; the value is gathered with its gradient",
    "nanmedian": "the picked index; the value is gathered with its gradient",
    "mode": "the picked index; the value is gathered with its gradient",
    "kthvalue": "the picked index; the value is gathered with its gradient",
    "tensor_nansum": "the NaN mask; the values stay Jittor's",
    "tensor_nanmean": "the NaN mask; the values stay Jittor's",
    "tensor_angle": "the NaN mask; the values stay Jittor's",
    "tensor_new_tensor": "creation from data (no gradient in PyTorch either)",
    "tensor": "creation from data", "legacy_tensor": "creation from data", "logspace": "creation",
}


def _numpy_readers(path):
    """Public functions of a module reading a Var into numpy, directly or through the module's
    private functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}

    def reads(fn, seen):
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "numpy":
                return True
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in functions
                    and node.func.id.startswith("_") and node.func.id not in seen):
                if reads(functions[node.func.id], seen | {node.func.id}):
                    return True
        return False

    readers = {name for name, fn in functions.items() if not name.startswith("_") and reads(fn, {name})}
    # functions made by a private factory (`gcd = _integer_numpy("gcd", np.gcd)`)
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                and node.value.func.id in functions and reads(functions[node.value.func.id], set())):
            readers |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return readers


@pytest.mark.parametrize("path", AUDITED, ids=[p.stem for p in AUDITED])
def test_every_numpy_reader_has_a_note_or_keeps_its_gradient(path):
    unknown = _numpy_readers(path) - set(NUMPY_HELPER_NOTES) - set(KEEPS_GRADIENT)
    assert not unknown, f"{path.name}: add to mappings NUMPY_HELPER_NOTES or to KEEPS_GRADIENT here: {sorted(unknown)}"


def test_the_exceptions_are_all_numpy_readers():
    readers = set().union(*(_numpy_readers(p) for p in AUDITED))
    assert set(KEEPS_GRADIENT) <= readers, sorted(set(KEEPS_GRADIENT) - readers)


def test_every_entry_of_a_numpy_helper_has_its_note():
    missing = [k for k, raw in BUILTIN_ENTRIES.items()
               if raw["jittor"]["module"] == "t2j" and raw["jittor"]["name"] in NUMPY_HELPER_NOTES and not raw.get("note")]
    assert not missing


def test_notes_are_reported_at_the_call_and_are_not_unsupported():
    result = convert_source("import torch\ndef f(x: torch.Tensor):\n    return torch.nan_to_num(x), x.nan_to_num()\n")
    notes = [(d.kind, d.line, d.col, d.api, d.message) for d in result.diagnostics]
    assert notes == [(NOTE, 3, 12, "torch.nan_to_num", f"torch.nan_to_num: {NUMPY_NOTE}"),
                     (NOTE, 3, 33, "torch.Tensor.nan_to_num", f"torch.Tensor.nan_to_num: {NUMPY_NOTE}")]
    assert result.unsupported == []


def test_notes_in_deleted_arguments_go_with_them():
    """An argument Jittor has no use for is deleted with what it held: no note for a call that is gone."""
    result = convert_source("import torch\ndef f(x: torch.Tensor):\n"
                            "    return torch.zeros(3, device=torch.quantile(x, 0.5).device)\n")
    assert [d for d in result.diagnostics if d.kind == NOTE] == []


def test_the_command_line_prints_notes(tmp_path):
    src = tmp_path / "a.py"
    src.write_text("import torch\ndef f(x: torch.Tensor):\n    return torch.quantile(x, 0.5)\n")
    proc = subprocess.run([sys.executable, "-m", "torch2jittor.cli", "convert", str(src), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, check=True)
    assert f"{src}:3:12: note: torch.quantile: {NUMPY_NOTE}" in proc.stderr
    assert "0 unsupported" in proc.stderr
