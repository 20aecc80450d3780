"""The seed-compatible API (convert, pjmap, pjmap_append) and the richer convert_source."""
import ast
import copy
import json

import pytest

import torch2jittor
from torch2jittor import ConversionError, convert, convert_source, load_mapping_file, pjmap, pjmap_append
from torch2jittor.diagnostics import UNSUPPORTED_API


@pytest.fixture
def restore_pjmap():
    saved = copy.deepcopy(pjmap)
    yield
    pjmap.clear()
    pjmap.update(saved)


def test_pjmap_entries_have_the_seed_schema():
    assert len(pjmap) >= 40
    for key, entry in pjmap.items():
        assert set(entry) >= {"pytorch", "jittor", "links", "extras", "delete"}, key
        assert "args" in entry["pytorch"], key
        assert set(entry["jittor"]) >= {"module", "name", "args"}, key
        assert isinstance(entry["links"], dict) and isinstance(entry["extras"], dict), key
        assert isinstance(entry["delete"], list), key
    # keyed as the seed keys them; AvgPool2d goes to the helper module, not Jittor's Pool, which
    # raises on a map no larger than the kernel (the seed's own pjmap_append example still works)
    assert pjmap["AvgPool2d"]["jittor"] == {"module": "t2j", "name": "AvgPool2d",
                                            "args": pjmap["AvgPool2d"]["pytorch"]["args"]}
    assert pjmap["uniform_"]["links"] == {"tensor": "var", "a": "low", "b": "high"}
    assert pjmap["ReLU"]["delete"] == ["inplace"]


def test_seed_pjmap_append_avgpool_example(restore_pjmap):
    # Verbatim from the seed (the Jittor tutorial, part 2).
    pjmap_append(pytorch_func_name='AvgPool2d',
                 pytorch_args='kernel_size, stride=None, padding=0, dilation=1, return_indices=False',
                 jittor_func_module='nn',
                 jittor_func_name='Pool',
                 jittor_args='kernel_size, stride=None, padding=0, dilation=None, return_indices=None, ceil_mode=False, op="maximum"',
                 extras={"op": "'mean'"})
    assert pjmap["AvgPool2d"]["pytorch"]["args"].startswith("kernel_size, stride=None")
    out = convert("from torch import nn\npool = nn.AvgPool2d(kernel_size=2, stride=2)\n")
    assert out == "from jittor import nn\npool = nn.Pool(kernel_size=2, stride=2, op='mean')\n"


def test_pjmap_append_new_entry_is_used(restore_pjmap):
    pjmap_append("Hardswish", "inplace=False", "nn", "Hardswish", "", delete=["inplace"])
    out = convert("import torch.nn as nn\nact = nn.Hardswish(inplace=True)\n")
    assert out == "from jittor import nn\nact = nn.Hardswish()\n"


def test_pjmap_edits_in_place_take_effect(restore_pjmap):
    pjmap["ReLU"]["jittor"]["name"] = "MyReLU"
    assert "nn.MyReLU()" in convert("import torch.nn as nn\nr = nn.ReLU()\n")


def test_pjmap_append_rejects_a_broken_argument_list(restore_pjmap):
    with pytest.raises(ValueError, match="'Broken'"):
        pjmap_append("Broken", "a, b=", "nn", "Broken", "")


def test_user_mapping_file_json(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({
        "MyCustomAct": {"pytorch": {"args": "inplace=False"}, "jittor": {"module": "nn", "name": "MyCustomAct", "args": ""},
                 "links": {}, "extras": {}, "delete": ["inplace"]},
    }))
    entries = load_mapping_file(path)
    result = convert_source("import torch.nn as nn\nm = nn.MyCustomAct(inplace=True)\n", extra_mapping=entries)
    assert result.code == "from jittor import nn\nm = nn.MyCustomAct()\n"
    assert "MyCustomAct" not in pjmap  # a user file does not leak into the global table


