# api: torch.Tensor.data_ptr
import torch
x = torch.zeros(4)
same = x.data_ptr() == x.view(2, 2).data_ptr()
