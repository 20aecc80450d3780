# api: torch.linalg.slogdet
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
sign, logabsdet = torch.linalg.slogdet(a)
