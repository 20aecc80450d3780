# api: torch.special.gammaincc
import torch
a = torch.special.gammaincc(torch.tensor([1.0, 3.0]), torch.tensor([0.5, 0.5]))
b = torch.special.gammainc(torch.tensor([[1.0], [2.0]]), torch.tensor([0.5, 1.0, 4.0]))
c = torch.special.gammaln(torch.tensor([1e-8, 1e8, 0.0, -1.5]))
