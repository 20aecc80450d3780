# api: torch.Tensor.bitwise_right_shift_
import torch
x = torch.tensor([64, 17, -8, 255])
x.bitwise_right_shift_(torch.tensor([2, 1, 1, 4]))
