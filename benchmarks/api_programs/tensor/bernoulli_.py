# api: torch.Tensor.bernoulli_
import torch
mask = torch.empty(4, 5)
mask.bernoulli_(0.3)
ones = torch.zeros(3).bernoulli_(1.0)
results = {"shape": mask.shape, "dtype": mask.dtype,
           "binary": bool(((mask == 0) | (mask == 1)).all()), "ones": ones}
