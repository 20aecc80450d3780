# api: torch.Tensor.bernoulli
import torch
p = torch.full((3, 3), 0.5)
draw = p.bernoulli()
results = {"shape": draw.shape, "dtype": draw.dtype, "binary": bool(((draw == 0) | (draw == 1)).all())}
