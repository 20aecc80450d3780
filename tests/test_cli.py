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


def test_no_path_does_nothing_and_example_converts_the_bundled_seed_alexnet():
    code, out, err = run_cli("convert")
    assert (code, out) == (0, "") and "No Path provided. Nothing to do" in err and "--example" in err
    code, out, err = run_cli("convert", "--example")
    assert code == 0
    assert "def execute(self, x):" in out and "t2j.MaxPool2d(kernel_size=3, stride=2)" in out
    assert "1 file(s) converted" in err


def test_convert_script_converts_the_example_without_arguments(tmp_path):
    """The README's main job, `bash scripts/convert.sh`, with its set-up step stubbed (the venv is ours)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "convert.sh").write_text(open(os.path.join(root, "scripts", "convert.sh")).read())
    (scripts / "setup.sh").write_text("exit 0\n")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "torch2jittor").write_text(f"#!/bin/sh\nexec {sys.executable} -m torch2jittor.cli \"$@\"\n")
    (venv / "bin" / "torch2jittor").chmod(0o755)
    proc = subprocess.run(["bash", str(scripts / "convert.sh")], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "T2J_VENV": str(venv)})
    assert proc.returncode == 0, proc.stderr
    assert "def execute(self, x):" in proc.stdout


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


def test_bad_option_exit_2_with_converts_own_usage():
    code, out, err = run_cli("convert", "--bogus")
    assert code == 2 and out == ""
    assert err.startswith("usage: torch2jittor convert ") and "unrecognized arguments: --bogus" in err
    assert "{verify,weights,bench,convert}" not in err


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",  # a PNG renamed .py
    b"\xa7\r\r\n\x00\x00\x00\x00\x9f\x8b\x15f\xe3\x00\x00\x00",  # a .pyc header
])
def test_binary_file_is_not_a_text_python_file(tmp_path, data):
    path = tmp_path / "image.py"
    path.write_bytes(data)
    code, out, err = run_cli("convert", str(path))
    assert (code, out) == (2, "")
    assert f"error: {path}: not a text/Python file" in err
    assert "encoding declaration" not in err and "Traceback" not in err


def test_output_never_overwrites_an_input_without_in_place(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    a, b = folder / "a.py", folder / "b.py"
    a.write_text(TORCH_CODE)
    b.write_text(TORCH_CODE)
    for args in (
        [str(a), "-o", str(a)],  # the file itself
        [str(a), "-o", str(tmp_path / "d" / ".." / "d" / "a.py")],  # another spelling of it
        [str(a), str(b), "-o", str(folder)],  # several files into their own folder
        [str(a), "-o", str(folder)],  # one file into its own folder
        [str(folder), str(a), "-o", str(tmp_path / "out")],  # mirrored d/a.py beside an input... fine
    ):
        code, out, err = run_cli("convert", *args)
        if args[-1].endswith("out"):
            assert code == 0, err
            continue
        assert code == 2 and "would overwrite this input" in err and "--in-place" in err, (args, err)
        assert a.read_text() == TORCH_CODE and b.read_text() == TORCH_CODE
        assert sorted(p.name for p in folder.iterdir()) == ["a.py", "b.py"]  # no helper module written there
    link = tmp_path / "link.py"
    link.symlink_to(a)
    assert run_cli("convert", str(a), "-o", str(link))[0] == 2
    assert a.read_text() == TORCH_CODE
    # a directory conversion whose mirrored output would land on an input file given beside it
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.py").write_text(TORCH_CODE)
    code, _, err = run_cli("convert", str(folder), str(other / "a.py"), "-o", str(other))
    assert code == 2 and "would overwrite this input" in err
    assert (other / "a.py").read_text() == TORCH_CODE and sorted(p.name for p in other.iterdir()) == ["a.py"]
    assert main(["convert", str(a), "-o", str(a), "--in-place", "-q"]) == 2  # -o with --in-place: refused
    assert main(["convert", str(a), "--in-place", "-q"]) == 0 and a.read_text() == JITTOR_CODE


def test_several_files_without_output_are_refused_not_concatenated(tmp_path):
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.write_text(TORCH_CODE)
    b.write_text(TORCH_CODE)
    code, out, err = run_cli("convert", str(a), str(b))
    assert (code, out) == (2, "") and "standard output takes one file" in err and "-o OUT_DIR" in err
    code, out, err = run_cli("convert", str(a), "-", stdin=TORCH_CODE)
    assert (code, out) == (2, "")
    code, out, _ = run_cli("convert", "--diff", str(a), str(b))  # a diff of several files is one stream
    assert code == 0 and out.count("+act = nn.ReLU()") == 2
    out_dir = tmp_path / "out"
    assert run_cli("convert", str(a), str(b), "-o", str(out_dir))[0] == 0
    assert (out_dir / "a.py").read_text() == (out_dir / "b.py").read_text() == JITTOR_CODE


def test_diff_into_a_closed_pipe_exits_quietly(tmp_path):
    big = tmp_path / "big.py"
    big.write_text("import torch.nn as nn\n" + "".join(f"a{i} = nn.ReLU(inplace=True)\n" for i in range(20000)))
    proc = subprocess.run(
        ["bash", "-c", f'{sys.executable} -m torch2jittor.cli convert --diff {big} | head -2; exit "${{PIPESTATUS[0]}}"'],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.stdout.splitlines() == [f"--- {big}", f"+++ {big} (jittor)"]
    assert proc.stderr == ""  # no BrokenPipeError traceback, no "Exception ignored"
    assert proc.returncode == 141  # as `seq 1000000 | head -2`: killed by SIGPIPE, not an internal error


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
    assert by_name["broken.py"]["status"] == "failed" and by_name["broken.py"]["convert_rate"] is None
    assert by_name["plain.py"]["status"] == "unchanged" and by_name["plain.py"]["convert_rate"] is None
    assert by_name["model.py"]["convert_rate"] == 1.0
    assert data["totals"] == {
        "files": 3, "converted": 1, "unchanged": 1, "failed": 1, "copied": 1,
        "converted_calls": 1, "unsupported": 0, "unsupported_apis": 0, "convert_rate": 1.0,
    }
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
    totals = json.loads(report.read_text())["totals"]
    assert (totals["files"], totals["unsupported_apis"], totals["convert_rate"]) == (1, 1, 0.0)


def test_report_totals_rate_over_all_uses(tmp_path):
    report = tmp_path / "r.json"
    (tmp_path / "a.py").write_text("import torch\ny = torch.flatten(x, 1)\nz = torch.flatten(y)\n")
    (tmp_path / "b.py").write_text(UNSUPPORTED_CODE)
    code, _, _ = run_cli("convert", "--check", str(tmp_path / "a.py"), str(tmp_path / "b.py"), "--report", str(report))
    assert code == 1
    data = json.loads(report.read_text())
    assert [f["convert_rate"] for f in data["files"]] == [1.0, 0.0]
    assert (data["totals"]["converted_calls"], data["totals"]["unsupported_apis"]) == (2, 1)
    assert data["totals"]["convert_rate"] == round(2 / 3, 4)


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


def _screen_lines(raw: str) -> list[str]:
    """What a terminal shows for each line of raw output: a carriage return rewrites from column 0."""
    lines = []
    for line in raw.replace("\r\n", "\n").split("\n"):
        shown = ""
        for part in line.split("\r"):
            shown = part + shown[len(part):]
        lines.append(shown.rstrip())
    return lines


def _project(tmp_path, n=12):
    src = tmp_path / "proj"
    src.mkdir()
    for i in range(n):
        (src / f"m{i:02d}.py").write_text(UNSUPPORTED_CODE)
    return src


def test_progress_bar_on_a_terminal_keeps_diagnostics_on_their_own_lines(tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    src = _project(tmp_path)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "torch2jittor.cli", "convert", str(src), "-o", str(tmp_path / "out")],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=120) == 0
    raw = b"".join(chunks).decode()
    assert "/12" in raw and "file" in raw  # the bar was drawn: "n/12 [... file/s]"
    shown = [line for line in _screen_lines(raw) if line]
    diagnostics = [line for line in shown if "unsupported-api" in line]
    assert len(diagnostics) == 12
    for line in diagnostics:  # each starts at column 0 with its own location: editors can follow it
        assert line.startswith(str(src / "m")) and line.endswith("left as written"), line
    assert shown[-1].startswith("12 file(s) converted")  # the bar is gone at the end


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    src = _project(tmp_path)
    code, _, err = run_cli("convert", str(src), "-o", str(tmp_path / "out"))
    assert code == 0
    assert "\r" not in err and "file/s" not in err and "/12" not in err
    assert err.splitlines()[:12] == [f"{src / f'm{i:02d}.py'}:2:5: unsupported-api: torch.mystery is not supported: "
                                     "left as written" for i in range(12)]
    code, _, err = run_cli("convert", str(src), "-o", str(tmp_path / "out2"), "--progress")
    assert code == 0 and "/12" in err  # asked for: shown anyway
