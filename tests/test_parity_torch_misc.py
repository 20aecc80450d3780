"""torch's top-level utilities (mappings/torch/core.py, random.py, cuda.py, ..., runtime/compat_misc.py), run in both
frameworks: the same values come out, and a file PyTorch saved loads into the converted code."""
import numpy as np
import pytest
from parity import assert_same, convert_checked, exec_code, to_numpy

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
from torch.nn.modules.utils import _pair, _quadruple, _single, _triple


class Scaled(torch.nn.Module):
    scale: torch.jit.Final[float]

    def __init__(self):
        super().__init__()
        self.scale = 2.0
        self.lin = torch.nn.Linear(3, 2)

    def forward(self, x, shape: torch.jit.annotations.List[int]):
        return self.lin(x) * self.scale + len(shape)


def annotated(a: torch.jit.annotations.Tuple[int, int], b: torch.jit.annotations.Dict[str, int],
              c: torch.jit.annotations.Optional[int] = None) -> int:
    return a[0] + len(b) + (c or 0)


def values(folder):
    out = [torch.pi, torch.e, torch.inf, float(torch.isnan(torch.tensor(torch.nan)))]
    out += [torch.finfo(torch.float32).eps, torch.finfo(torch.float16).max, torch.finfo().tiny,
            torch.iinfo(torch.int32).max, torch.iinfo(torch.int64).min, torch.iinfo(torch.uint8).max]
    dev = torch.device("cuda:1")
    out += [str(dev), dev.type, dev.index, str(torch.device("cpu")), torch.device("cpu", 0).index,
            torch.device("cpu") == torch.device("cpu"), dev == torch.device("cuda", 1), repr(torch.device("cpu"))]
    size = torch.Size([2, 3, 4])
    out += [size.numel(), tuple(size), isinstance(size, tuple)]
    out += [torch.get_default_dtype() == torch.float32, torch.ones(2).dtype == torch.get_default_dtype()]
    out += [torch.is_tensor(torch.ones(2)), torch.is_tensor([1.0]), isinstance(torch.float32, torch.dtype)]
    out += [torch.cuda.is_available(), torch.cuda.device_count()]
    torch._check(True, lambda: "never built")
    try:
        torch._check(1 > 2, lambda: "one is not greater than two")
    except RuntimeError as exc:
        out.append(str(exc))
    out += [_single(3), _pair(3), _pair([1, 2]), _triple(1), _quadruple((1, 2, 3, 4))]
    with torch.set_grad_enabled(False):
        out.append(torch.is_grad_enabled())
        with torch.enable_grad():
            out.append(torch.is_grad_enabled())
        out.append(torch.is_grad_enabled())
    out.append(torch.is_grad_enabled())
    out.append(annotated((1, 2), {"k": 3}, 4))
    torch.manual_seed(0)
    torch.random.manual_seed(0)
    torch.cuda.manual_seed(0)
    torch.cuda.manual_seed_all(0)
    if torch.cuda.is_available():  # PyTorch refuses without a GPU; the Jittor side runs it below
        torch.cuda.synchronize()
    model = Scaled()
    state = {"model": model.state_dict(), "epoch": 7, "history": [0.5, 0.25], "ids": torch.arange(3)}
    torch.save(state, folder + "/ckpt.pt")
    back = torch.load(folder + "/ckpt.pt", map_location="cpu", weights_only=False)
    out += [back["epoch"], back["history"], back["ids"], back["ids"].dtype == torch.int64,
            sorted(back["model"]), back["model"]["lin.weight"]]
    return out


def load_from(path):
    """Load a checkpoint PyTorch wrote (its zip format) into a model."""
    model = Scaled()
    model.load_state_dict(torch.load(path, map_location="cpu"))
    return model(torch.ones(1, 3), [1, 2]), model.lin.weight
'''


def test_values_match(torch, jittor, tmp_path):
    code = convert_checked(SOURCE)
    (tmp_path / "pt").mkdir()
    (tmp_path / "jt").mkdir()
    expected = exec_code(SOURCE, "misc_pt.py")["values"](str(tmp_path / "pt"))
    actual = exec_code(code, "misc_jt.py")["values"](str(tmp_path / "jt"))
    assert_same(expected[:-1], actual[:-1], atol=0, rtol=0)
    # the last: a freshly initialised weight, random in each framework (round trip checked below)
    weight, jt_weight = to_numpy(expected[-1]), to_numpy(actual[-1])
    assert jt_weight.shape == weight.shape and jt_weight.dtype == weight.dtype


def test_round_trip_and_torch_checkpoint_load(torch, jittor, tmp_path):
    code = convert_checked(SOURCE)
    pt_ns, jt_ns = exec_code(SOURCE, "misc_pt.py"), exec_code(code, "misc_jt.py")
    torch.manual_seed(1)
    pt_model = pt_ns["Scaled"]()
    torch.save(pt_model.state_dict(), str(tmp_path / "torch_written.pth.tar"))  # zip format, any name
    expected, weight = pt_ns["load_from"](str(tmp_path / "torch_written.pth.tar"))
    actual, jt_weight = jt_ns["load_from"](str(tmp_path / "torch_written.pth.tar"))
    assert_same(weight, jt_weight, atol=0, rtol=0)
    assert_same(expected, actual, atol=0, rtol=1e-6)
    # the converted code's own save/load round trip keeps values and dtypes
    jt_values = jt_ns["values"]
    (tmp_path / "again").mkdir()
    out = jt_values(str(tmp_path / "again"))
    ids = to_numpy(out[-4])
    assert ids.dtype == np.int64 and ids.tolist() == [0, 1, 2]
    sync = exec_code(convert_checked("import torch\n\n\ndef f(x):\n    torch.cuda.synchronize()\n    return x\n"), "s.py")
    assert sync["f"](5) == 5  # Jittor's sync_all: runs without a GPU too


COVERED = {
    "torch.pi", "torch.e", "torch.inf", "torch.nan", "torch.finfo", "torch.iinfo", "torch.device", "torch.dtype",
    "torch.Size", "torch.get_default_dtype", "torch.manual_seed", "torch.cuda.manual_seed_all",
    "torch.cuda.is_available", "torch.cuda.device_count", "torch.is_tensor", "torch._check", "torch.enable_grad",
    "torch.set_grad_enabled", "torch.is_grad_enabled", "torch.save", "torch.load", "torch.nn.modules.utils._single",
    "torch.nn.modules.utils._pair", "torch.nn.modules.utils._triple", "torch.nn.modules.utils._quadruple",
    "torch.jit.Final", "torch.jit.annotations.List", "torch.jit.annotations.Tuple", "torch.jit.annotations.Dict",
    "torch.jit.annotations.Optional", "torch.random.manual_seed", "torch.cuda.manual_seed", "torch.cuda.synchronize",
}
