# api: torch.as_tensor
import numpy as np
import torch
a = torch.as_tensor([1, 2, 3])
b = torch.as_tensor([1, 2, 3], dtype=torch.float32)
c = torch.as_tensor(np.array([[1.0, 2.0]]))
d = torch.as_tensor(3.5)
