# api: torch.Tensor.not_equal
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([1, 0, 3])
diff = a.not_equal(b)
not_two = a.not_equal(2)
