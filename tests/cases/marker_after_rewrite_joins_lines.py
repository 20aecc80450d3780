import torch


def f(a, b: torch.Tensor):
    return (torch.mystery(0.5) + a) * b.to(
        dtype=torch.float32
    )

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j
torch = t2j.unsupported('torch')


def f(a, b: jt.Var):
    return (torch.mystery(0.5) + a) * b.float32()  # torch2jittor: unsupported: torch.mystery
# diagnostics
# unsupported-api 5:13 torch.mystery
