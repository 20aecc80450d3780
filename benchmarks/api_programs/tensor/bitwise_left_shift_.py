# api: torch.Tensor.bitwise_left_shift_
import torch
x = torch.tensor([1, 2, 3, -4])
x.bitwise_left_shift_(torch.tensor([1, 2, 3, 1]))
