# api: torch.Tensor.addmm
import torch
bias = torch.tensor([0.5, -0.5])
inp = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
w = torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
out = bias.addmm(inp, w)
out_scaled = bias.addmm(inp, w, beta=0, alpha=2)
