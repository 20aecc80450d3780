# api: torch.kl_div
import torch
inp = torch.log(torch.tensor([[0.2, 0.3, 0.5]]))
target = torch.tensor([[0.1, 0.6, 0.3]])
k = torch.kl_div(inp, target)
