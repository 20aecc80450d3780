# api: torch.Tensor.new
import torch
x = torch.tensor([1.0, 2.0], dtype=torch.float64)
sized = x.new(2, 3)
from_data = x.new([3, 4, 5])
empty = x.new()
results = {"sized_shape": sized.shape, "sized_dtype": sized.dtype, "from_data": from_data, "empty": empty}
