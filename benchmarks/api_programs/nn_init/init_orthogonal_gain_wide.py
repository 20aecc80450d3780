# api: torch.nn.init.orthogonal_
import torch
import torch.nn as nn
_w = torch.empty(3, 5)
nn.init.orthogonal_(_w)
rows_orth = torch.allclose(_w @ _w.t(), torch.eye(3), atol=1e-5)
_g = torch.empty(6, 4)
nn.init.orthogonal_(_g, gain=2.0)
cols = torch.allclose(_g.t() @ _g, 4 * torch.eye(4), atol=1e-4)
_conv = torch.empty(4, 2, 3, 3)
nn.init.orthogonal_(_conv)
_flat = _conv.reshape(4, -1)
conv_orth = torch.allclose(_flat @ _flat.t(), torch.eye(4), atol=1e-5)
