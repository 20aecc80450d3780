"""The command line: exit codes, stdin, --check, --diff, --strict, --report, directories, safety."""
import json
import os
import subprocess
import sys

import pytest

from torch2jittor.cli import main

TORCH_CODE = "import torch.nn as nn\n\nact = nn.ReLU(inplace=True)  # keep me\n"
JITTOR_CODE = "from jittor import nn\n\nact = nn.ReLU()  # keep me\n"
UNSUPPORTED_CODE = "import torch\ny = torch.mystery(1)\n"


def run_cli(*args, stdin=None):
    """Run the installed console script in a subprocess: the real thing, exit code included."""
    proc = subprocess.run(
        [sys.executable, "-m", "torch2jittor.cli", *args],
        input=stdin, capture_output=True, text=True, timeout=120,
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def torch_file(tmp_path):
    path = tmp_path / "model.py"
    path.write_text(TORCH_CODE)
    return path


def test_default_input_is_the_bundled_seed_alexnet():
    code, out, err = run_cli("convert")
    assert code == 0
    assert "def execute(self, x):" in out and "nn.Pool(kernel_size=3, stride=2, op='maximum')" in out
    assert "1 file(s) converted" in err


def test_stdin_to_stdout():
    code, out, _ = run_cli("convert", "-", stdin=TORCH_CODE)
    assert (code, out) == (0, JITTOR_CODE)


def test_file_to_stdout_leaves_input_untouched(torch_file):
    code, out, _ = run_cli("convert", str(torch_file))
    assert (code, out) == (0, JITTOR_CODE)
    assert torch_file.read_text() == TORCH_CODE


def test_dash_output_is_stdout(torch_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("convert", str(torch_file), "-o", "-")
    assert (code, out) == (0, JITTOR_CODE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py"]  # no file named "-"
    code, _, err = run_cli("convert", str(tmp_path), "-o", "-")
    assert code == 2 and "takes one input file" in err


def test_file_to_output_file(torch_file, tmp_path):
    target = tmp_path / "out" / "model_jt.py"
    code, out, _ = run_cli("convert", str(torch_file), "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text() == JITTOR_CODE


def test_in_place(torch_file):
    assert main(["convert", str(torch_file), "--in-place", "-q"]) == 0
    assert torch_file.read_text() == JITTOR_CODE


def test_check_exit_codes(torch_file, tmp_path):
    code, out, err = run_cli("convert", "--check", str(torch_file))
    assert code == 1 and out == "" and "would convert" in err
    done = tmp_path / "done.py"
    done.write_text(JITTOR_CODE)
    assert run_cli("convert", "--check", str(done))[0] == 0
    assert torch_file.read_text() == TORCH_CODE


def test_diff(torch_file):
    code, out, _ = run_cli("convert", "--diff", str(torch_file))
    assert code == 0
    assert "-act = nn.ReLU(inplace=True)  # keep me" in out
    assert "+act = nn.ReLU()  # keep me" in out
    assert torch_file.read_text() == TORCH_CODE


def test_strict_fails_on_unsupported():
    code, out, err = run_cli("convert", "--strict", "-", stdin=UNSUPPORTED_CODE)
    assert code == 1
    assert "<stdin>:2:5: unsupported-api: torch.mystery" in err
    assert "# torch2jittor: unsupported: torch.mystery" in out
    assert run_cli("convert", "-", stdin=UNSUPPORTED_CODE)[0] == 0


def test_syntax_error_exit_2_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import torch\n\ndef f(:\n    pass\n")
    target = tmp_path / "out.py"
    code, out, err = run_cli("convert", str(bad), "-o", str(target))
    assert code == 2
    assert f"{bad}:3:" in err and "syntax error" in err
    assert not target.exists()  # nothing written for a bad file


def test_missing_input_exit_2(tmp_path):
    code, _, err = run_cli("convert", str(tmp_path / "nope.py"))
    assert code == 2 and "no such file" in err


def test_bad_option_exit_2():
    assert run_cli("convert", "--no-such-option")[0] == 2


def test_directory_is_mirrored_and_bad_files_do_not_stop_the_run(tmp_path):
    src = tmp_path / "proj"
    (src / "pkg").mkdir(parents=True)
    (src / "pkg" / "model.py").write_text(TORCH_CODE)
    (src / "pkg" / "broken.py").write_text("def f(:\n")
    (src / "README.txt").write_text("hello")
    (src / "plain.py").write_text("x = 1\n")
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    code, _, err = run_cli("convert", str(src), "-o", str(out), "--report", str(report))
    assert code == 2  # one file failed: the exit code says so
    assert (out / "pkg" / "model.py").read_text() == JITTOR_CODE
    assert (out / "plain.py").read_text() == "x = 1\n"
    assert (out / "README.txt").read_text() == "hello"
    assert not (out / "pkg" / "broken.py").exists()
    assert "1 failed" in err
    data = json.loads(report.read_text())
    by_name = {os.path.basename(f["path"]): f for f in data["files"]}
    assert by_name["model.py"]["status"] == "converted" and by_name["model.py"]["converted_calls"] == 1
    assert by_name["broken.py"]["status"] == "error"
    assert (src / "pkg" / "model.py").read_text() == TORCH_CODE


def test_output_inside_input_directory_is_refused(tmp_path):
    src = tmp_path / "proj"
    src.mkdir()
    (src / "m.py").write_text(TORCH_CODE)
    code, _, err = run_cli("convert", str(src), "-o", str(src / "converted"))
    assert code == 2 and "inside input directory" in err
    assert not (src / "converted").exists()


def test_directory_needs_an_output(tmp_path):
    assert run_cli("convert", str(tmp_path))[0] == 2


def test_report_lists_unsupported_with_positions(tmp_path):
    report = tmp_path / "r.json"
    code, _, _ = run_cli("convert", "-", "--report", str(report), stdin=UNSUPPORTED_CODE)
    assert code == 0
    (entry,) = json.loads(report.read_text())["files"]
    assert entry["unsupported"][0]["api"] == "torch.mystery"
    assert (entry["unsupported"][0]["line"], entry["unsupported"][0]["col"]) == (2, 5)
    assert entry["convert_rate"] == 0.0


def test_user_mapping_file_on_the_command_line(tmp_path):
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"MyCustomAct": {"pytorch": {"args": ""}, "jittor": {"module": "nn", "name": "MyCustomAct", "args": ""}}}))
    code, out, _ = run_cli("convert", "--mapping", str(mapping), "-", stdin="import torch.nn as nn\nm = nn.MyCustomAct()\n")
    assert (code, out) == (0, "from jittor import nn\nm = nn.MyCustomAct()\n")
    mapping.write_text("{broken")
    assert run_cli("convert", "--mapping", str(mapping), "-", stdin="x = 1\n")[0] == 2


def test_gbk_file_with_coding_cookie_round_trips(tmp_path):
    text = "# -*- coding: gbk -*-\nimport torch.nn as nn\n# 中文注释\nact = nn.ReLU(inplace=True)\n"
    src = tmp_path / "gbk.py"
    src.write_bytes(text.encode("gbk"))
    out = tmp_path / "gbk_jt.py"
    assert main(["convert", str(src), "-o", str(out), "-q"]) == 0
    assert out.read_bytes().decode("gbk") == text.replace("import torch.nn as nn", "from jittor import nn").replace(
        "nn.ReLU(inplace=True)", "nn.ReLU()")


def test_internal_error_exit_123(monkeypatch, tmp_path, capsys):
    import torch2jittor.cli as cli

    def boom(*a, **k):
        raise RuntimeError("bug")

    monkeypatch.setattr(cli, "convert_source", boom)
    path = tmp_path / "m.py"
    path.write_text(TORCH_CODE)
    assert cli.main(["convert", str(path)]) == 123
    assert "internal error" in capsys.readouterr().err
