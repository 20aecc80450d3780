"""torch.multiprocessing (mappings/multiprocessing.py, runtime processes.py): PyTorch's process
trains the shared model in a child process; the conversion runs the target in the calling process
(Jittor's Vars cannot be shared with another process). Run in both frameworks from the same
weights: the parent reads the same trained parameters, the same exit codes and errors; and the
converter says at each process call that the processes run one after another."""
import pathlib
import pickle
import subprocess
import sys

import parity
import pytest
from parity import assert_same, convert_checked, exec_code, make_inputs, to_jittor

from torch2jittor import convert_source
from torch2jittor import diagnostics as D

pytestmark = pytest.mark.frameworks

HEADER = ("import numpy as np\nimport torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
          "import torch.multiprocessing as mp\n")
# one process trains the model the parent made, through shared memory in PyTorch
TRAIN = ("def train(rank, model, steps):\n"
         "    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)\n"
         "    for _ in range(steps):\n"
         "        opt.zero_grad()\n"
         "        F.mse_loss(model(torch.ones(4, 3)), torch.zeros(4, 2)).backward()\n"
         "        opt.step()\n"
         "def model_from(w):\n"
         "    model = nn.Linear(3, 2)\n"
         "    with torch.no_grad():\n"
         "        model.weight.copy_(w)\n"
         "        model.bias.zero_()\n"
         "    model.share_memory()\n"
         "    return model\n")


def case(covers, code, *inputs, id=None):
    keys = covers.split()
    return pytest.param(keys, TRAIN + code, list(inputs), 1e-5, 1e-5, id=id or keys[0].split(".")[-1])


CASES = [
    case("torch.multiprocessing.Process",
         "def f(w):\n    model = model_from(w)\n"
         "    p = mp.Process(target=train, args=(0, model, 3))\n    p.start()\n    p.join()\n"
         "    return model.weight.detach(), model.bias.detach(), p.exitcode, p.is_alive()", "f2,3"),
    # a target's error ends the process only: exit code 1, the parent goes on
    case("torch.multiprocessing.Process",
         "def f(w):\n    model = model_from(w)\n"
         "    p = mp.Process(target=train, args=(0, model, 'three'))\n    p.start()\n    p.join()\n"
         "    return model.weight.detach(), p.exitcode", "f2,3", id="Process-error"),
    # start_method='fork': PyTorch's child then needs no pickled function
    case("torch.multiprocessing.start_processes",
         "def f(w):\n    model = model_from(w)\n"
         "    mp.start_processes(train, args=(model, 2), nprocs=1, start_method='fork')\n"
         "    return model.weight.detach()", "f2,3"),
    case("torch.multiprocessing.start_processes torch.multiprocessing.ProcessRaisedException",
         "def f(w):\n    model = model_from(w)\n"
         "    try:\n        mp.start_processes(train, args=(model, 'two'), nprocs=1, start_method='fork')\n"
         "    except mp.ProcessRaisedException as e:\n        return 'raised', 'TypeError' in str(e)\n",
         "f2,3"),
    case("torch.multiprocessing.set_start_method torch.multiprocessing.get_start_method "
         "torch.multiprocessing.get_all_start_methods",
         "def f(w):\n    old = mp.get_start_method(allow_none=True)\n"
         "    mp.set_start_method('spawn', force=True)\n    now = mp.get_start_method()\n"
         "    mp.set_start_method(old, force=True)\n    return now, sorted(mp.get_all_start_methods())", "f1"),
]


# The PyTorch side runs in a process of its own: once a process has used autograd's worker threads (earlier
# tests in the same pytest process do), PyTorch's fork-based children cannot run backward ("Unable to handle
# autograd's threading in combination with fork-based multiprocessing", pytorch/pytorch wiki: Autograd-and-Fork).
PYTORCH_RUN = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
import torch
from parity import exec_code, make_inputs, to_torch
source, inputs = pickle.loads(sys.stdin.buffer.read())
namespace = exec_code(source, "case_pt.py")
torch.manual_seed(0)
def plain(v):
    if isinstance(v, torch.Tensor):
        return v.detach().numpy()
    return type(v)(plain(x) for x in v) if isinstance(v, (tuple, list)) else v
result = plain(namespace["f"](*[to_torch(a) for a in make_inputs(inputs, 0)]))
sys.stdout.buffer.write(pickle.dumps(result))
"""


def run_pytorch_alone(source, inputs):
    proc = subprocess.run([sys.executable, "-c", PYTORCH_RUN, str(pathlib.Path(parity.__file__).parent)],
                          input=pickle.dumps((source, inputs)), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return pickle.loads(proc.stdout)


@pytest.mark.parametrize("covers, code, inputs, atol, rtol", CASES)
def test_processes(torch, jittor, covers, code, inputs, atol, rtol):
    source = HEADER + code + "\n"
    result = convert_source(source)
    converted = {name for _, _, name, _ in result.converted}
    assert all(k in converted for k in covers), (covers, sorted(converted))
    namespace = exec_code(convert_checked(source), "case_jt.py")
    jittor.set_global_seed(0)
    actual = namespace["f"](*[to_jittor(a) for a in make_inputs(inputs, 0)])

    def plain(v):
        if isinstance(v, jittor.Var):
            return v.numpy()
        return type(v)(plain(x) for x in v) if isinstance(v, (tuple, list)) else v

    assert_same(run_pytorch_alone(source, inputs), plain(actual), atol, rtol)


def test_each_process_call_says_it_runs_in_this_process():
    result = convert_source(HEADER + TRAIN + "def f(model):\n    p = mp.Process(target=train, args=(0, model, 1))\n"
                            "    mp.start_processes(train, args=(model, 1))\n")
    told = [(d.line, d.api) for d in result.diagnostics if d.kind == D.NOTE]
    assert told == [(20, "torch.multiprocessing.Process"), (21, "torch.multiprocessing.start_processes")]
    assert all("one after another" in d.message for d in result.diagnostics if d.kind == D.NOTE)
    assert not result.unsupported


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py
