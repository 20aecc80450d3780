# api: torch.Tensor.__iadd__
import torch
def inc_first(t: torch.Tensor) -> torch.Tensor:
    first = t[0]
    first += 1
    return t

r = inc_first(torch.zeros(2, 2))
