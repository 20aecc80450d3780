"""Subclasses of torch layers that pass PyTorch's arguments on (timm's `LayerNorm(nn.LayerNorm)` with
`super().__init__(..., **kwargs)`, `Linear(..., **dd)` with device/dtype): built and run both ways."""
import pytest
from parity import assert_same, convert_checked, exec_code, make_input

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch.nn as nn


class LayerNorm(nn.LayerNorm):
    def __init__(self, num_channels, eps=1e-6, affine=True, **kwargs):
        super().__init__(num_channels, eps=eps, elementwise_affine=affine, **kwargs)


class Linear(nn.Linear):
    pass


class PositionalLinear(nn.Linear):
    # device and dtype passed by position (pytorch/examples mnist_forward_forward's Layer)
    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__(in_features, out_features, bias, device, dtype)


class Net(nn.Module):
    def __init__(self, device=None, dtype=None):
        super().__init__()
        dd = {"device": device, "dtype": dtype}
        self.norm = LayerNorm(4, **dd)
        self.fc = Linear(4, 3, bias=True, **dd)
        self.act = nn.LeakyReLU(**{"negative_slope": 0.2, "inplace": False})
        self.head = PositionalLinear(3, 2, False, device, dtype)

    def forward(self, x):
        return self.head(self.act(self.fc(self.norm(x))))
'''



def test_layer_subclasses_take_pytorch_arguments(torch, jittor):
    pt = {}
    exec(compile(SOURCE, "subclasses_pt.py", "exec"), pt)
    torch.manual_seed(0)
    model = pt["Net"](device="cpu", dtype=torch.float32).eval()
    jt_ns = exec_code(convert_checked(SOURCE), "subclasses_jt.py")
    jt_model = jt_ns["Net"](device="cpu", dtype=None)
    jt_model.eval()
    jt_model.load_parameters({k: v.detach().numpy() for k, v in model.state_dict().items()})
    x = make_input("f2,4")
    with torch.no_grad():
        expected = model(torch.from_numpy(x))
    assert_same(expected, jt_model(jittor.array(x)), atol=1e-6)
    assert isinstance(jt_model.fc, jittor.nn.Linear)
    assert jt_model.head.bias is None and model.head.bias is None
