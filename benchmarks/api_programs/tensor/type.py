# api: torch.Tensor.type
import torch
x = torch.tensor([1.2, 3.4])
as_long = x.type(torch.LongTensor)
name = x.type()
