# api: torch.Tensor.kthvalue
import torch
x = torch.tensor([[3.0, 1.0, 4.0, 1.5], [9.0, 2.0, 6.0, 5.0]])
second_smallest, second_idx = x.kthvalue(2)
col_min, col_idx = x.kthvalue(1, dim=0, keepdim=True)
