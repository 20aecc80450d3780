# api: torch.Tensor.data_ptr
import torch
x = torch.zeros(4)
diff = x[1:].data_ptr() - x.data_ptr()
