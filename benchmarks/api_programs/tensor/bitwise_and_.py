# api: torch.Tensor.bitwise_and_
import torch
x = torch.tensor([15, 8, 255, 0], dtype=torch.int32)
x.bitwise_and_(torch.tensor([9, 12, 16, 7], dtype=torch.int32))
