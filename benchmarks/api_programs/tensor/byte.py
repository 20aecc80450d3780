# api: torch.Tensor.byte
import torch
x = torch.tensor([0.5, 1.7, 200.0, 255.0])
as_u8 = x.byte()
flags = torch.tensor([True, False]).byte()
