"""torch.autograd: gradient modes (torch.no_grad, ... from torch/autograd/grad_mode.py), custom
gradients (torch.autograd.Function from torch/autograd/function.py), gradients as values
(torch.autograd.grad, torch/autograd/functional.py) and anomaly mode (torch/autograd/anomaly_mode.py)."""
from ..schema import entry, helper

_FUNCTIONAL = {
    "jacobian": "func, inputs, create_graph=False, strict=False, vectorize=False, strategy='reverse-mode'",
    "hessian": "func, inputs, create_graph=False, strict=False, vectorize=False, "
               "outer_jacobian_strategy='reverse-mode'",
    **{name: "func, inputs, v=None, create_graph=False, strict=False" for name in ("vjp", "jvp", "vhp", "hvp")},
}

ENTRIES = {
    "torch.no_grad": entry("", "jt", "no_grad", ""),
    "torch.enable_grad": entry("orig_func=None", "t2j", "enable_grad", "", delete=["orig_func"]),
    "torch.set_grad_enabled": helper("mode", "set_grad_enabled"),
    "torch.is_grad_enabled": helper("", "is_grad_enabled"),
    # Jittor has no inference tensors: a block without gradients, also as a decorator
    "torch.inference_mode": helper("mode=True", "inference_mode"),
    "torch.is_inference_mode_enabled": helper("", "is_inference_mode_enabled"),
    # a plain tensor since PyTorch 0.4
    "torch.autograd.Variable": helper("data, requires_grad=False, volatile=False", "Variable"),
    "torch.autograd.is_tensor_like": helper("inp", "is_tensor_like"),
    # the helper keeps gradients per parameter (runtime/jittor_compat/optim.py)
    "torch.autograd.backward": entry(
        "tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None, inputs=None",
        "t2j", "backward", "tensor, gradient=None, retain_graph=None, create_graph=False, inputs=None",
        links={"tensors": "tensor", "grad_tensors": "gradient"}, unsupported=["grad_variables"]),
    # forward(ctx, ...)/backward(ctx, ...) on Jittor's Function (execute/grad), `.apply` and ctx kept.
    "torch.autograd.Function": helper("*args, **kwargs", "Function"),
    "torch.autograd.function.once_differentiable": helper("fn", "once_differentiable"),
    # outputs weighted by grad_outputs and summed into the one loss jt.grad takes
    "torch.autograd.grad": helper(
        "outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True, "
        "allow_unused=None, is_grads_batched=False, materialize_grads=False", "grad",
        unsupported=["is_grads_batched"], note="an input the outputs do not reach gets zeros, not None"),
    # one reverse pass per output element (Jittor has neither forward mode nor batched gradients)
    **{f"torch.autograd.functional.{name}": helper(_FUNCTIONAL[name], name) for name in _FUNCTIONAL},
    # functorch's vmap as a loop: func called once per index of the mapped dims, the results stacked (gradients flow)
    "torch.vmap": helper("func, in_dims=0, out_dims=0, randomness='error', *, chunk_size=None", "vmap",
                         note="func runs once per mapped index (a Python loop); a per-call result of shape (1,) is "
                              "taken as PyTorch's 0-d one (Jittor has no 0-d tensors)"),
    # Jittor's backward against central differences in the inputs' dtype (PyTorch's slow mode); no forward mode
    "torch.autograd.gradcheck": helper(
        "func, inputs, *, eps=1e-06, atol=1e-05, rtol=0.001, raise_exception=True, nondet_tol=0.0, "
        "check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False, check_batched_forward_grad=False, "
        "check_forward_ad=False, check_backward_ad=True, fast_mode=False, masked=None", "gradcheck",
        unsupported=["check_batched_grad", "check_batched_forward_grad", "check_forward_ad"]),
    "torch.autograd.gradgradcheck": helper(
        "func, inputs, grad_outputs=None, *, eps=1e-06, atol=1e-05, rtol=0.001, gen_non_contig_grad_outputs=False, "
        "raise_exception=True, nondet_tol=0.0, check_undefined_grad=True, check_grad_dtypes=False, "
        "check_batched_grad=False, check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False, masked=False",
        "gradgradcheck", unsupported=["check_batched_grad", "check_fwd_over_rev"]),
    # Jittor has no anomaly mode: both change nothing
    "torch.autograd.detect_anomaly": helper("check_nan=True", "detect_anomaly"),
    "torch.autograd.set_detect_anomaly": helper("mode, check_nan=True", "set_detect_anomaly"),
}

# torch re-exports these from torch.autograd.grad_mode.
ALIASES = {
    "torch.func.vmap": "torch.vmap",
    "torch.autograd.no_grad": "torch.no_grad",
    "torch.autograd.grad_mode.no_grad": "torch.no_grad",
    "torch.autograd.function.Function": "torch.autograd.Function",
    "torch.autograd.enable_grad": "torch.enable_grad",
    "torch.autograd.inference_mode": "torch.inference_mode",
    "torch.autograd.grad_mode.inference_mode": "torch.inference_mode",
    "torch.autograd.variable.Variable": "torch.autograd.Variable",
    "torch.autograd.grad_mode.enable_grad": "torch.enable_grad",
    "torch.autograd.set_grad_enabled": "torch.set_grad_enabled",
    "torch.autograd.grad_mode.set_grad_enabled": "torch.set_grad_enabled",
    "torch.autograd.anomaly_mode.detect_anomaly": "torch.autograd.detect_anomaly",
    "torch.autograd.anomaly_mode.set_detect_anomaly": "torch.autograd.set_detect_anomaly",
}
