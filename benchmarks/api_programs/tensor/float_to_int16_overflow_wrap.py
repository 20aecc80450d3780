# api: torch.Tensor.to
import torch
x = torch.tensor([40000.0, -40000.0, 70000.0])
a = x.to(torch.int64).to(torch.int16)
b = torch.tensor([300, -1, 256]).to(torch.uint8)
c = torch.tensor([200, 128]).to(torch.int8)
