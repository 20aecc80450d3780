# api: torch.set_default_tensor_type
import torch
torch.set_default_tensor_type(torch.DoubleTensor)
x = torch.tensor([1.5, 2.5])
torch.set_default_tensor_type(torch.FloatTensor)
y = torch.tensor([1.5, 2.5])
results = {"x_dtype": x.dtype, "y_dtype": y.dtype}
