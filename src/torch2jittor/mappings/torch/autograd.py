"""torch.autograd: gradient modes (torch.no_grad, ... from torch/autograd/grad_mode.py) and custom
gradients (torch.autograd.Function from torch/autograd/function.py)."""
from ..schema import entry, helper

ENTRIES = {
    "torch.no_grad": entry("", "jt", "no_grad", ""),
    "torch.enable_grad": entry("orig_func=None", "t2j", "enable_grad", "", delete=["orig_func"]),
    "torch.set_grad_enabled": helper("mode", "set_grad_enabled"),
    "torch.is_grad_enabled": helper("", "is_grad_enabled"),
    # the helper keeps gradients per parameter (runtime/jittor_compat/optim.py)
    "torch.autograd.backward": entry(
        "tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None, inputs=None",
        "t2j", "backward", "tensor, gradient=None, retain_graph=None, create_graph=False, inputs=None",
        links={"tensors": "tensor", "grad_tensors": "gradient"}, unsupported=["grad_variables"]),
    # forward(ctx, ...)/backward(ctx, ...) on Jittor's Function (execute/grad), `.apply` and ctx kept.
    "torch.autograd.Function": helper("*args, **kwargs", "Function"),
    "torch.autograd.function.once_differentiable": helper("fn", "once_differentiable"),
}

# torch re-exports these from torch.autograd.grad_mode.
ALIASES = {
    "torch.autograd.no_grad": "torch.no_grad",
    "torch.autograd.grad_mode.no_grad": "torch.no_grad",
    "torch.autograd.function.Function": "torch.autograd.Function",
}
