# api: torch.nn.init.normal_
import torch
import torch.nn as nn
_p = nn.Parameter(torch.empty(3, 4))
_returned = nn.init.normal_(_p, 0.0, 0.02)
same_obj = _returned is _p
requires = _p.requires_grad
shape = _returned.shape
dtype = _returned.dtype
