# api: torch.Tensor.is_signed
import torch
signed_float = torch.tensor([1.0]).is_signed()
signed_int = torch.arange(3).is_signed()
signed_uint8 = torch.tensor([1, 2], dtype=torch.uint8).is_signed()
