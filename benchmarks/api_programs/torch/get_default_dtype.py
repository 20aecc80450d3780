# api: torch.get_default_dtype
import torch
default = torch.get_default_dtype()
is_float32 = torch.get_default_dtype() == torch.float32
x = torch.zeros(2, dtype=torch.get_default_dtype())
