# api: torch.get_default_dtype
import torch
dt = torch.get_default_dtype()
x = torch.zeros(2, dtype=dt)
same = dt == torch.float32
y = torch.tensor([1, 2], dtype=torch.get_default_dtype())
