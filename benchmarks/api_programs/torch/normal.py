# api: torch.normal
import torch
from_tensors = torch.normal(mean=torch.zeros(3), std=torch.ones(3))
sized = torch.normal(2.0, 0.5, size=(2, 3))
shared_std = torch.normal(torch.arange(1.0, 5.0), 0.1)
results = {
    "from_tensors_shape": from_tensors.shape,
    "from_tensors_dtype": from_tensors.dtype,
    "sized_shape": sized.shape,
    "sized_dtype": sized.dtype,
    "shared_std_shape": shared_std.shape,
}
