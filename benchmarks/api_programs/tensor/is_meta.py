# api: torch.Tensor.is_meta
import torch
x = torch.ones(2)
meta_flag = x.is_meta
