# api: torch.nn.utils.spectral_norm
import torch
import torch.nn as nn
lin = nn.utils.spectral_norm(nn.Linear(3, 3))
y = lin(torch.ones(1, 3))
results = {"shape": y.shape}
