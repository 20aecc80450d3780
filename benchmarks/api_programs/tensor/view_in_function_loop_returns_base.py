# api: torch.Tensor.add_
import torch
def bump(t: torch.Tensor) -> torch.Tensor:
    for k in range(2):
        part = t[k]
        part.add_(k + 1)
    return t

r = bump(torch.zeros(2, 3))
