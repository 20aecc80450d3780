# api: torch.pinverse
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
A_pinv = torch.pinverse(A)
square_inv = torch.pinverse(torch.tensor([[2.0, 0.0], [0.0, 4.0]]))