def test_user_mapping_file_python_literal(tmp_path):
    path = tmp_path / "mine.py"
    path.write_text("pjmap = {'MyCustomAct': {'pytorch': {'args': ''}, 'jittor': {'module': 'nn', 'name': 'MyCustomAct', 'args': ''}}}\n")
    assert "MyCustomAct" in load_mapping_file(path)


def test_user_mapping_file_errors_name_the_problem(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"X": {"pytorch": {"args": ""}}}')
    with pytest.raises(ValueError, match="bad.json.*'X'.*jittor"):
        load_mapping_file(bad)
    bad.write_text("{not json")
    with pytest.raises(ValueError, match=r"bad.json:1:2: invalid JSON"):
        load_mapping_file(bad)


def test_convert_source_reports_unsupported_with_position():
    code = "import torch\n\ny = torch.flatten(x)\nz = torch.fft_magic(y, 3)\n"
    result = convert_source(code, filename="m.py")
    (diag,) = result.unsupported
    assert (diag.kind, diag.line, diag.col, diag.api) == (UNSUPPORTED_API, 4, 5, "torch.fft_magic")
    assert diag.format("m.py") == "m.py:4:5: unsupported-api: torch.fft_magic is not supported: left as written"
    (line,) = [line for line in result.code.splitlines() if "torch.fft_magic(" in line]
    assert line.endswith("# torch2jittor: unsupported: torch.fft_magic")
    # The name `torch` the unsupported call still uses is bound to the helper module's stand-in.
    assert "torch = t2j.unsupported('torch')" in result.code.splitlines()
    assert result.convert_rate == 0.5
    assert [c[2] for c in result.converted] == ["torch.flatten"]


def test_columns_count_characters_not_bytes():
    code = "import torch\ns = '中文'; z = torch.unknown_op(1)\n"
    (diag,) = convert_source(code).unsupported
    assert diag.col == code.splitlines()[1].index("torch.unknown_op") + 1


def test_syntax_error_names_file_and_line():
    with pytest.raises(ConversionError) as info:
        convert_source("import torch\ndef f(:\n    pass\n", filename="bad.py")
    assert info.value.filename == "bad.py" and info.value.line == 2
    assert info.value.format().startswith("bad.py:2:")


def test_crlf_line_endings_are_kept():
    code = "import torch.nn as nn\r\n\r\nact = nn.ReLU(inplace=True)  # note\r\n"
    out = convert(code)
    assert out == "from jittor import nn\r\n\r\nact = nn.ReLU()  # note\r\n"


def test_output_never_has_raise_or_paconvert_markers():
    code = "import torch\nx = torch.a(1) + torch.b(2)\ny = (torch.c(\n  3))\n"
    out = convert(code)
    ast.parse(out)
    assert "raise" not in out and ">>>>>>" not in out
    assert convert(out) == out


def test_nested_rewrites_inside_arguments():
    code = "import torch\nimport torch.nn.functional as F\ny = torch.cat([F.relu(x, inplace=True), torch.flatten(x, 1)], dim=1)\n"
    # x is read again after the in-place relu (PyTorch flattens the relu'd x): the write is kept
    assert convert(code).splitlines()[-1] == "y = jt.concat([t2j.inplace_(x, nn.relu(x)), jt.flatten(x, 1)], dim=1)"


def test_name_clash_with_jittor_alias_gets_another_alias():
    code = "import torch\nnn = 3\ny = torch.flatten(x)\nm = torch.nn.ReLU()\n"
    out = convert(code)
    assert "from jittor import nn as jittor_nn" in out
    assert "m = jittor_nn.ReLU()" in out and "nn = 3" in out


def test_star_import_from_torch_nn_resolves_known_names():
    out = convert("from torch.nn import *\nlayer = Conv2d(1, 2, 3)\nother = Foo()\n")
    assert out == "from jittor import nn\nlayer = nn.Conv(1, 2, 3)\nother = Foo()\n"


def test_version_is_exposed():
    assert torch2jittor.__version__
