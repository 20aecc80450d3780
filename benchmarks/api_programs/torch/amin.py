# api: torch.amin
import torch
x = torch.tensor([[3.0, 1.0, 4.0], [1.0, 5.0, 9.0]])
smallest = torch.amin(x)
col_min = torch.amin(x, dim=0)
row_min = torch.amin(x, 1, keepdim=True)
int_min = torch.amin(torch.tensor([[3, -2], [7, 0]]), dim=(0, 1))
