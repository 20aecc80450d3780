# api: torch.Tensor.is_maia
import torch
x = torch.ones(2)
on_maia = x.is_maia
