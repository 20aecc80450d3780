# api: torch.geqrf
import torch
A = torch.tensor([[12.0, -51.0, 4.0], [6.0, 167.0, -68.0], [-4.0, 24.0, -41.0]])
a, tau = torch.geqrf(A)
R = torch.triu(a)
