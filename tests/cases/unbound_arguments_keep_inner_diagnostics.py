import torch
import torch.nn.functional as F


def f(x, v):
    # Five positional arguments for F.log_softmax's four: its arguments are left as written, and
    # the unsupported call among them is still reported.
    return F.log_softmax(x, 1, torch.not_a_torch_api(v, 1), None, 0)


# output
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j
torch = t2j.unsupported('torch')


def f(x, v):
    # Five positional arguments for F.log_softmax's four: its arguments are left as written, and
    # the unsupported call among them is still reported.
    return t2j.log_softmax(x, 1, torch.not_a_torch_api(v, 1), None, 0)  # torch2jittor: unsupported: torch.not_a_torch_api

# diagnostics
# unbound-arguments 8:12 log_softmax
# unsupported-api 8:32 torch.not_a_torch_api
