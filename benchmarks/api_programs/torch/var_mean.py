# api: torch.var_mean
import torch
x = torch.tensor([1.0, 2.0, 3.0, 6.0])
var, mean = torch.var_mean(x)
m = torch.tensor([[1.0, 3.0, 5.0], [2.0, 2.0, 8.0]])
row_var, row_mean = torch.var_mean(m, dim=1)
pop_var, pop_mean = torch.var_mean(m, 0, correction=0, keepdim=True)
