# api: torch.Tensor.multiply
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
squared = a.multiply(a)
scaled = a.multiply(10)
