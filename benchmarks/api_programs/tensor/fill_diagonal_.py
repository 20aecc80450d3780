# api: torch.Tensor.fill_diagonal_
import torch
square = torch.zeros(3, 3)
square.fill_diagonal_(5.0)
tall = torch.zeros(7, 3)
tall.fill_diagonal_(1.0, wrap=True)
tall_nowrap = torch.zeros(7, 3).fill_diagonal_(2.0)
