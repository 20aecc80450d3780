# api: torch.select
import torch
x = torch.arange(12).reshape(3, 4)
second_row = torch.select(x, 0, 1)
last_col = torch.select(x, 1, -1)
scalar = torch.select(torch.tensor([1.5, 2.5]), 0, 0)
