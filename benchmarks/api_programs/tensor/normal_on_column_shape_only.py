# api: torch.Tensor.normal_
import torch
x = torch.zeros(3, 2)
x[:, 0].normal_()
results = {"changed": bool((x[:, 0] != 0).all()), "kept": bool((x[:, 1] == 0).all()), "shape": x.shape}
