# api: torch.as_tensor
import torch
import numpy as np
a = torch.as_tensor(np.arange(3))
a_dtype = a.dtype
b = torch.as_tensor(np.linspace(0, 1, 3))
b_dtype = b.dtype
c = torch.as_tensor(np.ones(2, dtype=np.float32))
c_dtype = c.dtype
d = torch.as_tensor([1, 2], dtype=torch.float16)
d_dtype = d.dtype
e = torch.as_tensor(np.array([True, False]))
e_dtype = e.dtype
