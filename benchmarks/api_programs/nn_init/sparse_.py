# api: torch.nn.init.sparse_
import torch
import torch.nn as nn
w = torch.empty(50, 8)
nn.init.sparse_(w, sparsity=0.2, std=0.05)
results = {"shape": w.shape, "dtype": w.dtype, "zeros_per_column": (w == 0).sum(0)}
