# api: torch.nn.Module.parameters
import torch
m = torch.nn.Linear(2, 2)
dev = next(m.parameters()).device
dtype = next(m.parameters()).dtype
_params = dict(m.named_parameters())
wshape = _params["weight"].shape
x = torch.ones(1, 2, device=dev)
out_shape = m(x).shape
n = len(list(m.parameters()))
