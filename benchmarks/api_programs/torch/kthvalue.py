# api: torch.kthvalue
import torch
x = torch.tensor([[3.0, 1.0, 4.0], [1.0, 5.0, 9.0]])
values, indices = torch.kthvalue(x, 2, dim=1)
smallest = torch.kthvalue(x, 1, 0, keepdim=True).values
flat_third = torch.kthvalue(torch.tensor([7, 2, 9, 4]), 3).values
