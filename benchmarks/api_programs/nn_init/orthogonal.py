# api: torch.nn.init.orthogonal
import torch
import torch.nn as nn
w = torch.empty(3, 5)
nn.init.orthogonal(w)
shape = w.shape
rows_orthonormal = bool(torch.allclose(w @ w.T, torch.eye(3), atol=1e-5))
results = {"shape": shape, "rows_orthonormal": rows_orthonormal}
