# api: torch.nn.functional.gelu
import torch
import torch.nn.functional as F
y = F.gelu(torch.tensor([-1.0, 1.0]), approximate='tanh')
