# api: torch.nn.init.sparse
import torch
import torch.nn as nn
w = torch.empty(10, 4)
nn.init.sparse(w, 0.5)
results = {"shape": w.shape, "zeros_per_column": (w == 0).sum(0)}
