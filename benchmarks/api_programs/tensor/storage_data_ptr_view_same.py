# api: torch.Tensor.untyped_storage
import torch
x = torch.zeros(2, 3)
same = x.untyped_storage().data_ptr() == x[1].untyped_storage().data_ptr()
