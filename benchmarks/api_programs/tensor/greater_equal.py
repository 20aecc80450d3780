# api: torch.Tensor.greater_equal
import torch
a = torch.tensor([1.0, 2.0, 3.0, 4.0])
ge_mask = a.greater_equal(2.0)
ge_tensor = a.greater_equal(torch.tensor([0.0, 2.0, 5.0, 4.0]))
