# api: torch.nn.init.sparse_
import torch
import torch.nn as nn
_w = torch.empty(10, 6)
nn.init.sparse_(_w, sparsity=0.3, std=0.01)
zeros_per_col = (_w == 0).sum(dim=0)
shape = _w.shape
