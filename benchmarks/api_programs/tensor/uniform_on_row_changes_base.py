# api: torch.Tensor.uniform_
import torch
x = torch.zeros(2, 3)
x[1].uniform_(1, 2)
results = {"in_range": bool(((x[1] >= 1) & (x[1] < 2)).all()), "first_zero": bool((x[0] == 0).all())}
