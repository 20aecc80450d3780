"""Device and backend queries, `.to(...)`, `Tensor.type`, `new_zeros(*size)`,
`next(model.parameters())` (mappings/torch/cuda.py, mappings/tensor.py, rules/device_move.py,
rules/module_iterators.py): the same code run in both frameworks gives the same answers, values
and dtypes. Casts are kept; only moves to a device are dropped."""
import numpy as np
import pytest
from parity import assert_same, convert_checked, exec_code, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

QUERIES = '''
import torch
import torch.backends.cudnn as cudnn


def queries():
    torch.backends.cudnn.benchmark = True
    cudnn.deterministic = True
    torch.backends.cuda.matmul.allow_tf32 = False
    use_accel = torch.accelerator.is_available()
    device = torch.accelerator.current_accelerator() if use_accel else torch.device("cpu")
    torch.cuda.empty_cache()
    return [use_accel, str(device), torch.accelerator.device_count(), torch.accelerator.current_accelerator(True),
            torch.cuda.is_available(), torch.cuda.device_count(), torch.backends.mps.is_available(),
            torch.backends.mps.is_built(), cudnn.benchmark, torch.backends.cudnn.deterministic,
            torch.backends.cuda.matmul.allow_tf32]
'''

CONVERSIONS = '''
import torch
import torch.nn as nn


def conversions(x: torch.Tensor, y: torch.Tensor, device, dt):
    return [x.type(torch.float64), x.type(torch.int64), x.type("torch.LongTensor"), x.to(y), x.to(y.dtype),
            x.to(dt), x.to(device), x.to("cpu", torch.float64), x.to(device, dtype=torch.int32),
            x.to(dtype=dt), x.to(torch.float16).float(), x.new_zeros(2, 3), x.new_zeros((2, 3), dtype=torch.int64),
            x.new_ones(4), x.new_ones([2, 2], dtype=dt), x.new_empty(3).shape]


def type_names(x: torch.Tensor, i: torch.Tensor):
    return [x.type(), i.type(), x.double().type(), (i > 0).type()]


class Box:
    """A user object with its own `.to`: it must still be called."""

    def to(self, *args, **kwargs):
        self.moved = args
        return self


def unknown_receivers(x, model, box, device):
    return [x.to(device), x.to(device, torch.float64), x.to(dtype=torch.int32), model.to(device) is model,
            box.to(device).moved == (device,)]


def first_parameter(model):
    model = model.to(torch.device("cpu"))
    p = next(model.parameters())
    return p.shape, str(p.dtype), len(list(model.parameters()))
'''

COVERED = {
    "torch.accelerator.is_available", "torch.accelerator.current_accelerator", "torch.accelerator.device_count",
    "torch.cuda.empty_cache", "torch.backends.cudnn", "torch.backends.cuda", "torch.backends.mps.is_available",
    "torch.backends.mps.is_built", "torch.Tensor.type", "torch.Tensor.new_zeros", "torch.Tensor.new_ones", "torch.Tensor.new_empty",
}


def test_device_and_backend_queries(torch, jittor):
    code = convert_checked(QUERIES)
    pt = exec_code(QUERIES, "queries_pt.py")["queries"]()
    jt = exec_code(code, "queries_jt.py")["queries"]()
    assert jt == pt  # this machine has no GPU: no accelerator in either
    assert pt[-3:] == [True, True, False]  # settings read back as set


def _converted(code):
    """convert_checked, but the code holds the type name string "torch.LongTensor" on purpose."""
    result = convert_source(code)
    assert not result.unsupported, [d.format() for d in result.unsupported]
    assert "import torch" not in result.code and "torch." not in result.code.replace('"torch.LongTensor"', "")
    return result.code


def test_casts_are_kept_and_device_moves_dropped(torch, jittor):
    code = _converted(CONVERSIONS)
    assert ".to(" not in code.replace("tensor_to(", "")
    pt_ns, jt_ns = exec_code(CONVERSIONS, "conv_pt.py"), exec_code(code, "conv_jt.py")
    x = np.array([[1.5, -2.25, 3.0]], "float32")
    y = np.array([1.0], "float64")
    pt = pt_ns["conversions"](torch.from_numpy(x), torch.from_numpy(y), torch.device("cpu"), torch.int16)
    jt = jt_ns["conversions"](jittor.array(x), jittor.array(y).float64(), jt_ns["t2j"].device("cpu"),
                              jittor.int16)
    assert_same(pt, jt)


def test_type_names(torch, jittor):
    code = _converted(CONVERSIONS)
    pt_ns, jt_ns = exec_code(CONVERSIONS, "names_pt.py"), exec_code(code, "names_jt.py")
    x, i = np.ones((2,), "float32"), np.arange(3)
    pt = pt_ns["type_names"](torch.from_numpy(x), torch.from_numpy(i))
    jt = jt_ns["type_names"](jittor.array(x), jittor.array(i).int64())
    assert jt == pt == ["torch.FloatTensor", "torch.LongTensor", "torch.DoubleTensor", "torch.BoolTensor"]


def test_next_of_parameters(torch, jittor):
    code = _converted(CONVERSIONS)
    assert "next(t2j.module_parameters(model))" in code  # a generator, as PyTorch's (Jittor's is a list)
    pt = exec_code(CONVERSIONS, "first_pt.py")["first_parameter"](torch.nn.Linear(3, 2))
    jt_shape, jt_dtype, jt_count = exec_code(code, "first_jt.py")["first_parameter"](jittor.nn.Linear(3, 2))
    assert_same((pt[0], pt[1].replace("torch.", ""), pt[2]), (jt_shape, jt_dtype.replace("torch.", ""), jt_count))


def test_to_on_receivers_not_provably_tensors(torch, jittor):
    """Plain parameters of a function: a Var, a Module (Jittor's has no .to) and a user object."""
    code = _converted(CONVERSIONS)
    pt_ns, jt_ns = exec_code(CONVERSIONS, "unknown_pt.py"), exec_code(code, "unknown_jt.py")
    x = np.array([1.5, -2.0], "float32")
    pt = pt_ns["unknown_receivers"](torch.from_numpy(x), torch.nn.Linear(2, 2), pt_ns["Box"](), torch.device("cpu"))
    jt = jt_ns["unknown_receivers"](jittor.array(x), jittor.nn.Linear(2, 2), jt_ns["Box"](),
                                    jt_ns["t2j"].device("cpu"))
    assert_same(pt[:3], jt[:3])
    assert jt[3:] == pt[3:] == [True, True]


CUDA_SEEDS_CODE = '''
def f(x):
    torch.cuda.manual_seed(0)
    torch.cuda.manual_seed_all(0)
    if torch.cuda.is_available():  # PyTorch refuses without a GPU; the Jittor side's sync runs below
        torch.cuda.synchronize()
    return torch.cuda.is_available(), torch.cuda.device_count()
'''


def test_seeds_availability_and_synchronize(torch, jittor):
    both = run_both(CUDA_SEEDS_CODE, ["f1"])
    assert_same(both.expected, both.actual)
    sync = exec_code(convert_checked("import torch\n\n\ndef f(x):\n    torch.cuda.synchronize()\n    return x\n"), "s.py")
    assert sync["f"](5) == 5  # Jittor's sync_all: runs without a GPU too


COVERED |= {"torch.cuda.manual_seed", "torch.cuda.manual_seed_all", "torch.cuda.is_available", "torch.cuda.device_count",
            "torch.cuda.synchronize"}
