"""torch.Tensor methods -> jittor.Var methods (module ''), rewritten only on provable tensors."""
from ._schema import entry

TENSOR_METHODS = {
    # `x.size()` -> `x.shape`, `x.size(i)` -> `x.shape[i]`: a hand-written rule (rules/tensor_size.py).
    "Tensor.size": entry("dim=None", "", "shape", "", rule="size_to_shape"),
    # Jittor places every Var by jt.flags.use_cuda: moving a tensor is a no-op, so the call goes.
    "Tensor.cuda": entry("device=None, non_blocking=False", "", "", "", rule="drop_device_move"),
    "Tensor.cpu": entry("", "", "", "", rule="drop_device_move"),
    "Tensor.to": entry("*args, **kwargs", "", "", "", rule="drop_device_move"),
    "Tensor.view": entry("*shape", "", "view", "*shape"),
    "Tensor.reshape": entry("*shape", "", "reshape", "*shape"),
    "Tensor.permute": entry("*dims", "", "permute", "*dims"),
    "Tensor.flatten": entry("start_dim=0, end_dim=-1", "", "flatten", "start_dim=0, end_dim=-1"),
    "Tensor.contiguous": entry("", "", "contiguous", ""),
}
