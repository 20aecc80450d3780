# api: torch.nn.init.orthogonal_
import torch
import torch.nn as nn
w = torch.empty(6, 4)
nn.init.orthogonal_(w, gain=2.0)
shape = w.shape
cols_orthogonal = bool(torch.allclose(w.T @ w, 4 * torch.eye(4), atol=1e-4))
lin = nn.Linear(3, 3)
nn.init.orthogonal_(lin.weight)
square_orthogonal = bool(torch.allclose(lin.weight @ lin.weight.T, torch.eye(3), atol=1e-5))
results = {"shape": shape, "cols_orthogonal": cols_orthogonal, "square_orthogonal": square_orthogonal}
